import { useEffect, useRef, useState } from 'react'
import { ScrollView, View } from '@tarojs/components'
import './FilterTabs.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

export interface FilterTabOption<T extends string> {
  value: T
  title: string
}

let instances = 0

/** Moves the H5 row sideways so `tab` is in view (centred when it can be); the page itself does not scroll. */
function bringIntoView(scroller: HTMLElement, tab: HTMLElement, smooth: boolean) {
  const overflow = scroller.scrollWidth - scroller.clientWidth
  if (overflow <= 0) return
  const left = Math.min(overflow, Math.max(0, tab.offsetLeft - (scroller.clientWidth - tab.offsetWidth) / 2))
  if (Math.abs(left - scroller.scrollLeft) < 1) return
  if (smooth && typeof scroller.scrollTo === 'function') scroller.scrollTo({ left, behavior: 'smooth' })
  else scroller.scrollLeft = left
}

/**
 * A row of tabs that filters the list below it (the tabs have no panes of their own). The row scrolls sideways when
 * the titles do not fit, keeping the chosen one in view. `align='left'` packs the tabs from the start; by default they
 * share the width. On H5 the tabs are reachable with the keyboard: Tab to a title, Enter or Space to choose it, the
 * arrow keys (and Home/End) to move along the row.
 */
export function FilterTabs<T extends string>({
  value,
  options,
  onChange,
  align = 'center'
}: {
  value: T
  options: readonly FilterTabOption<T>[]
  onChange: (value: T) => void
  align?: 'left' | 'center'
}) {
  const [prefix] = useState(() => `filter-tabs-${++instances}`)
  const scrollerRef = useRef<HTMLElement | null>(null)
  const tabId = (v: T) => `${prefix}-${options.findIndex((o) => o.value === v)}`

  // H5: the row is the DOM element itself, so it is scrolled directly (Taro's own scroll-into-view would scroll the
  // page as well). On the first run the row jumps, later it glides.
  const firstRun = useRef(true)
  useEffect(() => {
    const smooth = !firstRun.current
    firstRun.current = false
    if (!IS_H5) return
    const scroller = scrollerRef.current
    const tab = scroller?.querySelector<HTMLElement>('[aria-selected="true"]')
    if (scroller && tab) bringIntoView(scroller, tab, smooth)
  }, [value])

  const choose = (v: T) => {
    if (v !== value) onChange(v)
  }

  const onKey = (event: KeyboardEvent, index: number) => {
    let target: number
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') target = index
    else if (event.key === 'ArrowRight') target = (index + 1) % options.length
    else if (event.key === 'ArrowLeft') target = (index - 1 + options.length) % options.length
    else if (event.key === 'Home') target = 0
    else if (event.key === 'End') target = options.length - 1
    else return
    event.preventDefault()
    choose(options[target].value)
    if (target !== index) {
      const tab = (event.currentTarget as HTMLElement | null)?.parentElement?.children[target]
      if (tab instanceof HTMLElement) tab.focus()
    }
  }

  return (
    <ScrollView
      ref={scrollerRef}
      className={`filter-tabs filter-tabs--${align}`}
      scrollX
      enhanced
      showScrollbar={false}
      scrollWithAnimation
      scrollIntoView={IS_H5 ? undefined : tabId(value)}
      scrollIntoViewAlignment='nearest'
    >
      <View className='filter-tabs__list' {...(IS_H5 ? { role: 'tablist' } : { ariaRole: 'tablist' })}>
        {options.map((option, index) => {
          const active = option.value === value
          // H5 renders ARIA attributes and focus as the web has them; the mini-program has its own aria-* names.
          const a11y = IS_H5
            ? {
                role: 'tab',
                'aria-selected': active ? 'true' : 'false',
                tabIndex: 0,
                onKeyDown: (event: KeyboardEvent) => onKey(event, index)
              }
            : { ariaRole: 'tab', ariaLabel: option.title, ariaSelected: active }
          return (
            <View
              key={option.value}
              id={tabId(option.value)}
              className={active ? 'filter-tabs__tab filter-tabs__tab--active' : 'filter-tabs__tab'}
              {...a11y}
              onClick={() => choose(option.value)}
            >
              {option.title}
            </View>
          )
        })}
      </View>
    </ScrollView>
  )
}
