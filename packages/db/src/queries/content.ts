// A force's own pages (schema-content.ts): saved with a revision naming who saved them, read back in the shape of
// @bluelamp/content's model, and listed live-only for the public site. Every function takes the force first and
// runs under row-level security for it (withTenant), so an item of one force is never found on another's site.
//
// This package does not validate what an item says: the app checks it with @bluelamp/content's schemas before it
// saves and after it reads. What is checked here is what the table needs (a kind, a slug, a schedule).
import { and, asc, count, desc, eq, gt, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import {
  CONTACT_SLUG,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  contentItems,
  contentRevisions,
  type ContentItemKind,
  type ContentItemRow,
  type ContentItemStatus,
  type StoredContentText,
} from '../schema-content.ts'
import { isUuid } from '../crypto.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db, Tx } from '../types.ts'

/** An item as @bluelamp/content's model has it: kind, slug (none for the contact page), text per language, schedule. */
export interface StoredContentItem {
  kind: ContentItemKind
  slug?: string
  text: { en?: StoredContentText; cy?: StoredContentText }
  publication: { status: ContentItemStatus; publishAt?: string; unpublishAt?: string }
  /** ISO time the words last changed. */
  updatedAt: string
  /** The kind's other fields (an appeal's reference, an area's postcode districts...). */
  [field: string]: unknown
}

export interface ListContentOptions {
  /** Only what the public sees at this moment (published, publish time come, take-down time not). */
  liveAt?: Date
  offset?: number
  limit?: number
}

export interface ContentPage {
  items: StoredContentItem[]
  /** How many there are in all (for pagination), not only on this page. */
  total: number
}

/** What the sitemap needs of a live item: where it is and when it last changed. */
export interface LiveContentEntry {
  kind: ContentItemKind
  slug: string
  updatedAt: Date
  /** The languages it has words in. */
  languages: ('en' | 'cy')[]
}

// Columns, not fields: never copied into `fields`.
const OWN = new Set(['kind', 'slug', 'text', 'publication', 'updatedAt'])

/** A clear message for an item the table cannot hold (the content schemas catch the rest before saving). */
export function contentItemProblem(item: StoredContentItem): string | undefined {
  if (!CONTENT_KINDS.includes(item.kind)) return `kind must be one of ${CONTENT_KINDS.join(', ')}, not "${String(item.kind)}"`
  if (item.kind !== 'contact' && (typeof item.slug !== 'string' || item.slug === '')) return `a ${item.kind} item needs a slug`
  if (!CONTENT_STATUSES.includes(item.publication?.status)) return `publication.status must be one of ${CONTENT_STATUSES.join(', ')}`
  if (item.publication.status === 'published' && !item.publication.publishAt) return 'a published item needs publication.publishAt'
  for (const [name, value] of [
    ['updatedAt', item.updatedAt],
    ['publication.publishAt', item.publication.publishAt],
    ['publication.unpublishAt', item.publication.unpublishAt],
  ] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value))) return `${name} is not a date and time: ${value}`
  }
  if (!item.text?.en && !item.text?.cy) return 'an item needs an English or a Welsh version'
  return undefined
}

function toRow(tenantId: string, item: StoredContentItem) {
  const problem = contentItemProblem(item)
  if (problem) throw new TypeError(`cannot save this content item: ${problem}`)
  const fields = Object.fromEntries(Object.entries(item).filter(([key, value]) => !OWN.has(key) && value !== undefined))
  const title = (text: StoredContentText | undefined) => (text && typeof text.title === 'string' ? text.title : typeof text?.heading === 'string' ? text.heading : null)
  return {
    tenantId,
    kind: item.kind,
    slug: item.kind === 'contact' ? CONTACT_SLUG : item.slug!,
    titleEn: title(item.text.en),
    titleCy: title(item.text.cy),
    textEn: item.text.en ?? null,
    textCy: item.text.cy ?? null,
    fields,
    status: item.publication.status,
    publishAt: item.publication.publishAt ? new Date(item.publication.publishAt) : null,
    unpublishAt: item.publication.unpublishAt ? new Date(item.publication.unpublishAt) : null,
    updatedAt: new Date(item.updatedAt),
  }
}

