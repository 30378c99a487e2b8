// Direct reads of the database a run wrote to (after the server has stopped, for PGlite), and a fresh Postgres
// database per run so that figures never include an earlier run's rows.
import { createDatabase, queryRows } from '@bluelamp/db'
import { sql } from 'drizzle-orm'

export interface Target {
  name: 'pglite' | 'postgres'
  /** Set for Postgres. */
  databaseUrl?: string
}

export interface StoredReport {
  reference: string
  idempotencyKey: string
  /** The contact name the bench gave ("Bench Person <n>"). */
  person: string | null
}

/** Every report in the database, read through @bluelamp/db (PGlite folder or Postgres URL). */
export async function storedReports(target: Target, dataDir: string): Promise<StoredReport[]> {
  const database = await createDatabase({ databaseUrl: target.databaseUrl, dataDir, skipMigrations: true, max: 2 })
  try {
    const rows = await queryRows<{ reference: string; idempotency_key: string; person: string | null }>(
      database.db,
      sql`select reference, idempotency_key, contact->>'name' as person from reports`,
    )
    return rows.map((r) => ({ reference: r.reference, idempotencyKey: r.idempotency_key, person: r.person }))
  } finally {
    await database.close()
  }
}
