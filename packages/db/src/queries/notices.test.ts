// National notices on both drivers: saved and read back, the current ones picked by time (end, "end now"), and
// national data under row-level security of its own: every scope reads, only the national scope writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { withTenant } from '../tenant-scope.ts'
import { NATIONAL_SCOPE, nationalNotices } from '../schema-notices.ts'
import { tenant } from '../test-helpers.ts'
import type { NoticeInput } from './notices.ts'

const text = (title: string) => ({
  en: { title, body: 'Report it online.', linkText: 'Report it' },
  cy: { title: `${title} (cy)`, body: 'Rhowch wybod ar-lein.', linkText: 'Rhoi gwybod' },
})

const at = (iso: string) => new Date(iso)

function notice(title: string, overrides: Partial<NoticeInput> = {}): NoticeInput {
  return { text: text(title), forces: ['leicestershire', 'dyfed-powys'], serviceId: 'general-enquiry', startsAt: at('2026-12-01T09:00:00Z'), endsAt: at('2026-12-10T09:00:00Z'), ...overrides }
}

for (const driver of testDrivers()) {
  describe(`national notices on ${driver.name}`, () => {
    let database: Database
    beforeAll(async () => {
      database = await driver.create()
    })
    afterAll(() => database?.close())

    it('publishes a notice and reads it back whole, then changes it', async () => {
      const q = database.queries
      const id = await q.createNationalNotice(notice('Read back'), 'staff:national-1')
      const saved = await q.getNationalNotice(id)
      expect(saved).toMatchObject({ id, text: text('Read back'), forces: ['dyfed-powys', 'leicestershire'], serviceId: 'general-enquiry', createdBy: 'staff:national-1' })
      expect(saved!.startsAt.toISOString()).toBe('2026-12-01T09:00:00.000Z')
      expect(saved!.endedAt).toBeUndefined()

      expect(await q.updateNationalNotice(id, notice('Changed', { forces: 'all', serviceId: undefined }), 'staff:national-2')).toBe(true)
      const changed = await q.getNationalNotice(id)
      expect(changed).toMatchObject({ forces: 'all', updatedBy: 'staff:national-2', createdBy: 'staff:national-1' })
      expect(changed!.serviceId).toBeUndefined()
      expect(changed!.text.en.title).toBe('Changed')
      expect(await q.updateNationalNotice('00000000-0000-4000-8000-000000000000', notice('None'), 'staff:x')).toBe(false)
      expect(await q.getNationalNotice('not-a-uuid')).toBeNull()
    })

    it('refuses what the table cannot hold, with a clear message', async () => {
      const q = database.queries
      await expect(q.createNationalNotice(notice('Backwards', { endsAt: at('2026-11-01T00:00:00Z') }), 'staff:n')).rejects.toThrow(/end after it starts/)
      await expect(q.createNationalNotice(notice('Nobody', { forces: [] }), 'staff:n')).rejects.toThrow(/every force or names/)
      const noWelsh = { ...notice('No Welsh'), text: { en: text('x').en, cy: { title: ' ', body: '' } } }
      await expect(q.createNationalNotice(noWelsh, 'staff:n')).rejects.toThrow(/Welsh/)
    })

    it('lists as current only what has not ended, by its end time or by "end now"', async () => {
      const q = database.queries
      const now = at('2031-05-05T12:00:00Z')
      const past = await q.createNationalNotice(notice('Past', { startsAt: at('2031-05-01T00:00:00Z'), endsAt: at('2031-05-05T11:59:59Z') }), 'staff:n')
      const showing = await q.createNationalNotice(notice('Showing', { startsAt: at('2031-05-05T00:00:00Z'), endsAt: at('2031-05-06T00:00:00Z') }), 'staff:n')
      const later = await q.createNationalNotice(notice('Later', { startsAt: at('2031-05-07T00:00:00Z'), endsAt: at('2031-05-08T00:00:00Z') }), 'staff:n')
      const ids = async (when: Date) => (await q.currentNationalNotices(when)).map((n) => n.id).filter((id) => [past, showing, later].includes(id))
      expect(await ids(now)).toEqual([later, showing])

      expect(await q.endNationalNotice(showing, 'staff:n2', now)).toBe(true)
      expect(await q.endNationalNotice(showing, 'staff:n2', now)).toBe(false)
      expect(await q.endNationalNotice(past, 'staff:n2', now)).toBe(false)
      expect(await ids(now)).toEqual([later])
      // Just before it was ended it was still current.
      expect(await ids(new Date(now.getTime() - 1))).toEqual([later, showing])
      const ended = await q.getNationalNotice(showing)
      expect(ended).toMatchObject({ updatedBy: 'staff:n2' })
      expect(ended!.endedAt?.toISOString()).toBe(now.toISOString())
    })

    it('lets every scope read notices and only the national scope write them; nobody deletes one', async () => {
      const q = database.queries
      const id = await q.createNationalNotice(notice('Guarded'), 'staff:n')
      const force = tenant()
      await withTenant(database.db, force, async (tx) => {
        const rows = await tx.select({ id: nationalNotices.id }).from(nationalNotices)
        expect(rows.map((r) => r.id)).toContain(id)
      })
      const asForce = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(database.db, force, fn)
      await expect(asForce((tx) => tx.insert(nationalNotices).values({ text: text('Forged'), allForces: true, startsAt: at('2026-12-01T00:00:00Z'), endsAt: at('2026-12-02T00:00:00Z'), createdBy: 'x', updatedBy: 'x' }))).rejects.toThrow()
      const changed = await asForce((tx) => tx.update(nationalNotices).set({ allForces: true }).where(sql`${nationalNotices.id} = ${id}`).returning({ id: nationalNotices.id }))
      expect(changed).toEqual([])
      await expect(withTenant(database.db, NATIONAL_SCOPE, (tx) => tx.delete(nationalNotices).where(sql`${nationalNotices.id} = ${id}`))).rejects.toThrow()
      expect((await q.getNationalNotice(id))!.forces).toEqual(['dyfed-powys', 'leicestershire'])
    })
  })
}
