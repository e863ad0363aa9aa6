import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import { CHECK_IN_CODE_PATTERN, ROLE_LABELS, type Role } from '@ihaigui/shared'
import type { CheckInResult } from '@/features/console/console.api'
import { useCheckIn } from '@/features/console/console.hooks'
import { describeError, isApiRequestError } from '@/api/errors'
import { useI18n, type MessageKey } from '@/i18n'
import { Section } from '@/features/console/parts'

/** Refusals at the door, each in the desk's own words. */
const REFUSALS: Partial<Record<string, MessageKey>> = {
  CHECK_IN_NOT_REGISTERED: 'console.desk.refusedWaitlist',
  CHECK_IN_CODE_INVALID: 'console.desk.refusedInvalid'
}

type Outcome = { kind: 'done'; result: CheckInResult } | { kind: 'refused'; code: string; message: string }

/** What a scanned QR or a typed code becomes: the code itself, upper-case, without spaces. */
function normalise(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

function roleText(role: string, label: (l: { zh: string; en: string }) => string): string {
  return role in ROLE_LABELS ? label(ROLE_LABELS[role as Role]) : role
}

function OutcomeCard({ outcome }: { outcome: Outcome }) {
  const { t, label, dateTime } = useI18n()
  if (outcome.kind === 'refused') {
    const known = REFUSALS[outcome.code]
    return (
      <View className='console-desk__result console-desk__result--refused'>
        <Text className='console-desk__verdict'>{t(known ?? 'console.desk.failed')}</Text>
        {/* A refusal the desk knows says it all; anything else (the network, a stale event) in the server's words. */}
        {!known && <Text className='console-desk__detail'>{outcome.message}</Text>}
      </View>
    )
  }
  const { attendee, alreadyCheckedIn } = outcome.result
  return (
    <View className={`console-desk__result console-desk__result--${alreadyCheckedIn ? 'again' : 'ok'}`}>
      <Text className='console-desk__verdict'>
        {t(alreadyCheckedIn ? 'console.desk.already' : 'console.desk.welcome')}
      </Text>
      <Text className='console-desk__name'>{attendee.displayName}</Text>
      <Text className='console-desk__detail'>
        {roleText(attendee.role, label)}
        {attendee.organizationName ? ` · ${attendee.organizationName}` : ''}
      </Text>
      {attendee.checkedInAt && (
        <Text className='console-desk__detail'>
          {t(alreadyCheckedIn ? 'console.desk.firstCheckedIn' : 'console.desk.checkedInAt', {
            time: dateTime(attendee.checkedInAt)
          })}
        </Text>
      )}
    </View>
  )
}

/** The door: scan the attendee's QR (weapp) or type the code; the answer says who it is, or why not. */
export function CheckInDesk({ eventId }: { eventId: number }) {
  const { t, locale } = useI18n()
  const checkIn = useCheckIn(eventId)
  const [code, setCode] = useState('')
  const [invalid, setInvalid] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const submit = async (raw: string) => {
    const value = normalise(raw)
    if (!CHECK_IN_CODE_PATTERN.test(value)) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    try {
      const result = await checkIn.mutateAsync(value)
      setOutcome({ kind: 'done', result })
      setCode('')
    } catch (error) {
      setOutcome({
        kind: 'refused',
        code: isApiRequestError(error) ? error.code : '',
        message: describeError(error, locale).message
      })
    }
  }

  const scan = async () => {
    try {
      const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      setCode(normalise(scanned.result))
      await submit(scanned.result)
    } catch {
      // Closed without scanning.
    }
  }

  return (
    <Section title={t('console.desk.title')}>
      <Text className='console__hint'>
        {t(process.env.TARO_ENV === 'weapp' ? 'console.desk.hintScan' : 'console.desk.hintType')}
      </Text>
      {process.env.TARO_ENV === 'weapp' && (
        <Button type='primary' block onClick={() => void scan()}>
          {t('console.desk.scan')}
        </Button>
      )}
      <View className='console-desk__entry'>
        <Input
          className='console-desk__code'
          name='checkInCode'
          value={code}
          maxLength={8}
          placeholder={t('console.desk.codePlaceholder')}
          onChange={(value) => {
            setCode(value.toUpperCase())
            setInvalid(false)
          }}
        />
        <Button type='primary' loading={checkIn.isPending} onClick={() => void submit(code)}>
          {t('console.desk.checkIn')}
        </Button>
      </View>
      {invalid && <Text className='console-desk__error'>{t('console.desk.codeFormat')}</Text>}
      {outcome && <OutcomeCard outcome={outcome} />}
    </Section>
  )
}
