// UK time, in one place. Reports, deadlines, filters and dashboards count days as people in the UK do: a report
// sent at 00:30 in British Summer Time belongs to that day, not to the UTC day before it.

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it.
const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

export interface UkParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The calendar date and clock time in the UK at this instant. */
export function ukPartsOf(when: Date): UkParts {
  const parts: Record<string, number> = {}
  for (const p of ukParts.formatToParts(when)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! }
}

const pad = (n: number) => String(n).padStart(2, '0')

const displayFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * An instant, or a UK calendar day ('YYYY-MM-DD'), in UK time for people to read: "16 July 2026 at 00:30",
 * "16 Gorffennaf 2026 am 00:30", "15 Jan 2026, 23:30" (`date: 'medium'`), "30 June 2027" (a day, or `time: false`).
 * A day is read at noon UTC so that no zone moves it to another day. Every page that shows a date or time to a person
 * goes through here, so all of them agree on the zone and on the words; each format is built once.
 */
export function formatUk(when: Date | string, locale: 'en' | 'cy', options: { date?: 'long' | 'medium'; time?: boolean } = {}): string {
  const day = typeof when === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(when)
  const at = day ? new Date(`${when as string}T12:00:00Z`) : new Date(when)
  if (Number.isNaN(at.getTime())) return String(when)
  const dateStyle = options.date ?? 'long'
  const time = options.time ?? !day
  const key = `${locale}|${dateStyle}|${time}`
  let format = displayFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle, ...(time ? { timeStyle: 'short' } : {}), timeZone: 'Europe/London' })
    displayFormats.set(key, format)
  }
  return format.format(at)
}

/** The UK calendar day of an instant, as 'YYYY-MM-DD'. */
export function ukDay(when: Date): string {
  const p = ukPartsOf(when)
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`
}

/** The UK calendar year of an instant. */
export function ukYear(when: Date): number {
  return ukPartsOf(when).year
}

/** A real calendar day written 'YYYY-MM-DD' (not 2026-02-30, not 2026-13-01). */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

/**
 * The instant a UK calendar day ('YYYY-MM-DD') begins: 00:00 GMT in winter, 23:00 UTC the evening before in summer.
 * Clocks change at 01:00 or 02:00, never at midnight, so every UK day has exactly one midnight.
 */
export function ukMidnight(day: string): Date {
  if (!isDay(day)) throw new RangeError(`not a real YYYY-MM-DD day: ${day}`)
  const utcMidnight = Date.parse(`${day}T00:00:00Z`)
  // The UK is UTC+0 or UTC+1: midnight there is midnight UTC, or an hour before it.
  const p = ukPartsOf(new Date(utcMidnight))
  return new Date(p.hour === 0 ? utcMidnight : utcMidnight - 60 * 60 * 1000)
}

/** The instant the UK day after `day` begins: the end (exclusive) of a filter "up to and including `day`". */
export function ukNextMidnight(day: string): Date {
  const start = ukMidnight(day)
  // 25 hours on from any midnight is always in the next UK day (days are 23, 24 or 25 hours long).
  return ukMidnight(ukDay(new Date(start.getTime() + 25 * 60 * 60 * 1000)))
}

/**
 * The instant a UK clock reads `hour:minute` on the UK day `day` ('YYYY-MM-DD'): what someone means by a time they
 * type in a form. Null when the clock never reads it that day (01:00 to 01:59 on the day the clocks go forward). On
 * the day they go back the clock reads 01:00 to 01:59 twice; the first (British Summer Time) is meant.
 */
export function ukInstant(day: string, hour: number, minute: number): Date | null {
  if (!isDay(day) || !Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null
  const asUtc = Date.parse(`${day}T${pad(hour)}:${pad(minute)}:00Z`)
  // The UK is UTC+1 or UTC+0: try the summer reading first, so a time read twice gives the earlier instant.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(asUtc - offsetHours * 60 * 60 * 1000)
    const p = ukPartsOf(candidate)
    if (ukDay(candidate) === day && p.hour === hour && p.minute === minute) return candidate
  }
  return null
}

/** The UK day and clock time of an instant, for filling a form's date and time fields. */
export function ukDayAndTime(when: Date): { day: string; hour: number; minute: number } {
  const p = ukPartsOf(when)
  return { day: ukDay(when), hour: p.hour, minute: p.minute }
}
