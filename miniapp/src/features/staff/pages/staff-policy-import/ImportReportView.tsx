import { Text, View } from '@tarojs/components'
import type { ImportReport, ImportRowError } from '@ihaigui/shared'
import { useI18n } from '@/i18n'

/** Errors of one spreadsheet row, in column order. */
function groupByRow(errors: readonly ImportRowError[]): { row: number; errors: ImportRowError[] }[] {
  const rows = new Map<number, ImportRowError[]>()
  for (const error of errors) rows.set(error.row, [...(rows.get(error.row) ?? []), error])
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, errors: list }))
}

/** Counts of a checked (or refused) file and the table of what is wrong, cell by cell. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n()
  const invalid = report.invalidRows.length
  return (
    <View className='sp-report'>
      <View className='sp-report__counts'>
        <View className='sp-report__count'>
          <Text className='sp-report__number'>{report.totalRows}</Text>
          <Text className='sp-report__label'>{t('sp.imp.totalRows')}</Text>
        </View>
        <View className='sp-report__count sp-report__count--ok'>
          <Text className='sp-report__number'>{report.validRows}</Text>
          <Text className='sp-report__label'>{t('sp.imp.validRows')}</Text>
        </View>
        <View className={`sp-report__count${invalid > 0 ? ' sp-report__count--bad' : ''}`}>
          <Text className='sp-report__number'>{invalid}</Text>
          <Text className='sp-report__label'>{t('sp.imp.invalidRows')}</Text>
        </View>
      </View>

      {report.errors.length > 0 && (
        <View className='sp-errors'>
          <View className='sp-errors__row sp-errors__row--head'>
            <Text className='sp-errors__cell sp-errors__cell--row'>{t('sp.imp.colRow')}</Text>
            <Text className='sp-errors__cell sp-errors__cell--column'>{t('sp.imp.colColumn')}</Text>
            <Text className='sp-errors__cell sp-errors__cell--message'>{t('sp.imp.colMessage')}</Text>
          </View>
          {groupByRow(report.errors).map(({ row, errors }) =>
            errors.map((error, index) => (
              <View
                key={`${row}-${error.column}-${index}`}
                className={`sp-errors__row${index === 0 ? ' sp-errors__row--first' : ''}`}
              >
                <Text className='sp-errors__cell sp-errors__cell--row'>
                  {index === 0 ? t('sp.imp.rowNumber', { row }) : ''}
                </Text>
                <Text className='sp-errors__cell sp-errors__cell--column'>
                  <Text className='sp-errors__letter'>{error.column}</Text> {error.header}
                </Text>
                <Text className='sp-errors__cell sp-errors__cell--message'>{error.message}</Text>
              </View>
            ))
          )}
        </View>
      )}
    </View>
  )
}
