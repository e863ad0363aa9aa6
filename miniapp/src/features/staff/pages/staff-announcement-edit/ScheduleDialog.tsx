import { useEffect, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { beijingParts, fromBeijingParts, useI18n } from '@/i18n'
import { usePickerText } from '@/hooks/usePickerText'

const pad2 = (n: number) => String(n).padStart(2, '0')

/** "YYYY-MM-DD" and "HH:mm" of an instant on Beijing time. */
function beijingDateTime(time: number): { date: string; time: string } {
  const p = beijingParts(time)
  return { date: `${p.year}-${pad2(p.month)}-${pad2(p.day)}`, time: `${pad2(p.hour)}:${pad2(p.minute)}` }
}

/** The instant a "YYYY-MM-DD" + "HH:mm" pair names on Beijing time, or null when either is malformed. */
export function parseBeijingDateTime(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})/.exec(time)
  if (!d || !t) return null
  const at = fromBeijingParts(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]))
  return Number.isNaN(at.getTime()) ? null : at
}

interface Props {
  visible: boolean
  onCancel: () => void
  /** A time in the future, chosen on Beijing time. */
  onConfirm: (at: Date) => void
}

/**
 * Date and time of a scheduled publication, on Beijing time. weapp: the native date and time pickers; H5 (staff
 * mostly work on a desktop): the browser's date and time inputs, which work with mouse and keyboard.
 */
export function ScheduleDialog({ visible, onCancel, onConfirm }: Props) {
  const { t } = useI18n()
  const pickerText = usePickerText()
  const [date, setDate] = useState('')
  const [time, setTime] = useState('')
  const [invalid, setInvalid] = useState(false)
  const today = beijingDateTime(Date.now()).date

  useEffect(() => {
    if (!visible) return
    // Default: the next full hour.
    const next = beijingDateTime(Date.now() + 60 * 60 * 1000)
    setDate(next.date)
    setTime(`${next.time.slice(0, 2)}:00`)
    setInvalid(false)
  }, [visible])

  const confirm = () => {
    const at = parseBeijingDateTime(date, time)
    if (!at || at.getTime() <= Date.now()) {
      setInvalid(true)
      return
    }
    onConfirm(at)
  }

  return (
    <Dialog
      visible={visible}
      title={t('ann.scheduleTitle')}
      confirmText={t('ann.schedule')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
      onCancel={onCancel}
      onClose={() => undefined}
    >
      <View className='schedule'>
        {process.env.TARO_ENV === 'h5' ? (
          <>
            <input
              className='schedule__native'
              type='date'
              name='scheduleDate'
              value={date}
              min={today}
              onChange={(e) => {
                setDate(e.target.value)
                setInvalid(false)
              }}
            />
            <input
              className='schedule__native'
              type='time'
              name='scheduleTime'
              value={time}
              step={300}
              onChange={(e) => {
                setTime(e.target.value)
                setInvalid(false)
              }}
            />
          </>
        ) : (
          <>
            <Picker
              textProps={pickerText}
              mode='date'
              value={date}
              start={today}
              onChange={(e) => {
                setDate(String(e.detail.value))
                setInvalid(false)
              }}
            >
              <View className='schedule__field'>
                <Text>{date}</Text>
              </View>
            </Picker>
            <Picker
              textProps={pickerText}
              mode='time'
              value={time}
              onChange={(e) => {
                setTime(String(e.detail.value))
                setInvalid(false)
              }}
            >
              <View className='schedule__field'>
                <Text>{time}</Text>
              </View>
            </Picker>
          </>
        )}
        {invalid && <Text className='form-field__error'>{t('form.futureTime')}</Text>}
      </View>
    </Dialog>
  )
}
