import { parsePostcode } from '@bluelamp/places'
import { z } from 'zod'
import { instantSchema, localisedSchema, markdownSchema, publicationSchema, slugSchema, summarySchema, titleSchema } from './common.ts'

/** A postcode district (the outward code, "LE1", "SA31"), the unit a neighbourhood team's area is given in. */
export const postcodeDistrictSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine((s) => parsePostcode(s)?.kind === 'outward', { message: 'must be a postcode district such as LE1 or SA31' })

const phone = z.string().regex(/^[0-9 +()]{3,20}$/, 'must be a phone number of digits and spaces')

/** The words of a "your area" page in one language. */
export const areaTextSchema = z
  .object({
    /** The team, e.g. "Leicester City Centre neighbourhood team". */
    title: titleSchema,
    summary: summarySchema,
    /** Who the team are and what they do. */
    body: markdownSchema,
    /** What the team is working on, agreed with the community; in the same order in every language. */
    priorities: z
      .array(z.object({ title: titleSchema, detail: z.string().trim().min(1).max(600) }).strict())
      .max(10),
    /** How to reach the team beyond phone and email, e.g. "Drop in at the library on Tuesdays, 2pm to 4pm". */
    contactNote: z.string().trim().min(1).max(300).optional(),
    /** Where the next meeting is, e.g. "St Mary’s church hall, Market Street". */
    meetingPlace: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
export type AreaText = z.infer<typeof areaTextSchema>

/** A neighbourhood team's page, found by postcode. */
export const areaPageSchema = z
  .object({
    kind: z.literal('area'),
    slug: slugSchema,
    text: localisedSchema(areaTextSchema),
    postcodeDistricts: z.array(postcodeDistrictSchema).min(1, 'must list at least one postcode district').max(200),
    email: z.email('must be an email address').optional(),
    phone: phone.optional(),
    /** When the next community meeting starts; the place is in each language's text. */
    nextMeetingAt: instantSchema.optional(),
    publication: publicationSchema,
    updatedAt: instantSchema,
  })
  .strict()
export type AreaPage = z.infer<typeof areaPageSchema>
export type AreaPageInput = z.input<typeof areaPageSchema>

/** The force's contact page: its own words, above the contact facts of the force's theme. */
export const contactPageSchema = z
  .object({
    kind: z.literal('contact'),
    text: localisedSchema(z.object({ title: titleSchema, summary: summarySchema, body: markdownSchema }).strict()),
    /** Show the force's numbers, address and opening hours (from its theme) under the words. */
    showForceContacts: z.boolean().default(true),
    publication: publicationSchema,
    updatedAt: instantSchema,
  })
  .strict()
export type ContactPage = z.infer<typeof contactPageSchema>
