// Shared fixtures for this package's tests (not exported).
import { randomBytes, randomUUID } from 'node:crypto'
import type { Database } from './client.ts'
import { newDraftToken } from './crypto.ts'
import type { SubmitReportInput } from './queries/index.ts'

/** A tenant id of its own per test, so tests sharing a database never see each other's rows. */
export function tenant(): string {
  return `force-${randomBytes(4).toString('hex')}`
}

export function reference(): string {
  return `TST-${randomBytes(5).toString('hex').toUpperCase()}`
}

export async function draftFor(database: Database, tenantId: string, answers: Record<string, unknown> = {}) {
  const { token, tokenHash } = newDraftToken()
  const draft = await database.queries.createDraft(tenantId, {
    serviceId: 'theft',
    serviceVersion: '1',
    tokenHash,
    answers,
  })
  return { draft, token, tokenHash }
}

export function submission(overrides: Partial<SubmitReportInput> = {}): SubmitReportInput {
  return {
    idempotencyKey: randomUUID(),
    generateReference: reference,
    serviceId: 'theft',
    serviceVersion: '1',
    answers: [{ questionId: 'what', question: 'What was stolen?', answer: 'A bicycle', value: 'A bicycle' }],
    outcome: { type: 'SUBMIT' },
    priority: 'standard',
    priorityScore: 20,
    flags: ['evidence_available'],
    rationale: [{ ruleId: 'evidence', reason: { en: 'CCTV was mentioned.', cy: 'Soniwyd am deledu cylch cyfyng.' } }],
    contact: { anonymous: false, name: 'Sam Example', email: 'Sam@Example.org' },
    verification: { email: 'Sam@Example.org', postcode: 'LE1 6AB' },
    locale: 'en',
    emails: [{ template: 'report-confirmation', to: 'Sam@Example.org' }],
    ...overrides,
  }
}
