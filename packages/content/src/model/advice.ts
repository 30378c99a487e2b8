import { z } from 'zod'
import { localeSchema, type Locale } from '../locale.ts'
import { articleTextSchema, instantSchema, isoDateSchema, localisedSchema, markdownSchema, publicationSchema, serviceIdSchema, slugSchema, summarySchema, titleSchema } from './common.ts'

/**
 * The front matter of a national advice file (`content/advice/<slug>.<language>.md`). The body below it is
 * the page's Markdown.
 */
export const adviceFrontMatterSchema = z
  .object({
    slug: slugSchema,
    title: titleSchema,
    summary: summarySchema,
    /** The day the advice was last checked or changed. */
    updated: isoDateSchema,
    owner: z.literal('national'),
    language: localeSchema,
    /** Services the page points people to, shown as "Report it online" links beside the advice. */
    relatedServices: z.array(serviceIdSchema).max(6).default([]),
  })
  .strict()
export type AdviceFrontMatter = z.infer<typeof adviceFrontMatterSchema>

/** One language's version of a national advice page. */
export interface NationalAdviceVersion {
  title: string
  summary: string
  body: string
  updated: string
  relatedServices: string[]
  /** Where it came from, for messages ("content/advice/fraud-and-scams.cy.md"). */
  file: string
}

/** A national advice page: English always, Welsh when written (required of every page a Welsh force shows). */
export interface NationalAdvice {
  slug: string
  versions: { en: NationalAdviceVersion } & Partial<Record<Locale, NationalAdviceVersion>>
}

/**
 * A force's own advice. `addition` adds a section under the national page (a local scheme, a local contact);
 * `replacement` shows the force's page instead of the national one of the same slug; `local` is a page with
 * no national counterpart.
 */
export const localAdviceSchema = z.discriminatedUnion('mode', [
  z
    .object({
      kind: z.literal('advice'),
      mode: z.literal('addition'),
      slug: slugSchema,
      text: localisedSchema(z.object({ heading: titleSchema, body: markdownSchema }).strict()),
      publication: publicationSchema,
      updatedAt: instantSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('advice'),
      mode: z.enum(['replacement', 'local']),
      slug: slugSchema,
      text: localisedSchema(articleTextSchema),
      relatedServices: z.array(serviceIdSchema).max(6).default([]),
      publication: publicationSchema,
      updatedAt: instantSchema,
    })
    .strict(),
])
export type LocalAdvice = z.infer<typeof localAdviceSchema>
export type LocalAdviceMode = LocalAdvice['mode']
