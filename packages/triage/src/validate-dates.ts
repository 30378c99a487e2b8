// Date questions, following the GOV.UK date input pattern: three boxes (day, month, year), errors that say
// which part is missing, and "today" judged in UK time from the request's context.now, so tests and
// replays give the same result.
import { defaults, messages } from './messages.ts'
import { ukDay } from './uk-time.ts'
import type { DateQuestion, Locale, Text } from './types.ts'
import { fail, field, fieldName, type FieldError, type RawInput, type Validation, type ValidationContext } from './validate-fields.ts'


/** The date in the UK at this moment, as 'YYYY-MM-DD'. */
export function ukToday(now: string | Date): string {
  const date = new Date(now)
  if (Number.isNaN(date.getTime())) throw new RangeError(`context.now is not a valid time: ${String(now)}`)
  return ukDay(date)
}

function minusYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-')
  return `${String(Number(y) - years).padStart(4, '0')}-${m}-${d}`
}

type Parsed = { ok: true; iso: string } | { ok: false; result: Validation } | { ok: 'empty' }

/**
 * Reads `<prefix>-day`, `-month`, `-year` into an ISO date, or the GOV.UK errors for what is wrong. Every part's
 * problem is reported at once (day 32 and no month: the day is not real, and the month is missing), each on its own
 * field, so the person fixes them in one go rather than discovering them one submit at a time.
 */
function parseDate(raw: RawInput, prefix: string, subject: Text, locale: Locale, today: string, maxYearsAgo: number): Parsed {
  const parts = { day: field(raw, fieldName(prefix, 'day')), month: field(raw, fieldName(prefix, 'month')), year: field(raw, fieldName(prefix, 'year')) }
  if (!parts.day && !parts.month && !parts.year) return { ok: 'empty' }
  const problems: FieldError[] = []
  const problem = (part: 'day' | 'month' | 'year', text: Text) => {
    // The same words twice (day 32 and month 13) would read as a mistake: say it once, on the first field.
    if (!problems.some((p) => p.message === text[locale])) problems.push({ field: fieldName(prefix, part), message: text[locale] })
  }
  const inRange = (value: string, max: number) => /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= max
  if (!parts.day) problem('day', messages.mustInclude(subject, 'day'))
  else if (!inRange(parts.day, 31)) problem('day', messages.realDate(subject))
  if (!parts.month) problem('month', messages.mustInclude(subject, 'month'))
  else if (!inRange(parts.month, 12)) problem('month', messages.realDate(subject))
  if (!parts.year) problem('year', messages.mustInclude(subject, 'year'))
  else if (!/^\d{4}$/.test(parts.year)) problem('year', messages.yearDigits)
  if (problems.length > 0) return { ok: false, result: { ok: false, errors: problems } }
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)]
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) {
    return { ok: false, result: fail(locale, messages.realDate(subject), fieldName(prefix, 'day')) }
  }
  const iso = `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (iso > today) return { ok: false, result: fail(locale, messages.past(subject), fieldName(prefix, 'day')) }
  const earliest = minusYears(today, maxYearsAgo)
  if (iso < earliest) return { ok: false, result: fail(locale, messages.after(subject, earliest), fieldName(prefix, 'year')) }
  return { ok: true, iso }
}

const TIMES = ['morning', 'afternoon', 'evening', 'night', 'not-sure'] as const

export function checkDate(question: DateQuestion, raw: RawInput, locale: Locale, context: ValidationContext): Validation {
  const subject = question.subject ?? defaults.date
  const parsed = parseDate(raw, question.id, subject, locale, ukToday(context.now), question.maxYearsAgo ?? 10)
  if (parsed.ok === 'empty') {
    return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? messages.enterDate(subject), fieldName(question.id, 'day'))
  }
  if (!parsed.ok) return parsed.result
  if (question.type === 'date') return { ok: true, value: parsed.iso }
  const time = field(raw, fieldName(question.id, 'time'))
  const timeOfDay = TIMES.find((t) => t === time)
  if (!timeOfDay) return fail(locale, messages.timeOfDay, fieldName(question.id, 'time'))
  return { ok: true, value: { date: parsed.iso, timeOfDay } }
}

export function checkDateRange(question: DateQuestion, raw: RawInput, locale: Locale, context: ValidationContext): Validation {
  const today = ukToday(context.now)
  const years = question.maxYearsAgo ?? 10
  const from = parseDate(raw, fieldName(question.id, 'from'), defaults.from, locale, today, years)
  const to = parseDate(raw, fieldName(question.id, 'to'), defaults.to, locale, today, years)
  if (from.ok === 'empty' && to.ok === 'empty' && question.optional) return { ok: true, value: null }
  const errors = []
  if (from.ok === 'empty') errors.push({ field: fieldName(fieldName(question.id, 'from'), 'day'), message: messages.enterDate(defaults.from)[locale] })
  else if (!from.ok && !from.result.ok) errors.push(...from.result.errors)
  if (to.ok === 'empty') errors.push({ field: fieldName(fieldName(question.id, 'to'), 'day'), message: messages.enterDate(defaults.to)[locale] })
  else if (!to.ok && !to.result.ok) errors.push(...to.result.errors)
  if (errors.length > 0) return { ok: false, errors }
  if (from.ok === true && to.ok === true) {
    if (to.iso < from.iso) return fail(locale, messages.sameOrAfter(defaults.to, from.iso), fieldName(fieldName(question.id, 'to'), 'day'))
    return { ok: true, value: { from: from.iso, to: to.iso } }
  }
  return fail(locale, messages.enterDate(defaults.date), fieldName(fieldName(question.id, 'from'), 'day'))
}
