// Pictures a force puts in its own pages: an appeal's photo, a news story's picture, an image in a page's words
// (docs/decisions/024-content-images-and-appeal-links.md). Each upload is decoded and encoded again by the web app
// (no metadata survives), at a few widths; every width is kept here, small enough to be one row each. Force data,
// under the same row-level security as the rest: one force's image is never served on another force's site.
import { sql } from 'drizzle-orm'
import { check, customType, foreignKey, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

/** Raw bytes (both drivers take and give a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/**
 * One uploaded image: its id (what content refers to), its description in each language, and who added it. Its
 * file may be replaced under the same id (a new revision) and it may be deleted while no page uses it.
 */
export const contentImages = pgTable(
  'content_images',
  {
    tenantId: text('tenant_id').notNull(),
    // Lower case letters, digits and hyphens (the content model's imageIdSchema), random, never reused.
    id: text('id').notNull(),
    altEn: text('alt_en').notNull(),
    altCy: text('alt_cy'),
    // Counts the files the picture has had: 1 as uploaded, one more each time it is replaced. Its addresses carry it
    // (every width is served immutable), so a replaced picture is at new addresses and no cache shows the old one.
    revision: integer('revision').notNull().default(1),
    // The largest width kept, and its height: the picture's shape for every width.
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    // The name the file had when uploaded, for the library's list only.
    filename: text('filename').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'content_images_pkey', columns: [t.tenantId, t.id] }), check('content_images_revision_check', sql`${t.revision} >= 1`)],
)

/** One width of an image, encoded as WebP, as it is served. */
export const contentImageVariants = pgTable(
  'content_image_variants',
  {
    tenantId: text('tenant_id').notNull(),
    imageId: text('image_id').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    primaryKey({ name: 'content_image_variants_pkey', columns: [t.tenantId, t.imageId, t.width] }),
    foreignKey({ name: 'content_image_variants_image_fk', columns: [t.tenantId, t.imageId], foreignColumns: [contentImages.tenantId, contentImages.id] }).onDelete('cascade'),
    check('content_image_variants_type_check', sql`${t.contentType} in ('image/webp', 'image/jpeg')`),
  ],
)

export type ContentImageRow = typeof contentImages.$inferSelect
export type ContentImageVariantRow = typeof contentImageVariants.$inferSelect
