import { describe, expect, it } from 'vitest'
import { readFilters } from './staff-queue-filters.server.ts'

const read = (query: string) => readFilters(new URL(`http://leicestershire.localhost/staff/queue?${query}`)).filters

describe('the staff queue filters', () => {
  it('take "submitted from" and "to" as UK days in summer time, not UTC ones', () => {
    const f = read('from=2026-07-01&to=2026-07-02')
    // A report sent at 00:30 BST on 1 July is at 23:30 UTC on 30 June: it is inside.
    expect(f.from!.toISOString()).toBe('2026-06-30T23:00:00.000Z')
    expect(f.to!.toISOString()).toBe('2026-07-02T23:00:00.000Z')
  })

  it('take them as UTC days in winter, and include the whole of the last day', () => {
    const f = read('from=2026-12-01&to=2026-12-01')
    expect(f.from!.toISOString()).toBe('2026-12-01T00:00:00.000Z')
    expect(f.to!.toISOString()).toBe('2026-12-02T00:00:00.000Z')
  })

  it('leave out what is not a day or a known status', () => {
    expect(read('from=yesterday&to=2026-13-45&status=deleted')).toEqual({ status: 'open' })
  })
})
