// A force's image library (schema-images.ts): an image and its widths are saved together, listed for the force's
// editors, looked up by id for its pages, and one width is read to serve. Every function takes the force first and
// runs under row-level security for it (withTenant): another force's image id is simply not found.
import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import { contentImages, contentImageVariants, type ContentImageRow } from '../schema-images.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export interface NewContentImage {
  id: string
  altEn: string
  altCy?: string | null
  filename: string
  createdBy: string
  now?: Date
  /** Every width kept, each already encoded. The largest gives the image's own width and height. */
  variants: { width: number; height: number; contentType: 'image/webp' | 'image/jpeg'; bytes: Uint8Array }[]
}

/** What a page needs to show an image: its shape, its descriptions and the widths it can be loaded at. */
export interface ContentImageInfo extends Omit<ContentImageRow, 'tenantId'> {
  widths: { width: number; height: number }[]
}

export interface ContentImageFile {
  contentType: string
  bytes: Uint8Array
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
      if (image.variants.length === 0) throw new TypeError('an image needs at least one width')
      const largest = image.variants.reduce((a, b) => (b.width > a.width ? b : a))
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

    /** One width of one of the force's images, as served; null for anything else. */
    async getContentImageFile(tenantId: string, imageId: string, width: number): Promise<ContentImageFile | null> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .select({ contentType: contentImageVariants.contentType, bytes: contentImageVariants.bytes })
          .from(contentImageVariants)
          .where(and(eq(contentImageVariants.tenantId, tenantId), eq(contentImageVariants.imageId, imageId), eq(contentImageVariants.width, width))),
      )
      return row ?? null
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
