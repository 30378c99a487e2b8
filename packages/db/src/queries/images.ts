// A force's image library (schema-images.ts): an image and its widths are saved together, listed for the force's
// editors, looked up by id for its pages, and one width is read to serve; its descriptions may be corrected, its
// file replaced (a new revision, the same id) and the image deleted while no page of the force uses it. Every
// function takes the force first and runs under row-level security for it (withTenant): another force's image id is
// simply not found.
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm'
import { contentItems, type ContentItemKind, type ContentItemStatus } from '../schema-content.ts'
import { ITEM_SUMMARY } from './content.ts'
import { contentImages, contentImageVariants, type ContentImageRow } from '../schema-images.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db, Tx } from '../types.ts'

/** One width of an image, already encoded. */
export interface ContentImageVariant {
  width: number
  height: number
  contentType: 'image/webp' | 'image/jpeg'
  bytes: Uint8Array
}

export interface NewContentImage {
  id: string
  altEn: string
  altCy?: string | null
  filename: string
  createdBy: string
  now?: Date
  /** Every width kept, each already encoded. The largest gives the image's own width and height. */
  variants: ContentImageVariant[]
}

/** A page of the force that uses an image, as it stands now (draft or not): what the library says of it. */
export interface ContentImageUse {
  id: string
  kind: ContentItemKind
  slug: string
  titleEn: string | null
  titleCy: string | null
  status: ContentItemStatus
  publishAt: Date | null
  unpublishAt: Date | null
  updatedAt: Date
}

/** What deleting an image did: deleted, or refused because these pages use it. */
export type DeleteContentImageResult = { deleted: true } | { deleted: false; usedBy: ContentImageUse[] }

/** What a page needs to show an image: its shape, its descriptions and the widths it can be loaded at. */
export interface ContentImageInfo extends Omit<ContentImageRow, 'tenantId'> {
  widths: { width: number; height: number }[]
}

export interface ContentImageFile {
  contentType: string
  bytes: Uint8Array
}

function largestOf(variants: readonly ContentImageVariant[]): ContentImageVariant {
  if (variants.length === 0) throw new TypeError('an image needs at least one width')
  return variants.reduce((a, b) => (b.width > a.width ? b : a))
}

/** `image:<id>` and nothing longer (an id may be the start of another), however the words around it are written. */
function markdownReference(imageId: string): string {
  return `image:${imageId.replace(/[\\^$.|?*+()[\]{}-]/g, '\\$&')}([^a-z0-9-]|$)`
}

/**
 * The force's items that use the image as they stand now: as an appeal's photo or a story's picture, or named in the
 * words of either language. A revision no longer current does not count (restoring it shows the image left out).
 */
function usesOf(tx: Tx, tenantId: string, imageId: string): Promise<ContentImageUse[]> {
  const pattern = markdownReference(imageId)
  return tx
    .select(ITEM_SUMMARY)
    .from(contentItems)
    .where(
      and(
        eq(contentItems.tenantId, tenantId),
        or(
          sql`${contentItems.fields}->'photo'->>'id' = ${imageId}`,
          sql`${contentItems.fields}->'image'->>'id' = ${imageId}`,
          sql`${contentItems.textEn}::text ~ ${pattern}`,
          sql`${contentItems.textCy}::text ~ ${pattern}`,
        ),
      ),
    )
    .orderBy(asc(contentItems.kind), asc(contentItems.slug))
}

