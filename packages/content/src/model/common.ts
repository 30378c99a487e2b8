// Field schemas every content type shares. Schemas check shape (what may be stored); whether a page may go
// live is a separate question answered by rules/publish.ts, so an editor can save an unfinished draft.
import { serviceIds } from '@bluelamp/triage'
import { z } from 'zod'
import { MAX_MARKDOWN_LENGTH } from '../markdown/render.ts'
import { slugSchema } from '../slug.ts'

export { slugSchema }

export const forceIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a force id such as "leicestershire"')

/** A calendar date, 'YYYY-MM-DD', that exists (no 31 June). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'must be a real date')

/** A moment in time with its offset, e.g. '2026-12-01T09:00:00Z' or '2026-07-01T09:00:00+01:00'. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'must be a date and time such as 2026-12-01T09:00:00Z' })

/** Uploaded images are known by the id the upload path gave them (lower case letters, digits, hyphens). */
export const imageIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must be the id of an uploaded image')

export const markdownSchema = z.string().max(MAX_MARKDOWN_LENGTH, `must be ${MAX_MARKDOWN_LENGTH.toLocaleString('en-GB')} characters or fewer`)

export const titleSchema = z.string().trim().min(1, 'must not be empty').max(120, 'must be 120 characters or fewer')
export const summarySchema = z.string().trim().min(1, 'must not be empty').max(300, 'must be 300 characters or fewer')
/** Alt text says what an image shows to someone who cannot see it; GOV.UK keeps it short. */
export const altSchema = z.string().trim().min(1, 'must describe the image').max(250, 'must be 250 characters or fewer')

/** A service of the national catalogue (the triage package's ids). */
export const serviceIdSchema = z.string().refine((id) => serviceIds.includes(id), { message: 'is not a service in the national catalogue' })

/** Text in English and, where written, Welsh. Either may be missing in a draft; publishing needs English, and Welsh on a Welsh force. */
export function localisedSchema<T extends z.ZodType>(inner: T) {
  return z
    .object({ en: inner.optional(), cy: inner.optional() })
    .strict()
    .refine((v) => v.en !== undefined || v.cy !== undefined, { message: 'needs an English or a Welsh version' })
}

/** Text that must exist in both languages (national notices go to Welsh and English sites alike). */
export function bilingualSchema<T extends z.ZodType>(inner: T) {
  return z.object({ en: inner, cy: inner }).strict()
}

/** An uploaded image with its description in each language. */
export const imageSchema = z
  .object({
    id: imageIdSchema,
    alt: z.object({ en: altSchema.optional(), cy: altSchema.optional() }).strict(),
  })
  .strict()
export type ContentImage = z.infer<typeof imageSchema>

/**
 * What the editor last did with a page, and when it is (or was) to be seen. `publishAt` is set when it is
 * published (to the moment of publishing, or a later moment to schedule it); `unpublishAt` takes it down
 * by itself. See rules/schedule.ts.
 */
export const publicationSchema = z
  .object({
    status: z.enum(['draft', 'published', 'unpublished']),
    publishAt: instantSchema.optional(),
    unpublishAt: instantSchema.optional(),
  })
  .strict()
  .refine((p) => p.status !== 'published' || p.publishAt !== undefined, { message: 'a published page needs publishAt', path: ['publishAt'] })
  .refine((p) => !p.publishAt || !p.unpublishAt || Date.parse(p.unpublishAt) > Date.parse(p.publishAt), {
    message: 'must be after publishAt',
    path: ['unpublishAt'],
  })
export type Publication = z.infer<typeof publicationSchema>

/** The words of an article-like page in one language. */
export const articleTextSchema = z.object({ title: titleSchema, summary: summarySchema, body: markdownSchema }).strict()
export type ArticleText = z.infer<typeof articleTextSchema>
