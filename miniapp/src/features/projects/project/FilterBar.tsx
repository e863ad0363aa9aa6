import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionSheet } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import { useI18n } from '@/i18n'

export interface FilterOption {
  value: string | undefined
  label: string
}

export interface Filter {
  name: string
  /** The trigger's text while nothing is chosen, and the sheet's title. */
  title: string
  options: readonly FilterOption[]
  value: string | undefined
  onChange: (value: string | undefined) => void
}

/** Triggers that each open a sheet of choices; the chosen value replaces the trigger's text. */
export function FilterBar({ filters }: { filters: readonly Filter[] }) {
  const { t } = useI18n()
  const [open, setOpen] = useState<string | null>(null)
  const current = filters.find((f) => f.name === open)
  return (
    <View className='pj-filters'>
      {filters.map((filter) => {
        const chosen =
          filter.value === undefined ? undefined : filter.options.find((o) => o.value === filter.value)?.label
        return (
          <View
            key={filter.name}
            className={chosen ? 'pj-filters__trigger pj-filters__trigger--active' : 'pj-filters__trigger'}
            hoverClass='pj-filters__trigger--pressed'
            onClick={() => setOpen(filter.name)}
          >
            <Text className='pj-filters__text'>{chosen ?? filter.title}</Text>
            <Text className='pj-filters__caret'>▾</Text>
          </View>
        )
      })}
      <ActionSheet
        visible={current !== undefined}
        title={current?.title ?? ''}
        className='pj-filters__sheet'
        options={(current?.options ?? []).map((o) => ({ name: o.value === current?.value ? `✓ ${o.label}` : o.label }))}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setOpen(null)
          const picked = current?.options[index]
          if (current && picked && picked.value !== current.value) current.onChange(picked.value)
        }}
        onCancel={() => setOpen(null)}
      />
    </View>
  )
}
