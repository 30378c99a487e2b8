// Helpers for this folder's tests: a throwaway database with one open draft, and requests with a CSRF cookie.
import { createDatabase, newDraftToken, type Database } from '@bluelamp/db'
import { newCsrfSecret } from './csrf-cookie.server.ts'
import { csrfToken } from './csrf.server.ts'
import { setSigningSecret } from './secrets.server.ts'

export async function memoryDatabase(): Promise<Database> {
  return createDatabase({ dataDir: ':memory:' })
}

export async function openDraft(database: Database, tenantId = 'leicestershire') {
  const { tokenHash } = newDraftToken()
  return database.queries.createDraft(tenantId, { serviceId: 'theft', serviceVersion: '1', tokenHash })
}

/** A browser's CSRF cookie and the matching form token. */
export function csrfPair() {
  setSigningSecret('test-signing-secret-that-is-long-enough-0123456789')
  const secret = newCsrfSecret()
  return { cookie: `bl_csrf=${secret}`, token: csrfToken({ csrfSecret: secret }) }
}