function fromRow(row: ContentItemRow): StoredContentItem {
  const text: StoredContentItem['text'] = {}
  if (row.textEn) text.en = row.textEn
  if (row.textCy) text.cy = row.textCy
  return {
    ...row.fields,
    kind: row.kind,
    ...(row.kind === 'contact' ? {} : { slug: row.slug }),
    text,
    publication: {
      status: row.status,
      ...(row.publishAt ? { publishAt: row.publishAt.toISOString() } : {}),
      ...(row.unpublishAt ? { unpublishAt: row.unpublishAt.toISOString() } : {}),
    },
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** What a list of the force's items shows of each, bodies left unread: where it is, its titles, its schedule. */
export const ITEM_SUMMARY = {
  id: contentItems.id,
  kind: contentItems.kind,
  slug: contentItems.slug,
  titleEn: contentItems.titleEn,
  titleCy: contentItems.titleCy,
  status: contentItems.status,
  publishAt: contentItems.publishAt,
  unpublishAt: contentItems.unpublishAt,
  updatedAt: contentItems.updatedAt,
}

/** The public's filter: the same moment-by-moment rule as @bluelamp/content's publicationState 'published'. */
export function liveAt(at: Date): SQL {
  return and(
    eq(contentItems.status, 'published'),
    lte(contentItems.publishAt, at),
    or(isNull(contentItems.unpublishAt), gt(contentItems.unpublishAt, at)),
  )!
}

async function appendRevision(tx: Tx, tenantId: string, itemId: string, actor: string, item: StoredContentItem) {
  await tx.insert(contentRevisions).values({ tenantId, itemId, actor, item: item as Record<string, unknown> })
}

function assertActor(actor: string) {
  if (!actor.trim()) throw new TypeError('a content revision needs an actor (such as "staff:<id>" or "system:seed")')
}

export function contentQueries(db: Db) {
  /** Adds the item and its first revision only if the force has none of that kind and slug; its id, or null. */
  function addAtFreeAddress(tenantId: string, item: StoredContentItem, actor: string): Promise<string | null> {
    assertActor(actor)
    const row = toRow(tenantId, item)
    return withTenant(db, tenantId, async (tx) => {
      const [added] = await tx
        .insert(contentItems)
        .values(row)
        .onConflictDoNothing({ target: [contentItems.tenantId, contentItems.kind, contentItems.slug] })
        .returning({ id: contentItems.id })
      if (!added) return null
      await appendRevision(tx, tenantId, added.id, actor, item)
      return added.id
    })
  }

  return {
    /**
     * Saves an item (a new one, or the force's item of that kind and slug), and a revision saying who saved it.
     * Returns the item's id and whether it was new.
     */
    async saveContentItem(tenantId: string, item: StoredContentItem, actor: string): Promise<{ id: string; created: boolean }> {
      assertActor(actor)
      const row = toRow(tenantId, item)
      return withTenant(db, tenantId, async (tx) => {
        const { tenantId: _tenant, kind: _kind, slug: _slug, ...changes } = row
        const [saved] = await tx
          .insert(contentItems)
          .values(row)
          .onConflictDoUpdate({ target: [contentItems.tenantId, contentItems.kind, contentItems.slug], set: changes })
          // xmax is 0 for a row this statement inserted, and the updating transaction's id for one it updated.
          .returning({ id: contentItems.id, created: sql<boolean>`(xmax = 0)` })
        await appendRevision(tx, tenantId, saved!.id, actor, item)
        return { id: saved!.id, created: Boolean(saved!.created) }
      })
    },

    /**
     * Adds an item only if the force has none of that kind and slug, so seeding demo content again (every start)
     * changes nothing, and never undoes an editor's change. True when it was added.
     */
    async seedContentItem(tenantId: string, item: StoredContentItem, actor = 'system:seed'): Promise<boolean> {
      return (await addAtFreeAddress(tenantId, item, actor)) !== null
    },

    /** The force's item of this kind and slug (the contact page: slug omitted), or null; only if live with `liveAt`. */
    async getContentItem(tenantId: string, kind: ContentItemKind, slug: string | undefined, options: { liveAt?: Date } = {}): Promise<StoredContentItem | null> {
      return withTenant(db, tenantId, async (tx) => {
        const conditions = [eq(contentItems.tenantId, tenantId), eq(contentItems.kind, kind), eq(contentItems.slug, kind === 'contact' ? CONTACT_SLUG : (slug ?? ''))]
        if (options.liveAt) conditions.push(liveAt(options.liveAt))
        const [row] = await tx
          .select()
          .from(contentItems)
          .where(and(...conditions))
        return row ? fromRow(row) : null
      })
    },

    /**
     * The force's live appeal with this reference, or null (another force's reference, a draft or a page taken down
     * finds nothing). A reference is the force's own, so at most one live appeal carries it.
     */
    async getLiveAppealByReference(tenantId: string, reference: string, at: Date): Promise<StoredContentItem | null> {
      return withTenant(db, tenantId, async (tx) => {
        const [row] = await tx
          .select()
          .from(contentItems)
          .where(and(eq(contentItems.tenantId, tenantId), eq(contentItems.kind, 'appeal'), sql`${contentItems.fields}->>'reference' = ${reference}`, liveAt(at)))
          .orderBy(sql`${contentItems.publishAt} desc nulls last`)
          .limit(1)
        return row ? fromRow(row) : null
      })
    },

    /** The force's items of a kind, newest published first (drafts, never published, last), a page at a time. */
    async listContentItems(tenantId: string, kind: ContentItemKind, options: ListContentOptions = {}): Promise<ContentPage> {
      return withTenant(db, tenantId, async (tx) => {
        const where = and(eq(contentItems.tenantId, tenantId), eq(contentItems.kind, kind), ...(options.liveAt ? [liveAt(options.liveAt)] : []))
        const [counted] = await tx.select({ n: count() }).from(contentItems).where(where)
        const rows = await tx
          .select()
          .from(contentItems)
          .where(where)
          .orderBy(sql`${contentItems.publishAt} desc nulls last`, asc(contentItems.slug))
          .offset(options.offset ?? 0)
          .limit(options.limit ?? 1000)
        return { items: rows.map(fromRow), total: Number(counted?.n ?? 0) }
      })
    },

    /** Every item of the force live at this moment, for the sitemap: where each is and when it last changed. */
    async listLiveContent(tenantId: string, at: Date): Promise<LiveContentEntry[]> {
      return withTenant(db, tenantId, async (tx) => {
        const rows = await tx
          .select({ kind: contentItems.kind, slug: contentItems.slug, updatedAt: contentItems.updatedAt, en: contentItems.titleEn, cy: contentItems.titleCy })
          .from(contentItems)
          .where(and(eq(contentItems.tenantId, tenantId), liveAt(at)))
          .orderBy(asc(contentItems.kind), asc(contentItems.slug))
        return rows.map((r) => ({
          kind: r.kind,
          slug: r.slug,
          updatedAt: r.updatedAt,
          languages: [...(r.en !== null ? (['en'] as const) : []), ...(r.cy !== null ? (['cy'] as const) : [])],
        }))
      })
    },

    /**
     * Adds a new item and its first revision, only if the force has none of that kind and slug: the editor's "create",
     * which must never overwrite another item that has the address already. The new id, or null when taken.
     */
    async createContentItem(tenantId: string, item: StoredContentItem, actor: string): Promise<string | null> {
      return addAtFreeAddress(tenantId, item, actor)
    },

    /** The force's item with this id, whatever its state (for the editor), or null: another force's id finds nothing. */
    async getContentItemById(tenantId: string, id: string): Promise<{ id: string; item: StoredContentItem } | null> {
      if (!isUuid(id)) return null
      return withTenant(db, tenantId, async (tx) => {
        const [row] = await tx
          .select()
          .from(contentItems)
          .where(and(eq(contentItems.tenantId, tenantId), eq(contentItems.id, id)))
        return row ? { id: row.id, item: fromRow(row) } : null
      })
    },

    /** Every item of the force, whatever its state, newest change first: the editor's list (no bodies read). */
    async listContentForEditor(tenantId: string) {
      return withTenant(db, tenantId, (tx) =>
        tx
          .select(ITEM_SUMMARY)
          .from(contentItems)
          .where(eq(contentItems.tenantId, tenantId))
          .orderBy(desc(contentItems.updatedAt), asc(contentItems.slug)),
      )
    },

    /** One saved version of the force's item, or null (another force's, another item's, or no such revision). */
    async getContentRevision(tenantId: string, itemId: string, revisionId: string) {
      if (!isUuid(itemId) || !isUuid(revisionId)) return null
      return withTenant(db, tenantId, async (tx) => {
        const [row] = await tx
          .select({ id: contentRevisions.id, actor: contentRevisions.actor, createdAt: contentRevisions.createdAt, item: contentRevisions.item })
          .from(contentRevisions)
          .where(and(eq(contentRevisions.tenantId, tenantId), eq(contentRevisions.itemId, itemId), eq(contentRevisions.id, revisionId)))
        return row ?? null
      })
    },

    /** An item's saved versions, newest first, with who saved each; empty for another force's item. */
    async listContentRevisions(tenantId: string, itemId: string) {
      if (!isUuid(itemId)) return []
      return withTenant(db, tenantId, (tx) =>
        tx
          .select({ id: contentRevisions.id, actor: contentRevisions.actor, createdAt: contentRevisions.createdAt, item: contentRevisions.item })
          .from(contentRevisions)
          .where(and(eq(contentRevisions.tenantId, tenantId), eq(contentRevisions.itemId, itemId)))
          .orderBy(desc(contentRevisions.createdAt), desc(contentRevisions.id)),
      )
    },
  }
}
