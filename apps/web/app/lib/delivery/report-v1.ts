// report.v1: the report as a force's back-office system receives it, pushed by the delivery worker and pulled through
// GET /api/v1/reports. This zod schema is the one definition: the TypeScript type, the published JSON Schema
// (schemas/report.v1.json, written from it by `pnpm --filter @bluelamp/web report-schema` and checked by a test) and
// the check every delivered and pulled report passes in the tests (parsing one must give it back unchanged: a field
// the schema does not describe is dropped by the parse and fails the comparison). Receivers ignore fields they do not
// know, so additive changes keep version 1; anything else is report.v2.
import { REPORT_LOCALES, REPORT_PRIORITIES, REPORT_STATUSES } from '@bluelamp/db'
import { z } from 'zod'

export const REPORT_SCHEMA_ID = 'https://bluelamp.police.uk/schemas/report.v1.json'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const instant = z.iso.datetime({ offset: true })
const bilingual = z.object({ en: z.string(), cy: z.string() })

const answer = z
  .object({
    questionId: z.string(),
    question: z.string().meta({ description: 'The question exactly as the person saw it, in their language.' }),
    answer: z.string().meta({ description: 'The answer as shown to the person; several lines are separated by "\\n".' }),
    value: z.unknown().meta({ description: 'The stored value behind the answer (a string, a date, an object of fields).' }),
  })
  .meta({ description: 'One question and its answer, in the order asked.' })

const rationaleEntry = z.object({
  ruleId: z.string().meta({ description: 'The triage rule that fired.' }),
  reason: bilingual.meta({ description: 'Why it matters, in plain words, in English and Welsh.' }),
})

const evidence = z.object({
  id: z.uuid(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.int().nonnegative(),
  sha256: sha256.meta({ description: 'SHA-256 of the file as stored and delivered (an image is re-encoded on upload).' }),
  originalSha256: sha256.meta({
    description: 'SHA-256 of the file exactly as the person uploaded it; equal to sha256 when it was stored as sent.',
  }),
})

export const reportV1Schema = z
  .object({
    $schema: z.literal(REPORT_SCHEMA_ID),
    schemaVersion: z.literal(1),
    id: z.uuid().meta({ description: 'Stable for the life of the report, across transfers.' }),
    reference: z.string().meta({ description: 'The reference the reporter was given, e.g. LEI-26-7KQ4-XM.' }),
    force: z.string().meta({ description: "The force id (data.police.uk's), e.g. leicestershire." }),
    transferredFrom: z.string().nullable().meta({ description: 'The force that transferred the report here, if any.' }),
    service: z.object({
      id: z.string().meta({ description: 'The online service, e.g. theft.' }),
      version: z.string().meta({ description: 'The version of the questions and triage rules the report was made with.' }),
    }),
    submittedAt: instant,
    updatedAt: instant,
    status: z.enum(REPORT_STATUSES),
    crimeNumber: z.string().nullable(),
    locale: z.enum(REPORT_LOCALES).meta({ description: 'The language the reporter used.' }),
    priority: z.object({
      level: z.enum(REPORT_PRIORITIES),
      score: z.int(),
      flags: z.array(z.string()).meta({ description: 'Signals for the handler, e.g. vulnerable-child, repeat-victim, evidence-cctv.' }),
      rationale: z.array(rationaleEntry).meta({ description: 'Why the report has its priority: one entry per rule that fired.' }),
    }),
    answers: z.array(answer).meta({ description: 'Each question exactly as the person saw it, and their answer as given.' }),
    outcome: z
      .looseObject({ type: z.literal('SUBMIT') })
      .meta({ description: "The triage outcome as computed at submission (the engine's SUBMIT outcome, in full)." }),
    contact: z
      .looseObject({ anonymous: z.literal(false), name: z.string(), email: z.string().optional(), phone: z.string().optional() })
      .nullable()
      .meta({ description: 'How to reach the reporter; null for an anonymous report.' }),
    evidence: z.array(evidence),
    appeal: z
      .object({
        reference: z.string().meta({ description: "The appeal's reference as the force published it, e.g. LE-2026-0142." }),
      })
      .optional()
      .meta({
        description:
          "The force's appeal the report gives information about, when the reporter started it from the appeal's page (the appeal was live and taking information then). Absent otherwise.",
      }),
  })
  .meta({
    title: 'bluelamp report, version 1',
    description:
      'A report as a force\'s back-office system receives it: POSTed by the delivery worker (signed with HMAC-SHA256 over "<X-Bluelamp-Timestamp>.<body>" in X-Bluelamp-Signature as "v1=<hex>", with an Idempotency-Key header) and returned by GET /api/v1/reports. Additive changes keep version 1; anything else is report.v2.',
  })

export type ReportV1 = z.infer<typeof reportV1Schema>

/** The JSON Schema published at schemas/report.v1.json, as generated from the zod schema. */
export function reportV1JsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(reportV1Schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>
  return { $schema, $id: REPORT_SCHEMA_ID, ...schema }
}

/**
 * What is wrong with `value` as a report.v1, as readable lines (none when it conforms). Stricter than the published
 * schema on purpose: a field the schema does not describe counts as a problem here, so our own output can never
 * drift from the contract unnoticed.
 */
export function reportV1Problems(value: unknown): string[] {
  const parsed = reportV1Schema.safeParse(value)
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(report)'}: ${issue.message}`)
  return undescribed(value, parsed.data, '')
}

function undescribed(given: unknown, kept: unknown, at: string): string[] {
  if (Array.isArray(given) && Array.isArray(kept)) return given.flatMap((item, i) => undescribed(item, kept[i], `${at}[${i}]`))
  if (!isRecord(given) || !isRecord(kept)) return []
  return Object.keys(given).flatMap((key) =>
    key in kept ? undescribed(given[key], kept[key], at ? `${at}.${key}` : key) : [`${at ? `${at}.${key}` : key}: not described by report.v1`],
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
