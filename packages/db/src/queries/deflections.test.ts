import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { tenant } from '../test-helpers.ts'
import { testDrivers } from '../testing.ts'
import { deflectionDay } from './deflections.ts'

describe('deflectionDay', () => {
  it('counts a moment on its UK calendar day, in summer time and in winter', () => {
    expect(deflectionDay(new Date('2025-06-30T23:30:00Z'))).toBe('2025-07-01') // 00:30 BST
    expect(deflectionDay(new Date('2025-12-31T23:30:00Z'))).toBe('2025-12-31') // 23:30 GMT
    expect(deflectionDay('2025-03-30')).toBe('2025-03-30')
    expect(() => deflectionDay('30/03/2025')).toThrow()
    expect(() => deflectionDay('2025-02-30')).toThrow()
  })
})

describe.each(testDrivers())('deflections on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  it('counts up per (force, service, outcome, agency, day), concurrently too', async () => {
    const a = tenant()
    const q = database.queries
    expect(await q.countDeflection(a, 'fraud', 'REDIRECT', 'action-fraud', '2025-05-05')).toBe(1)
    expect(await q.countDeflection(a, 'fraud', 'REDIRECT', 'action-fraud', '2025-05-05')).toBe(2)
    await Promise.all(Array.from({ length: 10 }, () => q.countDeflection(a, 'fraud', 'REDIRECT', 'action-fraud', '2025-05-05')))
    expect(await q.countDeflection(a, 'fraud', 'REDIRECT', 'action-fraud', '2025-05-06')).toBe(1)
    expect(await q.countDeflection(a, 'theft', 'EMERGENCY', null, '2025-05-05')).toBe(1)
    expect(await q.countDeflection(a, 'theft', 'EMERGENCY', '', '2025-05-05')).toBe(2)
    expect(await q.countDeflection(tenant(), 'fraud', 'REDIRECT', 'action-fraud', '2025-05-05')).toBe(1)

    const rows = await q.listDeflections(a, '2025-05-05', '2025-05-05')
    expect(rows).toEqual([
      { tenantId: a, serviceId: 'fraud', outcome: 'REDIRECT', agency: 'action-fraud', day: '2025-05-05', count: 12 },
      { tenantId: a, serviceId: 'theft', outcome: 'EMERGENCY', agency: '', day: '2025-05-05', count: 2 },
    ])
  })

  it('refuses an outcome outside EMERGENCY, REDIRECT, ADVICE', async () => {
    await expect(
      // @ts-expect-error deliberately wrong
      database.queries.countDeflection(tenant(), 'theft', 'SUBMIT', null, '2025-05-05'),
    ).rejects.toThrow()
  })
})
