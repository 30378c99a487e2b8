// Track my report: reference + the email or postcode given → status and public updates. A wrong
// guess learns nothing: a wrong reference and a wrong email or postcode give the same answer after the same work
// (packages/db compares salted hashes in constant time, hashing against a dummy when no report matches), and every
// lookup takes at least MIN_RESPONSE_MS so the database's timing does not show through either.
import { setTimeout as sleep } from 'node:timers/promises'
import type { Database, TrackingView } from '@bluelamp/db'
import { normaliseReference } from '@bluelamp/triage'
import { z } from 'zod'
import { formText, parseForm } from '../security/parse-form.server.ts'

export const MIN_RESPONSE_MS = 250

export interface TrackInput {
  reference: string
  proof: string
}

export type TrackFieldErrors = Partial<Record<'reference' | 'proof', 'referenceMissing' | 'referenceInvalid' | 'proofMissing'>>

export type TrackResult =
  | { kind: 'invalid'; errors: TrackFieldErrors; values: TrackInput }
  | { kind: 'not-found'; values: TrackInput }
  | { kind: 'found'; view: TrackingView }

/** The form's two fields, trimmed and cut; the reference as typed, and normalised for the lookup. */
const trackSchema = z
  .object({ reference: formText(254), proof: formText(254) })
  .superRefine(({ reference, proof }, ctx) => {
    if (!reference) ctx.addIssue({ code: 'custom', path: ['reference'], message: 'referenceMissing' })
    else if (!normaliseReference(reference)) ctx.addIssue({ code: 'custom', path: ['reference'], message: 'referenceInvalid' })
    if (!proof) ctx.addIssue({ code: 'custom', path: ['proof'], message: 'proofMissing' })
  })
  .transform((typed) => ({ typed, reference: normaliseReference(typed.reference)! }))

/** Validates, then looks the report up; never says which of reference or proof was wrong. */
export async function trackReport(database: Database, tenantId: string, form: FormData | TrackInput, now = Date.now): Promise<TrackResult> {
  const parsed = parseForm(form instanceof FormData ? form : { ...form }, trackSchema)
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors as TrackFieldErrors, values: { reference: parsed.values.reference ?? '', proof: parsed.values.proof ?? '' } }
  const { typed: input, reference } = parsed.data

  const started = now()
  const proof = input.proof.includes('@') ? { email: input.proof } : { postcode: input.proof }
  const view = await database.queries.getReportForTracking(tenantId, reference, proof)
  const elapsed = now() - started
  if (elapsed < MIN_RESPONSE_MS) await sleep(MIN_RESPONSE_MS - elapsed)
  return view ? { kind: 'found', view } : { kind: 'not-found', values: { reference: input.reference, proof: '' } }
}
