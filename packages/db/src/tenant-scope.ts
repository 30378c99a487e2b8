// Row-level security, the second wall between forces (docs/decisions/009).
//
// Every table of force data has ENABLE + FORCE ROW LEVEL SECURITY and a policy for the role `bluelamp_app` that
// admits only rows whose tenant_id equals `current_setting('app.tenant_id', true)` (migrations/0002_rls.sql).
// `withTenant` opens a transaction, switches to that role (it owns no table, so the policy binds it) and sets the
// tenant for that transaction only: whatever a query inside forgets, it cannot read or write another force's rows,
// and with no tenant set it sees nothing at all. The first wall stays too: every query also filters on tenant_id.
import { sql } from 'drizzle-orm'
import type { Db, Tx } from './types.ts'

/** The non-owner role tenant-scoped work runs as. Created by the RLS migration. */
export const APP_ROLE = 'bluelamp_app'

export async function enterTenant(tx: Tx, tenantId: string): Promise<void> {
  if (!tenantId) throw new Error('a tenant id is required')
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE.
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`)
}

/** Runs `fn` in a transaction bound to one tenant by row-level security. */
export function withTenant<T>(db: Db, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await enterTenant(tx, tenantId)
    return fn(tx)
  })
}

/** As the app role with no tenant set: for tests that prove such a transaction sees nothing. */
export function withoutTenant<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`))
    return fn(tx)
  })
}
