import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { DashboardQuery, DashboardTable } from '@ihaigui/shared'
import { downloadDashboardTable } from '@/features/dashboard/dashboard.api'
import { deliverDownload } from '@/components/save-download'
import { useSubmit } from '@/forms/useSubmit'
import { useI18n } from '@/i18n'

/** Downloads one table as .xlsx in the UI language (the browser saves it on H5; weapp opens it). */
export function ExportButton({ query, table }: { query: DashboardQuery; table: DashboardTable }) {
  const { t, locale } = useI18n()
  const { submit: run, pending } = useSubmit(
    async () => {
      const file = await downloadDashboardTable(query, table, locale)
      await deliverDownload(file, 'xlsx', `dashboard-${table}-${query.from}_${query.to}.xlsx`)
      if (process.env.TARO_ENV === 'h5') Taro.showToast({ title: t('dash.exported'), icon: 'success' })
    },
    { failureToast: true }
  )
  return (
    <Button
      className={`dash__export dash__export--${table}`}
      size='small'
      type='primary'
      fill='outline'
      loading={pending}
      onClick={run}
    >
      {t('dash.export')}
    </Button>
  )
}
