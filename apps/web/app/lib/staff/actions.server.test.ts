// The report page's actions on bad input: each error, and what comes back of what was typed, before anything is
// looked up or stored.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '@bluelamp/db'
import { MAX_UPDATE, runReportAction } from './actions.server.ts'
import type { StaffUser } from './session.server.ts'
import { memoryDatabase } from '../testing/support.server.ts'
import { parseEnv } from '../platform/env.server.ts'

let database: Database
beforeAll(async () => {
  database = await memoryDatabase()
})

const user: StaffUser = { id: 's1', name: 'H', email: 'h@leicestershire.example', role: 'handler', tenantId: 'leicestershire', sessionId: 'x', actor: 'staff:s1' }
const run = (fields: [string, string][]) => {
  const form = new FormData()
  for (const [name, value] of fields) form.append(name, value)
  const request = new Request('http://leicestershire.localhost/staff/reports/r1', { method: 'POST' })
  const context = { services: { database, env: parseEnv({}) }, clientIp: '127.0.0.1' } as never
  return runReportAction(request, context, user, '00000000-0000-4000-8000-000000000000', form)
}

describe('the report actions on bad input', () => {
  it('refuses a form with no intent, or one the page does not have, with a 400', async () => {
    await expect(run([['note', 'hello']])).rejects.toMatchObject({ status: 400 })
    await expect(run([['intent', 'delete']])).rejects.toMatchObject({ status: 400 })
  })

  it('says what is wrong with a status and keeps what was chosen and typed', async () => {
    expect(await run([['intent', 'status'], ['status', 'deleted'], ['crimeNumber', ' bad<number> ']])).toEqual({
      ok: false,
      intent: 'status',
      errors: { status: 'staff.statusInvalid', crimeNumber: 'staff.crimeNumberInvalid' },
      values: { status: 'deleted', crimeNumber: 'bad<number>' },
    })
    expect(await run([['intent', 'status'], ['status', 'crime_recorded']])).toEqual({
      ok: false,
      intent: 'status',
      errors: { crimeNumber: 'staff.crimeNumberMissing' },
      values: { status: 'crime_recorded', crimeNumber: '' },
    })
  })

  it('gives a too-long update back cut to the limit, and a missing one back empty', async () => {
    expect(await run([['intent', 'update'], ['update', 'x'.repeat(MAX_UPDATE + 500)]])).toEqual({
      ok: false,
      intent: 'update',
      errors: { update: 'staff.tooLong' },
      values: { update: 'x'.repeat(MAX_UPDATE) },
    })
    expect(await run([['intent', 'update'], ['update', '   ']])).toEqual({ ok: false, intent: 'update', errors: { update: 'staff.publicUpdateMissing' }, values: { update: '' } })
    expect(await run([['intent', 'note'], ['note', 'a\u0000b']])).toEqual({ ok: false, intent: 'note', errors: { note: 'staff.controlCharacters' }, values: { note: 'a\u0000b' } })
  })

  it('will not transfer to the member’s own force, and keeps the reason', async () => {
    expect(await run([['intent', 'transfer'], ['toForce', 'leicestershire'], ['reason', ' Their area ']])).toEqual({
      ok: false,
      intent: 'transfer',
      errors: { toForce: 'staff.transferForceMissing' },
      values: { toForce: 'leicestershire', reason: 'Their area' },
    })
  })
})
