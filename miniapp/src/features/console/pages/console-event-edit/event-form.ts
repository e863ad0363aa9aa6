import { eventInputSchema, type EventDetail, type EventInput, type EventKind } from '@ihaigui/shared'
import { blankFields, validateForm, type FieldErrors } from '@/forms/validation'
import { beijingParts, fromBeijingParts } from '@/i18n'

/** The form's text values; a date-time is "YYYY-MM-DD HH:mm" on Beijing time (either half may still be missing). */
export type Values = {
  kind: EventKind | ''
  title: string
  titleEn: string
  organisers: string
  organisersEn: string
  startsAt: string
  endsAt: string
  registrationDeadline: string
  place: string
  placeEn: string
  onlineUrl: string
  capacity: string
  agenda: string
  agendaEn: string
  description: string
  descriptionEn: string
}
export type Field = keyof Values

export const FIELDS: readonly Field[] = [
  'kind',
  'title',
  'titleEn',
  'organisers',
  'organisersEn',
  'startsAt',
  'endsAt',
  'registrationDeadline',
  'place',
  'placeEn',
  'onlineUrl',
  'capacity',
  'agenda',
  'agendaEn',
  'description',
  'descriptionEn'
]
const OPTIONAL: readonly Field[] = [
  'titleEn',
  'organisersEn',
  'placeEn',
  'agendaEn',
  'descriptionEn',
  'place',
  'onlineUrl'
]

const pad2 = (n: number) => String(n).padStart(2, '0')

/** "YYYY-MM-DD HH:mm" of an instant on Beijing time. */
export function wallClock(iso: string): string {
  const p = beijingParts(Date.parse(iso))
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}`
}

export function splitWallClock(value: string): { date: string; time: string } {
  const [date = '', time = ''] = value.split(' ')
  return { date, time }
}

/** The instant a complete "YYYY-MM-DD HH:mm" names, as ISO; undefined while incomplete. */
export function instantOf(value: string): string | undefined {
  const { date, time } = splitWallClock(value)
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})/.exec(time)
  if (!d || !t) return undefined
  const at = fromBeijingParts(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]))
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString()
}

export function valuesOf(event: EventDetail | undefined): Values {
  const text = (v: string | null | undefined) => v ?? ''
  return {
    kind: event?.kind ?? '',
    title: text(event?.title),
    titleEn: text(event?.titleEn),
    organisers: text(event?.organisers),
    organisersEn: text(event?.organisersEn),
    startsAt: event ? wallClock(event.startsAt) : '',
    endsAt: event ? wallClock(event.endsAt) : '',
    registrationDeadline: event ? wallClock(event.registrationDeadline) : '',
    place: text(event?.place),
    placeEn: text(event?.placeEn),
    onlineUrl: text(event?.onlineUrl),
    capacity: event ? String(event.capacity) : '',
    agenda: text(event?.agenda),
    agendaEn: text(event?.agendaEn),
    description: text(event?.description),
    descriptionEn: text(event?.descriptionEn)
  }
}

function toInput(values: Values) {
  const capacity = values.capacity.trim()
  return {
    ...values,
    kind: values.kind || undefined,
    startsAt: instantOf(values.startsAt),
    endsAt: instantOf(values.endsAt),
    registrationDeadline: instantOf(values.registrationDeadline),
    onlineUrl: values.onlineUrl.trim() || null,
    capacity: capacity === '' ? undefined : Number(capacity)
  }
}

export type FormCheck = { ok: true; input: EventInput } | { ok: false; errors: FieldErrors<Field> }

/** Checks the form with the shared event schema; its rules (order of the times, place or link) read in the UI's language. */
export function checkForm(values: Values): FormCheck {
  const cloud = values.kind === 'cloud_roadshow'
  const empty = blankFields(values).filter(
    (f) => !OPTIONAL.includes(f) || (f === 'place' && !cloud) || (f === 'onlineUrl' && cloud)
  )
  const incomplete = (['startsAt', 'endsAt', 'registrationDeadline'] as const).filter(
    (f) => instantOf(values[f]) === undefined
  )
  const result = validateForm<typeof eventInputSchema, Field>(eventInputSchema, toInput(values), {
    empty,
    choices: ['kind'],
    formats: {
      endsAt: 'console.form.endAfterStart',
      registrationDeadline: 'console.form.deadlineBeforeStart',
      onlineUrl: 'console.form.onlineUrl',
      place: 'console.form.place'
    }
  })
  if (result.ok) return { ok: true, input: result.data }
  const errors = withOrderErrors(result.errors, values)
  for (const f of incomplete) errors[f] = { key: 'console.form.dateTime' }
  return { ok: false, errors }
}

/**
 * The schema checks the order of the times only once every field is valid; say it together with the other problems,
 * so one round of corrections is enough.
 */
function withOrderErrors(errors: FieldErrors<Field>, values: Values): FieldErrors<Field> {
  const starts = instantOf(values.startsAt)
  const ends = instantOf(values.endsAt)
  const deadline = instantOf(values.registrationDeadline)
  const next = { ...errors }
  if (!next.endsAt && starts && ends && Date.parse(ends) <= Date.parse(starts))
    next.endsAt = { key: 'console.form.endAfterStart' }
  if (!next.registrationDeadline && starts && deadline && Date.parse(deadline) > Date.parse(starts)) {
    next.registrationDeadline = { key: 'console.form.deadlineBeforeStart' }
  }
  return next
}

/** Same content as the saved event (nothing to save). */
export function sameContent(values: Values, event: EventDetail): boolean {
  const saved = valuesOf(event)
  return FIELDS.every((f) => saved[f] === values[f])
}
