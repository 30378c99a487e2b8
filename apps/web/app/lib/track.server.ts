// Track my report: reference + the email or postcode given → status and public updates. A wrong
// guess learns nothing: a wrong reference and a wrong email or postcode give the same answer after the same work
// (packages/db compares salted hashes in constant time, hashing against a dummy when no report matches), and every
// lookup takes at least MIN_RESPONSE_MS so the database's timing does not show through either.
import { setTimeout as sleep } from 'node:timers/promises'
import type { Database, TrackingView } from '@bluelamp/db'
import { normaliseReference } from '@bluelamp/triage'

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

export function readTrackForm(form: FormData): TrackInput {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.trim().slice(0, 254) : ''
  }
  return { reference: text('reference'), proof: text('proof') }
}

/** Validates, then looks the report up; never says which of reference or proof was wrong. */
export async function trackReport(database: Database, tenantId: string, input: TrackInput, now = Date.now): Promise<TrackResult> {
  const errors: TrackFieldErrors = {}
  const reference = normaliseReference(input.reference)
  if (!input.reference) errors.reference = 'referenceMissing'
  else if (!reference) errors.reference = 'referenceInvalid'
  if (!input.proof) errors.proof = 'proofMissing'
  if (!reference || !input.proof) return { kind: 'invalid', errors, values: input }

  const started = now()
  const proof = input.proof.includes('@') ? { email: input.proof } : { postcode: input.proof }
  const view = await database.queries.getReportForTracking(tenantId, reference, proof)
  const elapsed = now() - started
  if (elapsed < MIN_RESPONSE_MS) await sleep(MIN_RESPONSE_MS - elapsed)
  return view ? { kind: 'found', view } : { kind: 'not-found', values: { reference: input.reference, proof: '' } }
}
