import { describe, expect, it } from 'vitest'
import { formatUk, ukDay, ukDayAndTime, ukInstant, ukMidnight, ukNextMidnight, ukYear } from './uk-time.ts'

describe('UK time', () => {
  it('counts an instant on its UK day, in summer and in winter', () => {
    expect(ukDay(new Date('2026-07-14T23:30:00Z'))).toBe('2026-07-15')
    expect(ukDay(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-14')
    expect(ukYear(new Date('2026-12-31T23:30:00Z'))).toBe(2026)
    expect(ukYear(new Date('2027-06-30T23:30:00Z'))).toBe(2027)
  })

  it('starts a summer day at 23:00 UTC the evening before, and a winter day at midnight UTC', () => {
    expect(ukMidnight('2026-07-15').toISOString()).toBe('2026-07-14T23:00:00.000Z')
    expect(ukMidnight('2026-01-15').toISOString()).toBe('2026-01-15T00:00:00.000Z')
  })

  it('ends a day where the next begins, across both clock changes', () => {
    // Clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(ukNextMidnight('2026-03-28').toISOString()).toBe('2026-03-29T00:00:00.000Z')
    expect(ukNextMidnight('2026-03-29').toISOString()).toBe('2026-03-29T23:00:00.000Z')
    expect(ukNextMidnight('2026-10-25').toISOString()).toBe('2026-10-26T00:00:00.000Z')
    expect(ukNextMidnight('2026-12-31').toISOString()).toBe('2027-01-01T00:00:00.000Z')
  })

  it('refuses what is not a day', () => {
    expect(() => ukMidnight('2026-7-1')).toThrow(RangeError)
    expect(() => ukMidnight('2026-02-30')).toThrow(RangeError)
    expect(() => ukMidnight('2026-13-01')).toThrow(RangeError)
  })
})

describe('formatUk', () => {
  it('shows an instant in UK time, in summer an hour ahead of UTC, in English and Welsh', () => {
    expect(formatUk('2026-07-15T23:30:00Z', 'en')).toBe('16 July 2026 at 00:30')
    expect(formatUk(new Date('2026-07-15T23:30:00Z'), 'cy')).toBe('16 Gorffennaf 2026 am 00:30')
    expect(formatUk('2026-01-15T23:30:00Z', 'en', { date: 'medium' })).toBe('15 Jan 2026, 23:30')
  })

  it('shows a calendar day as that day, whatever the zone, and an instant without its time when asked', () => {
    expect(formatUk('2027-06-30', 'en')).toBe('30 June 2027')
    expect(formatUk('2026-07-15T23:30:00Z', 'en', { time: false })).toBe('16 July 2026')
  })

  it('gives back what is not a time rather than throwing', () => {
    expect(formatUk('not a date', 'en')).toBe('not a date')
  })
})

describe('a UK time typed in a form', () => {
  it('is the instant it names in summer and in winter, and reads back the same', () => {
    expect(ukInstant('2026-07-16', '09:00')?.toISOString()).toBe('2026-07-16T08:00:00.000Z')
    expect(ukInstant('2026-12-16', '09:00')?.toISOString()).toBe('2026-12-16T09:00:00.000Z')
    expect(ukInstant('2026-07-16', '00:30')?.toISOString()).toBe('2026-07-15T23:30:00.000Z')
    expect(ukDayAndTime(new Date('2026-07-15T23:30:00Z'))).toEqual({ day: '2026-07-16', time: '00:30' })
    expect(ukDayAndTime(new Date('2026-12-16T09:05:00Z'))).toEqual({ day: '2026-12-16', time: '09:05' })
  })

  it('refuses a time the clocks skip and takes the first of a time they pass twice', () => {
    expect(ukInstant('2026-03-29', '01:30')).toBeUndefined()
    expect(ukInstant('2026-10-25', '01:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })

  it('refuses what is not a day or a time', () => {
    expect(ukInstant('2026-02-30', '09:00')).toBeUndefined()
    expect(ukInstant('2026-07-16', '9:00')).toBeUndefined()
    expect(ukInstant('2026-07-16', '24:00')).toBeUndefined()
  })
})
