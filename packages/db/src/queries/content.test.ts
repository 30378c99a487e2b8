// A force's pages in the database: saved with revisions, read back in the content model's shape, listed live-only
// by the same schedule rule as @bluelamp/content, and never seen from another force. Both drivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { withoutTenant, withTenant } from '../tenant-scope.ts'
import { contentItems, contentRevisions } from '../schema-content.ts'
import { tenant } from '../test-helpers.ts'
import type { StoredContentItem } from './content.ts'

const NOW = new Date('2026-12-02T12:00:00Z')

function news(slug: string, publication: StoredContentItem['publication'], title = `News ${slug}`): StoredContentItem {
  return {
    kind: 'news',
    slug,
    text: { en: { title, summary: 'A summary.', body: 'The story.' } },
    publication,
    updatedAt: publication.publishAt ?? '2026-11-01T09:00:00.000Z',
  }
}

const published = (publishAt: string, unpublishAt?: string) => ({ status: 'published' as const, publishAt, ...(unpublishAt ? { unpublishAt } : {}) })

for (const driver of testDrivers()) {
  describe(`force content on ${driver.name}`, () => {
    let database: Database
    const a = tenant()
    const b = tenant()
    beforeAll(async () => {
      database = await driver.create()
    })
    afterAll(() => database?.close())

    it('saves an item and reads it back exactly, with its kind-specific fields, and keeps a revision per save', async () => {
      const appeal: StoredContentItem = {
        kind: 'appeal',
        slug: 'stolen-tractor',
        appealKind: 'witnesses',
        reference: 'LE-2026-0142',
        text: { en: { title: 'Tractor stolen', summary: 'Did you see it?', body: 'A green tractor.' }, cy: { title: 'Tractor wedi’i ddwyn', summary: 'Welsoch chi?', body: 'Tractor gwyrdd.' } },
        photo: { id: 'demo-tractor', alt: { en: 'A green tractor' } },
        closesOn: '2027-06-30',
        status: 'open',
        serviceId: 'general-enquiry',
        publication: published('2026-11-24T10:00:00.000Z'),
        updatedAt: '2026-11-24T10:00:00.000Z',
      }
      const first = await database.queries.saveContentItem(a, appeal, 'staff:editor-1')
      expect(first.created).toBe(true)
      expect(await database.queries.getContentItem(a, 'appeal', 'stolen-tractor')).toEqual(appeal)

      const changed = { ...appeal, status: 'resolved', outcome: { en: 'Found.' }, updatedAt: '2026-11-30T10:00:00.000Z' }
      const second = await database.queries.saveContentItem(a, changed, 'staff:editor-2')
      expect(second).toEqual({ id: first.id, created: false })
      expect(await database.queries.getContentItem(a, 'appeal', 'stolen-tractor')).toEqual(changed)

      const revisions = await database.queries.listContentRevisions(a, first.id)
      expect(revisions.map((r) => r.actor)).toEqual(['staff:editor-2', 'staff:editor-1'])
      expect(revisions[1]!.item).toEqual(appeal)
      expect(revisions[0]!.createdAt).toBeInstanceOf(Date)
    })

    it('holds one contact page per force, without a slug of its own', async () => {
      const contact: StoredContentItem = {
        kind: 'contact',
        text: { en: { title: 'Contact us', summary: 'How to reach us.', body: 'Call 101.' } },
        showForceContacts: true,
        publication: published('2026-11-01T09:00:00.000Z'),
        updatedAt: '2026-11-01T09:00:00.000Z',
      }
      await database.queries.saveContentItem(a, contact, 'system:seed')
      expect(await database.queries.getContentItem(a, 'contact', undefined, { liveAt: NOW })).toEqual(contact)
      expect(await database.queries.getContentItem(b, 'contact', undefined)).toBeNull()
    })

    it('lists only live items for the public, newest first, with the total for pagination', async () => {
      const f = tenant()
      await database.queries.saveContentItem(f, news('older-story', published('2026-11-01T09:00:00.000Z')), 'system:seed')
      await database.queries.saveContentItem(f, news('newer-story', published('2026-11-20T09:00:00.000Z')), 'system:seed')
      await database.queries.saveContentItem(f, news('draft-story', { status: 'draft' }), 'system:seed')
      await database.queries.saveContentItem(f, news('scheduled-story', published('2026-12-25T09:00:00.000Z')), 'system:seed')
      await database.queries.saveContentItem(f, news('expired-story', published('2026-10-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z')), 'system:seed')
      await database.queries.saveContentItem(f, news('taken-down', { status: 'unpublished', publishAt: '2026-11-05T09:00:00.000Z' }), 'system:seed')
      // Exactly at the take-down moment it is gone; exactly at the publish moment it is there.
      await database.queries.saveContentItem(f, news('going-now', published('2026-11-02T09:00:00.000Z', NOW.toISOString())), 'system:seed')
      await database.queries.saveContentItem(f, news('live-now', published(NOW.toISOString())), 'system:seed')

      const live = await database.queries.listContentItems(f, 'news', { liveAt: NOW })
      expect(live.items.map((i) => i.slug)).toEqual(['live-now', 'newer-story', 'older-story'])
      expect(live.total).toBe(3)

      const page2 = await database.queries.listContentItems(f, 'news', { liveAt: NOW, offset: 1, limit: 1 })
      expect(page2).toEqual({ items: [expect.objectContaining({ slug: 'newer-story' })], total: 3 })

      expect((await database.queries.listContentItems(f, 'news')).total).toBe(8)
      expect(await database.queries.getContentItem(f, 'news', 'draft-story', { liveAt: NOW })).toBeNull()
      expect(await database.queries.getContentItem(f, 'news', 'scheduled-story', { liveAt: NOW })).toBeNull()
      expect(await database.queries.getContentItem(f, 'news', 'scheduled-story', { liveAt: new Date('2026-12-25T09:00:00Z') })).not.toBeNull()
      expect(await database.queries.getContentItem(f, 'news', 'draft-story')).not.toBeNull()

      const sitemap = await database.queries.listLiveContent(f, NOW)
      expect(sitemap.map((e) => `${e.kind}/${e.slug}`)).toEqual(['news/live-now', 'news/newer-story', 'news/older-story'])
      expect(sitemap[0]).toEqual({ kind: 'news', slug: 'live-now', updatedAt: NOW, languages: ['en'] })
    })

    it('seeds an item once: seeding again changes nothing and never undoes an editor’s change', async () => {
      const f = tenant()
      const item = news('seeded-story', published('2026-11-01T09:00:00.000Z'), 'As seeded')
      expect(await database.queries.seedContentItem(f, item)).toBe(true)
      expect(await database.queries.seedContentItem(f, item)).toBe(false)
      const edited = news('seeded-story', published('2026-11-01T09:00:00.000Z'), 'As edited')
      const { id } = await database.queries.saveContentItem(f, edited, 'staff:editor')
      expect(await database.queries.seedContentItem(f, item)).toBe(false)
      expect((await database.queries.getContentItem(f, 'news', 'seeded-story'))?.text.en?.title).toBe('As edited')
      expect((await database.queries.listContentRevisions(f, id)).map((r) => r.actor)).toEqual(['staff:editor', 'system:seed'])
    })

    it('keeps forces apart: another force’s slug, listing, sitemap and revisions find nothing', async () => {
      const story = news('only-in-a', published('2026-11-01T09:00:00.000Z'))
      const { id } = await database.queries.saveContentItem(a, story, 'system:seed')
      expect(await database.queries.getContentItem(b, 'news', 'only-in-a')).toBeNull()
      expect(await database.queries.getContentItem(b, 'news', 'only-in-a', { liveAt: NOW })).toBeNull()
      expect(await database.queries.listContentItems(b, 'news', { liveAt: NOW })).toEqual({ items: [], total: 0 })
      expect(await database.queries.listLiveContent(b, NOW)).toEqual([])
      expect(await database.queries.listContentRevisions(b, id)).toEqual([])
      expect(await database.queries.listContentRevisions(b, 'not-a-uuid')).toEqual([])

      // The same slug in both forces is two pages, each force's own.
      await database.queries.saveContentItem(b, news('only-in-a', published('2026-11-01T09:00:00.000Z'), 'B’s story'), 'system:seed')
      expect((await database.queries.getContentItem(a, 'news', 'only-in-a'))?.text.en?.title).toBe('News only-in-a')
      expect((await database.queries.getContentItem(b, 'news', 'only-in-a'))?.text.en?.title).toBe('B’s story')
    })

    it('is under row-level security: no tenant sees nothing, a tenant sees and writes only its own rows', async () => {
      await database.queries.saveContentItem(a, news('rls-story', published('2026-11-01T09:00:00.000Z')), 'system:seed')
      const none = await withoutTenant(database.db, async (tx) => ({
        items: (await tx.select().from(contentItems)).length,
        revisions: (await tx.select().from(contentRevisions)).length,
      }))
      expect(none).toEqual({ items: 0, revisions: 0 })
      const seen = await withTenant(database.db, b, (tx) => tx.select({ tenantId: contentItems.tenantId }).from(contentItems))
      expect(new Set(seen.map((r) => r.tenantId))).toEqual(new Set([b]))
      await expect(
        withTenant(database.db, b, (tx) =>
          tx.insert(contentItems).values({ tenantId: a, kind: 'news', slug: 'forged', status: 'draft', updatedAt: NOW, textEn: { title: 'x' } }),
        ),
      ).rejects.toThrow()
    })

    it('refuses an item the table cannot hold, with a clear message', async () => {
      await expect(database.queries.saveContentItem(a, { ...news('x-story', { status: 'draft' }), slug: undefined }, 'staff:x')).rejects.toThrow('a news item needs a slug')
      await expect(database.queries.saveContentItem(a, news('x-story', { status: 'published' }), 'staff:x')).rejects.toThrow('a published item needs publication.publishAt')
      await expect(database.queries.saveContentItem(a, { ...news('x-story', { status: 'draft' }), text: {} }, 'staff:x')).rejects.toThrow('needs an English or a Welsh version')
      await expect(database.queries.saveContentItem(a, { ...news('x-story', { status: 'draft' }), updatedAt: 'yesterday' }, 'staff:x')).rejects.toThrow('updatedAt is not a date and time')
      await expect(database.queries.saveContentItem(a, news('x-story', { status: 'draft' }), ' ')).rejects.toThrow('needs an actor')
    })

    it('creates an item only at a free address, and finds it, its list entry and its revisions by id for its own force only', async () => {
      const draft = news('editor-draft', { status: 'draft' })
      const id = await database.queries.createContentItem(a, draft, 'staff:editor-1')
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      // The same address again is refused, and the first item is untouched.
      expect(await database.queries.createContentItem(a, { ...draft, text: { en: { title: 'Other', summary: 's', body: 'b' } } }, 'staff:editor-2')).toBeNull()
      expect(await database.queries.getContentItemById(a, id!)).toEqual({ id, item: draft })
      // Another force may have the same address; it never finds force A's item by its id.
      expect(await database.queries.createContentItem(b, draft, 'staff:editor-b')).not.toBeNull()
      expect(await database.queries.getContentItemById(b, id!)).toBeNull()
      expect(await database.queries.getContentItemById(a, 'not-a-uuid')).toBeNull()

      const listed = await database.queries.listContentForEditor(a)
      expect(listed.find((row) => row.id === id)).toMatchObject({ kind: 'news', slug: 'editor-draft', titleEn: 'News editor-draft', status: 'draft', publishAt: null })
      expect((await database.queries.listContentForEditor(b)).some((row) => row.id === id)).toBe(false)

      const [revision] = await database.queries.listContentRevisions(a, id!)
      expect(await database.queries.getContentRevision(a, id!, revision!.id)).toMatchObject({ actor: 'staff:editor-1', item: draft })
      expect(await database.queries.getContentRevision(b, id!, revision!.id)).toBeNull()
    })
  })
}
