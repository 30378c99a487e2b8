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

describe('ukInstant: a time typed in UK time', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(ukInstant('2026-12-02', 9, 30)?.toISOString()).toBe('2026-12-02T09:30:00.000Z')
    expect(ukInstant('2026-07-01', 9, 30)?.toISOString()).toBe('2026-07-01T08:30:00.000Z')
    expect(ukInstant('2026-07-01', 0, 15)?.toISOString()).toBe('2026-06-30T23:15:00.000Z')
  })

  it('has no instant for a time the clocks skip, and the first of a time they read twice', () => {
    // Clocks go forward at 01:00 GMT on 29 March 2026, and back at 02:00 BST on 25 October 2026.
    expect(ukInstant('2026-03-29', 1, 30)).toBeNull()
    expect(ukInstant('2026-03-29', 2, 0)?.toISOString()).toBe('2026-03-29T01:00:00.000Z')
    expect(ukInstant('2026-10-25', 1, 30)?.toISOString()).toBe('2026-10-25T00:30:00.000Z')
  })

  it('refuses what is no day or time', () => {
    expect(ukInstant('2026-02-30', 9, 0)).toBeNull()
    expect(ukInstant('2026-12-02', 24, 0)).toBeNull()
    expect(ukInstant('2026-12-02', 9, 60)).toBeNull()
    expect(ukInstant('2026-12-02', 9.5, 0)).toBeNull()
  })

  it('round-trips with ukDayAndTime', () => {
    const at = new Date('2026-07-01T08:30:00Z')
    const { day, hour, minute } = ukDayAndTime(at)
    expect({ day, hour, minute }).toEqual({ day: '2026-07-01', hour: 9, minute: 30 })
    expect(ukInstant(day, hour, minute)).toEqual(at)
  })
})
