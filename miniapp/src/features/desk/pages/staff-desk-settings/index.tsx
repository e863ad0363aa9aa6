import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { CONSULTATION_CATEGORY_LABELS, type CalendarDay } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { FormMessage, FormSection, SelectField, TextField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useSubmit } from '@/forms/useSubmit'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import type { DeskSettings } from '../../desk.api'
import { useAssignees, useCalendar, useCalendarChange, useDeskSettings, useSaveCategorySetting } from '../../desk.hooks'
import '../../desk.scss'

type Setting = DeskSettings['categories'][number]

function CategoryRow({ setting, people }: { setting: Setting; people: { id: number; name: string }[] }) {
  const { t, label } = useI18n()
  const [first, setFirst] = useState(String(setting.firstResponseDays))
  const [resolution, setResolution] = useState(String(setting.resolutionDays))
  const [supervisor, setSupervisor] = useState(setting.supervisor ? String(setting.supervisor.id) : 'none')
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSaveCategorySetting()
  const { submit, pending, failure } = useSubmit(() => {
    const f = Number(first)
    const r = Number(resolution)
    if (!Number.isInteger(f) || f < 1 || f > 30 || !Number.isInteger(r) || r < 1 || r > 60 || r < f) {
      setProblem(t('desk.settings.badDays'))
      return
    }
    setProblem(null)
    return save
      .mutateAsync({
        category: setting.category,
        input: {
          firstResponseDays: f,
          resolutionDays: r,
          supervisorId: supervisor === 'none' ? null : Number(supervisor)
        }
      })
      .then(() => Taro.showToast({ title: t('desk.settings.saved'), icon: 'success' }))
  })
  const { locale } = useI18n()
  return (
    <FormSection title={label(CONSULTATION_CATEGORY_LABELS[setting.category])}>
      <TextField
        name={`first-${setting.category}`}
        type='number'
        label={t('desk.settings.firstDays')}
        placeholder='1–30'
        value={first}
        onChange={setFirst}
        maxLength={2}
      />
      <TextField
        name={`resolution-${setting.category}`}
        type='number'
        label={t('desk.settings.resolutionDays')}
        placeholder='1–60'
        value={resolution}
        onChange={setResolution}
        maxLength={2}
      />
      <SelectField
        name={`supervisor-${setting.category}`}
        label={t('desk.settings.supervisor')}
        required={false}
        value={supervisor}
        options={[
          { value: 'none', label: t('desk.settings.noSupervisor') },
          ...people.map((p) => ({ value: String(p.id), label: p.name }))
        ]}
        onChange={setSupervisor}
      />
      <View role='alert' className='desk-alert'>
        {problem ? <FormMessage>{problem}</FormMessage> : null}
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <Button size='small' type='primary' loading={pending} onClick={() => void submit()}>
        {t('desk.settings.save')}
      </Button>
    </FormSection>
  )
}

function Calendar() {
  const { t, date, locale } = useI18n()
  const [year, setYear] = useState(() => new Date().getFullYear())
  const calendar = useCalendar(year)
  const { save, remove } = useCalendarChange(year)
  const [day, setDay] = useState('')
  const [working, setWorking] = useState<'holiday' | 'working'>('holiday')
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [removing, setRemoving] = useState<CalendarDay | null>(null)
  const add = useSubmit(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
      setProblem(t('desk.settings.badDate'))
      return
    }
    setProblem(null)
    return save.mutateAsync({ date: day, input: { working: working === 'working', note: note.trim() } }).then(() => {
      setDay('')
      setNote('')
    })
  })
  const drop = useSubmit(
    (d: string) => {
      setRemoving(null)
      return remove.mutateAsync(d)
    },
    { failureToast: true }
  )
  return (
    <FormSection title={t('desk.settings.calendar')}>
      <Text className='desk-note'>{t('desk.settings.calendarHint')}</Text>
      <View className='desk-buttons'>
        <Button size='small' fill='outline' onClick={() => setYear(year - 1)} aria-label={t('desk.settings.prevYear')}>
          ‹ {year - 1}
        </Button>
        <Text className='desk-settings__year'>{year}</Text>
        <Button size='small' fill='outline' onClick={() => setYear(year + 1)} aria-label={t('desk.settings.nextYear')}>
          {year + 1} ›
        </Button>
      </View>
      {calendar.isPending ? (
        <PageLoading />
      ) : calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />
      ) : calendar.data.items.length === 0 ? (
        <Text className='desk-note'>{t('desk.settings.noDays')}</Text>
      ) : (
        <View className='desk-days' role='list'>
          {calendar.data.items.map((d) => (
            <View key={d.date} className='desk-day' role='listitem'>
              <View className='desk-day__text'>
                <Text className='desk-day__date'>{date(`${d.date}T04:00:00Z`)}</Text>
                <Text className={`desk-day__kind desk-day__kind--${d.working ? 'working' : 'holiday'}`}>
                  {t(d.working ? 'desk.settings.workingDay' : 'desk.settings.holiday')}
                  {d.note ? ` · ${d.note}` : ''}
                </Text>
              </View>
              <Button
                size='small'
                fill='outline'
                aria-label={t('desk.settings.removeNamed', { date: d.date })}
                onClick={() => setRemoving(d)}
              >
                {t('desk.att.remove')}
              </Button>
            </View>
          ))}
        </View>
      )}
      <TextField
        name='calendarDate'
        label={t('desk.settings.date')}
        placeholder='2027-10-01'
        value={day}
        onChange={setDay}
        maxLength={10}
      />
      <ChoiceGroup<'holiday' | 'working'>
        name='dayKind'
        label={t('desk.settings.kind')}
        value={working}
        options={[
          { value: 'holiday', label: t('desk.settings.holiday') },
          { value: 'working', label: t('desk.settings.workingDay') }
        ]}
        onChange={setWorking}
      />
      <TextField
        name='calendarNote'
        required={false}
        label={t('desk.settings.note')}
        placeholder={t('desk.settings.notePlaceholder')}
        value={note}
        onChange={setNote}
        maxLength={60}
      />
      <View role='alert' className='desk-alert'>
        {problem ? <FormMessage>{problem}</FormMessage> : null}
        {add.failure ? <FormMessage>{describeError(add.failure, locale).message}</FormMessage> : null}
      </View>
      <Button size='small' type='primary' loading={add.pending} onClick={() => void add.submit()}>
        {t('desk.settings.addDay')}
      </Button>
      <Dialog
        visible={removing !== null}
        title={t('desk.settings.removeTitle')}
        content={removing ? t('desk.settings.removeConfirm', { date: removing.date }) : ''}
        confirmText={t('desk.att.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          if (removing) void drop.submit(removing.date)
        }}
        onCancel={() => setRemoving(null)}
        onClose={() => setRemoving(null)}
      />
    </FormSection>
  )
}

function Settings() {
  const { t } = useI18n()
  const settings = useDeskSettings()
  const people = useAssignees(true)
  if (settings.isPending) return <PageLoading />
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
  return (
    <View className='desk-detail__body'>
      <Text className='desk-intro'>{t('desk.settings.intro', { zone: settings.data.timeZone })}</Text>
      {settings.data.categories.map((s) => (
        <CategoryRow key={s.category} setting={s} people={people.data?.items ?? []} />
      ))}
      <Calendar />
    </View>
  )
}

export default function StaffDeskSettingsPage() {
  usePageChrome('staffDeskSettings')
  return (
    <View className='page desk-detail'>
      <SignedIn roles={['staff', 'admin']}>{() => <Settings />}</SignedIn>
    </View>
  )
}
