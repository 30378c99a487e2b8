// Helpers for app/lib's tests: a throwaway database with one open draft, a bare report, a live appeal, and requests
// with a CSRF cookie.
import { createDatabase, newDraftToken, type Database, type StoredContentItem } from '@bluelamp/db'
import { newCsrfSecret } from '../security/csrf-cookie.server.ts'
import { csrfToken } from '../security/csrf.server.ts'
import { setSigningSecret } from '../security/secrets.server.ts'

export async function memoryDatabase(): Promise<Database> {
  return createDatabase({ dataDir: ':memory:' })
}

export async function openDraft(database: Database, tenantId = 'leicestershire') {
  const { tokenHash } = newDraftToken()
  return database.queries.createDraft(tenantId, { serviceId: 'theft', serviceVersion: '1', tokenHash })
}

/** A theft report with nothing but what the database requires: no contact, no answers, no email. */
export function submitBareReport(database: Database, tenantId: string, idempotencyKey: string, reference: string) {
  return database.queries.submitReport(tenantId, {
    idempotencyKey,
    generateReference: () => reference,
    serviceId: 'theft',
    serviceVersion: '1',
    answers: [],
    outcome: { type: 'SUBMIT' },
    priority: 'standard',
    priorityScore: 20,
    flags: [],
    rationale: [],
    contact: null,
    locale: 'en',
  })
}

/** A browser's CSRF cookie and the matching form token. */
export function csrfPair() {
  setSigningSecret('test-signing-secret-that-is-long-enough-0123456789')
  const secret = newCsrfSecret()
  return { cookie: `bl_csrf=${secret}`, token: csrfToken({ csrfSecret: secret }) }
}

/** A live appeal for witnesses, taking information through the theft service, saying what the test gives it. */
export function liveAppeal(fields: { slug: string; reference: string; text: StoredContentItem['text']; [field: string]: unknown }): StoredContentItem {
  return {
    kind: 'appeal',
    appealKind: 'witnesses',
    status: 'open',
    serviceId: 'theft',
    publication: { status: 'published', publishAt: '2026-11-01T09:00:00Z' },
    updatedAt: '2026-11-01T09:00:00Z',
    ...fields,
  }
}
