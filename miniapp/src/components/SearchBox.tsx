import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import './SearchBox.scss'

const DEBOUNCE_MS = 400

/**
 * A list's search box: reports its text once typing pauses (or at once on the keyboard's search key or the clear
 * button). `value` is the query the list runs; when it changes from outside (filters reset) the box follows it.
 */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  maxLength
}: {
  value: string | undefined
  onSearch: (q: string | undefined) => void
  placeholder: string
  maxLength: number
}) {
  const [text, setText] = useState(value ?? '')

  useEffect(() => {
    setText((current) => ((current.trim() || undefined) === value ? current : (value ?? '')))
  }, [value])

  useEffect(() => {
    const q = text.trim() || undefined
    if (q === value) return
    const timer = setTimeout(() => onSearch(q), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, value, onSearch])

  const now = (raw: string) => {
    const q = raw.trim().slice(0, maxLength) || undefined
    setText(q ?? '')
    if (q !== value) onSearch(q)
  }

  return (
    <View className='search-box'>
      <View className='search-box__icon' />
      <Input
        className='search-box__input'
        name='q'
        value={text}
        confirmType='search'
        maxlength={maxLength}
        placeholder={placeholder}
        onInput={(event) => setText(event.detail.value)}
        onConfirm={(event) => now(event.detail.value)}
      />
      {text.length > 0 && (
        <View className='search-box__clear' onClick={() => now('')}>
          <Text>×</Text>
        </View>
      )}
    </View>
  )
}
