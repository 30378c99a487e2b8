import { z } from 'zod'
import { bilingualSchema, forceIdSchema, instantSchema, serviceIdSchema, titleSchema } from './common.ts'

/**
 * A notice from the national team, shown on every page of the chosen forces' sites between two moments
 * (a new national service, a change of phone number). Always in both languages: it may reach Welsh sites.
 */
export const nationalNoticeSchema = z
  .object({
    kind: z.literal('notice'),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must be lower-case letters, digits and hyphens'),
    text: bilingualSchema(
      z
        .object({
          title: titleSchema,
          /** One or two sentences of Markdown (links allowed): it sits on every page. */
          body: z.string().trim().min(1).max(600),
          /** The words of the link to the service, e.g. "Report a breach of the rules". */
          linkText: z.string().trim().min(1).max(80).optional(),
        })
        .strict(),
    ),
    startsAt: instantSchema,
    endsAt: instantSchema,
    /** Every force, or the forces named. */
    forces: z.union([z.literal('all'), z.array(forceIdSchema).min(1, 'must name at least one force')]),
    serviceId: serviceIdSchema.optional(),
  })
  .strict()
  .refine((n) => Date.parse(n.endsAt) > Date.parse(n.startsAt), { message: 'must be after startsAt', path: ['endsAt'] })
  .refine((n) => !n.serviceId || (n.text.en.linkText !== undefined && n.text.cy.linkText !== undefined), {
    message: 'a notice that links to a service needs the link’s words in English and Welsh',
    path: ['text'],
  })
export type NationalNotice = z.infer<typeof nationalNoticeSchema>
