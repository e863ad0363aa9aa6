import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { auditLogQuerySchema, type AuditLogEntry } from '@ihaigui/shared'
import type { AuditLogFilter } from '@/api/query-keys'
import { useAuditLog } from '@/features/staff/staff.hooks'
import { TextField } from '@/components/form/Form'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { useForm } from '@/forms/useForm'
import { validateForm } from '@/forms/validation'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../staff.scss'

function Entry({ entry }: { entry: AuditLogEntry }) {
  const { t, dateTime } = useI18n()
  return (
    <View className='staff__card'>
      <Text className='staff__action-name'>{entry.action}</Text>
      <Text className='staff__meta'>
        {`${entry.entityType} #${entry.entityId} · `}
        {entry.actorId === null ? t('audit.system') : t('audit.actor', { id: entry.actorId })}
        {` · ${dateTime(entry.createdAt)}`}
      </Text>
      {entry.detail && Object.keys(entry.detail).length > 0 && (
        <Text className='staff__code'>{JSON.stringify(entry.detail)}</Text>
      )}
    </View>
  )
}

function Entries({ filter }: { filter: AuditLogFilter }) {
  const { t } = useI18n()
  const query = useAuditLog(filter)
  useInfiniteListControls(query)
  return <InfiniteList query={query} emptyMessage={t('audit.empty')} renderItem={(entry) => <Entry entry={entry} />} />
}

/** Filter form for the shared audit-log query (entity type, actor id). */
const filterSchema = auditLogQuerySchema.pick({ entityType: true, actorId: true })

export default function AuditLogPage() {
  const { t } = useI18n()
  usePageChrome('staffAuditLog')
  const form = useForm({ entityType: '', actorId: '' })
  const [filter, setFilter] = useState<AuditLogFilter>({})

  const apply = () => {
    const result = validateForm(filterSchema, {
      entityType: form.values.entityType.trim() || undefined,
      actorId: form.values.actorId.trim() || undefined
    })
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    setFilter({ entityType: result.data.entityType, actorId: result.data.actorId })
  }

  const reset = () => {
    form.setValues({ entityType: '', actorId: '' })
    form.setErrors({})
    setFilter({})
  }

  return (
    <View className='page staff'>
      <SignedIn roles={['admin']}>
        {() => (
          <>
            <View className='staff__filters'>
              <TextField
                {...form.field('entityType')}
                required={false}
                label={t('audit.entityType')}
                placeholder={t('audit.entityTypePlaceholder')}
                maxLength={32}
              />
              <TextField
                {...form.field('actorId')}
                type='number'
                required={false}
                label={t('audit.actorId')}
                maxLength={10}
              />
              <View className='staff__filter-actions'>
                <Button size='small' onClick={reset}>
                  {t('audit.reset')}
                </Button>
                <Button size='small' type='primary' onClick={apply}>
                  {t('audit.filter')}
                </Button>
              </View>
            </View>
            <Entries key={`${filter.entityType ?? ''}-${filter.actorId ?? ''}`} filter={filter} />
          </>
        )}
      </SignedIn>
    </View>
  )
}
