// Throwaway databases for tests, on either driver. Exported as `@bluelamp/db/testing` so the app's integration tests
// run on the same footing as this package's.
//
// Postgres runs get a database of their own (`bluelamp_test_<epoch>_<random>`), dropped on close, so parallel runs,
// parallel test files and the app's own tables never meet. Databases left behind by a crashed run are dropped by a
// later run once they are a few hours old.
import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { createDatabase, createDatabaseFromPglite, type Database, type Driver } from './client.ts'

const PREFIX = 'bluelamp_test_'
const STALE_SECONDS = 6 * 60 * 60

export interface TestDriver {
  name: Driver
  /** A fresh, migrated, empty database; `close()` also removes it. */
  create(): Promise<Database>
}

/** PGlite in memory always; Postgres too when DATABASE_URL is set (as in CI). */
export function testDrivers(databaseUrl: string | undefined = process.env.DATABASE_URL): TestDriver[] {
  const drivers: TestDriver[] = [{ name: 'pglite', create: createPgliteTestDatabase }]
  if (databaseUrl) drivers.push({ name: 'postgres', create: () => createPostgresTestDatabase(databaseUrl) })
  return drivers
}

let template: Promise<Blob> | undefined

/**
 * A fresh in-memory PGlite, already migrated. initdb + migrations cost seconds, so the first call builds a migrated
 * template once per process and every call after loads a copy of it (well under a second).
 */
export async function createPgliteTestDatabase(): Promise<Database> {
  template ??= (async () => {
    const client = new PGlite()
    const seed = await createDatabaseFromPglite(client)
    try {
      return await client.dumpDataDir('none')
    } finally {
      await seed.close()
    }
  })()
  // Migrating the copy is a no-op that also proves the template is current.
  return createDatabaseFromPglite(new PGlite({ loadDataDir: await template }))
}

/** Creates a new database on the server `adminUrl` points at, migrates it, and drops it again on close. */
export async function createPostgresTestDatabase(
  adminUrl: string,
  options: { max?: number } = {},
): Promise<Database & { databaseUrl: string }> {
  const name = `${PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString('hex')}`
  await withAdmin(adminUrl, async (admin) => {
    await dropStale(admin)
    await admin.query(`create database "${name}"`)
  })
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  let database: Database
  try {
    database = await createDatabase({ databaseUrl: url.toString(), max: options.max ?? 10 })
  } catch (error) {
    await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`))
    throw error
  }
  const closeDatabase = database.close
  let closed: Promise<void> | undefined
  return {
    ...database,
    databaseUrl: url.toString(),
    close() {
      closed ??= (async () => {
        await closeDatabase()
        await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`))
      })()
      return closed
    },
  }
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

async function dropStale(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    `select datname from pg_database where datname like '${PREFIX}%'`,
  )
  const cutoff = Date.now() / 1000 - STALE_SECONDS
  for (const { datname } of rows) {
    const epoch = Number(/^bluelamp_test_(\d+)_[0-9a-f]+$/.exec(datname)?.[1])
    if (Number.isFinite(epoch) && epoch < cutoff) {
      await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => {})
    }
  }
}
