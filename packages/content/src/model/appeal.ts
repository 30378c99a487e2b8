import { z } from 'zod'
import { articleTextSchema, imageSchema, instantSchema, isoDateSchema, localisedSchema, publicationSchema, serviceIdSchema, slugSchema } from './common.ts'

export const APPEAL_KINDS = ['witnesses', 'identify', 'wanted', 'missing'] as const
export type AppealKind = (typeof APPEAL_KINDS)[number]

/**
 * Where an appeal stands, apart from whether the page is published: `open` takes information; `closed`
 * stopped taking it (its closing date passed, or the force closed it); `resolved` found the person or
 * answered the question, and says so in `outcome`.
 */
export const APPEAL_STATUSES = ['open', 'closed', 'resolved'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]

/** The reference the public quotes. Upper case, digits, hyphens and slashes, e.g. "LE-2026-0142" or "DP/2026/0077". */
export const APPEAL_REFERENCE = /^[A-Z0-9](?:[A-Z0-9/-]{1,28}[A-Z0-9])$/
export const appealReferenceSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(APPEAL_REFERENCE, 'must be 3 to 30 capital letters, digits, hyphens or slashes, such as LE-2026-0142'))

export const appealSchema = z
  .object({
    kind: z.literal('appeal'),
    slug: slugSchema,
    appealKind: z.enum(APPEAL_KINDS),
    reference: appealReferenceSchema,
    text: localisedSchema(articleTextSchema),
    /** The picture the appeal is about; its alt text is required in every language the site offers. */
    photo: imageSchema.optional(),
    /** The last day (UK time) the appeal takes information; open-ended when absent. */
    closesOn: isoDateSchema.optional(),
    status: z.enum(APPEAL_STATUSES),
    /** What happened, shown once the appeal is resolved ("Found safe and well. Thank you for sharing."). */
    outcome: localisedSchema(z.string().trim().min(1).max(300)).optional(),
    /** The online service that takes information for this appeal, opened with the reference filled in. */
    serviceId: serviceIdSchema,
    publication: publicationSchema,
    updatedAt: instantSchema,
  })
  .strict()
export type Appeal = z.infer<typeof appealSchema>
export type AppealInput = z.input<typeof appealSchema>