export function imageQueries(db: Db) {
  async function infos(tenantId: string, rows: ContentImageRow[]): Promise<ContentImageInfo[]> {
    if (rows.length === 0) return []
    const widths = await withTenant(db, tenantId, (tx) =>
      tx
        .select({ imageId: contentImageVariants.imageId, width: contentImageVariants.width, height: contentImageVariants.height })
        .from(contentImageVariants)
        .where(and(eq(contentImageVariants.tenantId, tenantId), inArray(contentImageVariants.imageId, rows.map((r) => r.id))))
        .orderBy(asc(contentImageVariants.width)),
    )
    return rows.map(({ tenantId: _t, ...row }) => ({
      ...row,
      widths: widths.filter((w) => w.imageId === row.id).map(({ width, height }) => ({ width, height })),
    }))
  }

  return {
    /** Saves an image and all its widths in one transaction: it is seen whole or not at all. */
    async addContentImage(tenantId: string, image: NewContentImage): Promise<void> {
      const largest = largestOf(image.variants)
      await withTenant(db, tenantId, async (tx) => {
        await tx.insert(contentImages).values({
          tenantId,
          id: image.id,
          altEn: image.altEn,
          altCy: image.altCy ?? null,
          width: largest.width,
          height: largest.height,
          filename: image.filename,
          createdBy: image.createdBy,
          createdAt: image.now ?? new Date(),
        })
        await tx.insert(contentImageVariants).values(image.variants.map((v) => ({ tenantId, imageId: image.id, ...v })))
      })
    },

    /** The force's images, newest first. */
    async listContentImages(tenantId: string, options: { limit?: number; offset?: number } = {}): Promise<ContentImageInfo[]> {
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .select()
          .from(contentImages)
          .where(eq(contentImages.tenantId, tenantId))
          .orderBy(desc(contentImages.createdAt), asc(contentImages.id))
          .limit(Math.min(Math.max(options.limit ?? 50, 1), 200))
          .offset(Math.max(options.offset ?? 0, 0)),
      )
      return infos(tenantId, rows)
    },

    /** These images of the force, by id (an id that is not the force's is left out). */
    async getContentImages(tenantId: string, ids: readonly string[]): Promise<ContentImageInfo[]> {
      if (ids.length === 0) return []
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .select()
          .from(contentImages)
          .where(and(eq(contentImages.tenantId, tenantId), inArray(contentImages.id, [...new Set(ids)]))),
      )
      return infos(tenantId, rows)
    },

    /** One width of one of the force's images at its current revision, as served; null for anything else. */
    async getContentImageFile(tenantId: string, imageId: string, width: number, revision: number): Promise<ContentImageFile | null> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .select({ contentType: contentImageVariants.contentType, bytes: contentImageVariants.bytes })
          .from(contentImageVariants)
          .innerJoin(contentImages, and(eq(contentImages.tenantId, contentImageVariants.tenantId), eq(contentImages.id, contentImageVariants.imageId)))
          .where(
            and(
              eq(contentImageVariants.tenantId, tenantId),
              eq(contentImageVariants.imageId, imageId),
              eq(contentImageVariants.width, width),
              eq(contentImages.revision, revision),
            ),
          ),
      )
      return row ?? null
    },

    /** Corrects what the image shows in words; false when the force has no such image. */
    async describeContentImage(tenantId: string, imageId: string, alt: { altEn: string; altCy: string | null }): Promise<boolean> {
      const updated = await withTenant(db, tenantId, (tx) =>
        tx
          .update(contentImages)
          .set({ altEn: alt.altEn, altCy: alt.altCy })
          .where(and(eq(contentImages.tenantId, tenantId), eq(contentImages.id, imageId)))
          .returning({ id: contentImages.id }),
      )
      return updated.length > 0
    },

    /**
     * Puts a new file behind the image's id, in one transaction: its widths replace the old ones, its shape and file
     * name are the new file's, and its revision goes up by one. The new revision, or null when the force has no such
     * image.
     */
    async replaceContentImage(tenantId: string, imageId: string, file: { filename: string; variants: ContentImageVariant[] }): Promise<number | null> {
      const largest = largestOf(file.variants)
      return withTenant(db, tenantId, async (tx) => {
        const [updated] = await tx
          .update(contentImages)
          .set({ revision: sql`${contentImages.revision} + 1`, width: largest.width, height: largest.height, filename: file.filename })
          .where(and(eq(contentImages.tenantId, tenantId), eq(contentImages.id, imageId)))
          .returning({ revision: contentImages.revision })
        if (!updated) return null
        await tx.delete(contentImageVariants).where(and(eq(contentImageVariants.tenantId, tenantId), eq(contentImageVariants.imageId, imageId)))
        await tx.insert(contentImageVariants).values(file.variants.map((v) => ({ tenantId, imageId, ...v })))
        return updated.revision
      })
    },

    /** The force's pages that use the image now, by kind then address (drafts included). */
    async listContentImageUses(tenantId: string, imageId: string): Promise<ContentImageUse[]> {
      return withTenant(db, tenantId, (tx) => usesOf(tx, tenantId, imageId))
    },

    /**
     * Deletes the image and its widths, unless a page of the force uses it now: then nothing is deleted and the pages
     * are returned. The check and the delete are one transaction. Null when the force has no such image.
     */
    async deleteContentImage(tenantId: string, imageId: string): Promise<DeleteContentImageResult | null> {
      return withTenant(db, tenantId, async (tx) => {
        const usedBy = await usesOf(tx, tenantId, imageId)
        if (usedBy.length > 0) {
          const [exists] = await tx.select({ id: contentImages.id }).from(contentImages).where(and(eq(contentImages.tenantId, tenantId), eq(contentImages.id, imageId)))
          return exists ? { deleted: false, usedBy } : null
        }
        // Its widths go with it (the foreign key cascades).
        const deleted = await tx
          .delete(contentImages)
          .where(and(eq(contentImages.tenantId, tenantId), eq(contentImages.id, imageId)))
          .returning({ id: contentImages.id })
        return deleted.length > 0 ? { deleted: true } : null
      })
    },

    /** Whether the force has an image with this id (the demo seed adds each once). */
    async hasContentImage(tenantId: string, imageId: string): Promise<boolean> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx.select({ id: contentImages.id }).from(contentImages).where(and(eq(contentImages.tenantId, tenantId), eq(contentImages.id, imageId))),
      )
      return row !== undefined
    },
  }
}
