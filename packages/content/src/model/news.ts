import { z } from 'zod'
import { articleTextSchema, imageSchema, instantSchema, localisedSchema, publicationSchema, slugSchema } from './common.ts'

/** A news story from the force: words, an optional picture, and when it was (or is to be) published. */
export const newsArticleSchema = z
  .object({
    kind: z.literal('news'),
    slug: slugSchema,
    text: localisedSchema(articleTextSchema),
    image: imageSchema.optional(),
    publication: publicationSchema,
    /** When the words last changed (shown as "Updated" and used by the feed). */
    updatedAt: instantSchema,
  })
  .strict()
export type NewsArticle = z.infer<typeof newsArticleSchema>
