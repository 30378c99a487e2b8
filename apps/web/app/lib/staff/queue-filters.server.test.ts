import { describe, expect, it } from 'vitest'
import { readFilters } from './queue-filters.server.ts'

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

  it('follow the clocks on the days they change', () => {
    // 29 March 2026 begins in GMT and ends in BST; 25 October 2026 begins in BST and ends in GMT.
    const spring = read('from=2026-03-29&to=2026-03-29')
    expect(spring.from!.toISOString()).toBe('2026-03-29T00:00:00.000Z')
    expect(spring.to!.toISOString()).toBe('2026-03-29T23:00:00.000Z')
    const autumn = read('from=2026-10-25&to=2026-10-25')
    expect(autumn.from!.toISOString()).toBe('2026-10-24T23:00:00.000Z')
    expect(autumn.to!.toISOString()).toBe('2026-10-26T00:00:00.000Z')
  })

  it('keep what was typed, trimmed, for the form', () => {
    expect(readFilters(new URL('http://leicestershire.localhost/staff/queue?from=%202026-07-01%20&service=theft&service=fraud')).values).toEqual({
      status: 'open',
      service: 'theft',
      flag: '',
      from: '2026-07-01',
      to: '',
      appeal: '',
    })
  })

  it('ask for reports given from any appeal, or from one appeal by its reference, and nothing else', () => {
    expect(read('appeal=any')).toEqual({ status: 'open', appeal: 'any' })
    expect(read('appeal=LE-2026-0142')).toEqual({ status: 'open', appeal: 'LE-2026-0142' })
    expect(read('appeal=DP%2F2026%2F0077')).toEqual({ status: 'open', appeal: 'DP/2026/0077' })
    expect(read("appeal=x' or 1=1--")).toEqual({ status: 'open' })
  })

  it('leave out what is not a day or a known status', () => {
    expect(read('from=yesterday&to=2026-13-45&status=deleted')).toEqual({ status: 'open' })
  })
})
