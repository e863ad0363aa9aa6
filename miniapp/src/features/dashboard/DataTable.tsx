import { Text, View } from '@tarojs/components'
import { useI18n } from '@/i18n'

export interface DataTableProps {
  /** Header texts; the first column is the row's name, the others numbers. */
  head: string[]
  rows: Array<{ key: string; cells: string[] }>
}

/** A plain table: names on the left, figures right-aligned, as in the exported sheet. */
export function DataTable({ head, rows }: DataTableProps) {
  const { t } = useI18n()
  if (rows.length === 0) return <Text className='dash__no-rows'>{t('dash.noRows')}</Text>
  const cell = (i: number) => `dash__td${i === 0 ? ' dash__td--key' : ''}`
  return (
    <View className='dash__table' role='table'>
      <View className='dash__tr dash__tr--head' role='row'>
        {head.map((h, i) => (
          <View key={h} className={cell(i)} role='columnheader'>
            {h}
          </View>
        ))}
      </View>
      {rows.map((row) => (
        <View key={row.key} className='dash__tr' role='row' data-key={row.key}>
          {row.cells.map((c, i) => (
            <View key={i} className={cell(i)} role='cell'>
              {c}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
