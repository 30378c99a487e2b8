// Direct reads of the database a run wrote to (after the server has stopped, for PGlite), and a fresh Postgres
// database per run so that figures never include an earlier run's rows.
import { createDatabase, queryRows } from '@bluelamp/db'
import { sql } from 'drizzle-orm'
import pg from 'pg'

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

/** Creates `bench_<stamp>` on the server of `baseUrl` and returns its URL; drop it with `dropDatabase`. */
export async function createFreshDatabase(baseUrl: string, stamp: string): Promise<string> {
  const name = `bench_${stamp.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function dropDatabase(baseUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1)
  const client = new pg.Client({ connectionString: baseUrl })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name}" with (force)`)
  } finally {
    await client.end()
  }
}
