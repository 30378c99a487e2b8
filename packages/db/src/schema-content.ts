// A force's own public website: news, appeals, its own advice, neighbourhood ("your area") pages and its contact
// page (docs/decisions/019-force-content-in-the-database.md). National advice is files in @bluelamp/content and never
// a row here. Every table carries `tenant_id` and sits under the same row-level security as the report data.
//
// One table holds every kind: the listing, the feed and the sitemap ask the same questions of all of them (which
// are live now, newest first), and the kind-specific fields are checked by @bluelamp/content's schemas, not by
// columns, so a new field there needs no migration. What a query filters or sorts on is a column of its own.
import { sql } from 'drizzle-orm'
import { check, customType, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const tenantId = () => text('tenant_id').notNull()

export const CONTENT_KINDS = ['news', 'appeal', 'advice', 'area', 'contact'] as const
export type ContentItemKind = (typeof CONTENT_KINDS)[number]

export const CONTENT_STATUSES = ['draft', 'published', 'unpublished'] as const
export type ContentItemStatus = (typeof CONTENT_STATUSES)[number]

/** The slug of a force's one contact page (it has no slug of its own; one row per force). */
export const CONTACT_SLUG = 'contact'

/** One language's words of an item, as @bluelamp/content's model has them (title, summary, body, and so on). */
export type StoredContentText = Record<string, unknown>

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * An item's words in one language as a search vector: the title weighs most (A), then the summary (B), then the
 * body and an area's priorities (C). English is stemmed ('english': "burglaries" finds "burglary"); Welsh has no
 * stemmer in Postgres, so it is split into words as written ('simple'). Kept by Postgres itself (a generated column),
 * so whoever saves an item need do nothing for search to find it.
 */
function searchVector(column: 'text_en' | 'text_cy', config: 'english' | 'simple') {
  const field = (name: string) => `coalesce(${column}->>'${name}', '')`
  const weighed = (expression: string, weight: string) => `setweight(to_tsvector('${config}'::regconfig, ${expression}), '${weight}')`
  return sql.raw(
    [
      weighed(field('title'), 'A'),
      weighed(field('summary'), 'B'),
      weighed(field('body'), 'C'),
      `setweight(jsonb_to_tsvector('${config}'::regconfig, coalesce(${column}->'priorities', '[]'::jsonb), '["string"]'), 'C')`,
    ].join(' || '),
  )
}

/** A force's page. The whole item, as its content schema describes it, is `text` + `fields` + the columns. */
export const contentItems = pgTable(
  'content_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    kind: text('kind').$type<ContentItemKind>().notNull(),
    slug: text('slug').notNull(),
    // Per language, so a listing can show a title without reading every body, and a Welsh site can ask for Welsh.
    titleEn: text('title_en'),
    titleCy: text('title_cy'),
    textEn: jsonb('text_en').$type<StoredContentText>(),
    textCy: jsonb('text_cy').$type<StoredContentText>(),
    // Everything else the kind has (an appeal's reference, photo and closing day; an area's postcode districts...).
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull().default({}),
    // The schedule (rules/schedule.ts in @bluelamp/content): live when published, publish_at has come and
    // unpublish_at has not.
    status: text('status').$type<ContentItemStatus>().notNull(),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    unpublishAt: timestamp('unpublish_at', { withTimezone: true }),
    // When the words last changed (the editor's "Updated", the feed's <updated>).
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    // The site search (queries/search.ts): each language's words, kept by Postgres.
    searchEn: tsvector('search_en').generatedAlwaysAs(searchVector('text_en', 'english')),
    searchCy: tsvector('search_cy').generatedAlwaysAs(searchVector('text_cy', 'simple')),
  },
  (t) => [
    uniqueIndex('content_items_tenant_kind_slug_key').on(t.tenantId, t.kind, t.slug),
    // Listings, the feed and the sitemap: one force's live items of a kind, newest first.
    index('content_items_listing_idx').on(t.tenantId, t.kind, t.status, t.publishAt.desc()),
    index('content_items_search_en_idx').using('gin', t.searchEn),
    index('content_items_search_cy_idx').using('gin', t.searchCy),
    check('content_items_kind_check', sql`${t.kind} in ('news', 'appeal', 'advice', 'area', 'contact')`),
    check('content_items_status_check', sql`${t.status} in ('draft', 'published', 'unpublished')`),
    check('content_items_published_check', sql`${t.status} <> 'published' or ${t.publishAt} is not null`),
  ],
)

/** Every saved version of an item, with who saved it and when: the editor's history and the audit trail. */
export const contentRevisions = pgTable(
  'content_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    // 'system:seed' for demo content, 'staff:<uuid>' for an editor.
    actor: text('actor').notNull(),
    // The item exactly as saved, in the shape of its content schema.
    item: jsonb('item').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('content_revisions_item_idx').on(t.tenantId, t.itemId, t.createdAt)],
)

export type ContentItemRow = typeof contentItems.$inferSelect
export type ContentRevision = typeof contentRevisions.$inferSelect
