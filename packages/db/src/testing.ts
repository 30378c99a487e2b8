// Throwaway databases for tests, on either driver. Exported as `@bluelamp/db/testing` so the app's integration tests
// run on the same footing as this package's.
//
// Postgres runs get a database of their own (`bluelamp_test_<epoch>_<random>`), dropped on close, so parallel runs,
// parallel test files and the app's own tables never meet. Databases left behind by a crashed run are dropped by a
// later run once they are a few hours old.
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { createDatabase, createDatabaseFromPglite, type Database, type Driver } from './client.ts'
import { defaultMigrationsFolder } from './migrate.ts'

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
 * A fresh in-memory PGlite, already migrated. initdb + migrations cost seconds, so a migrated template is built once
 * and every call loads a copy of it. The template is also kept in the OS temp folder, keyed by the migrations and the
 * PGlite build, so the many processes of a test run (and later runs) share it.
 */
export async function createPgliteTestDatabase(): Promise<Database> {
  template ??= loadOrBuildTemplate()
  // Migrating the copy is a no-op that also proves the template is current.
  return createDatabaseFromPglite(new PGlite({ loadDataDir: await template }))
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const file = join(tmpdir(), 'bluelamp-db', `pglite-template-${templateKey()}.tar`)
  try {
    const blob = new Blob([await readFile(file)])
    // Prove the cached copy opens before trusting it; a torn or foreign file is rebuilt.
    const probe = new PGlite({ loadDataDir: blob })
    await probe.waitReady
    await probe.close()
    return blob
  } catch {
    // no usable cached template: build one
  }
  const client = new PGlite()
  const seed = await createDatabaseFromPglite(client)
  let blob: Blob
  try {
    blob = await client.dumpDataDir('none')
  } finally {
    await seed.close()
  }
  try {
    await mkdir(dirname(file), { recursive: true })
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
    await writeFile(partial, new Uint8Array(await blob.arrayBuffer()))
    await rename(partial, file) // atomic: readers see a whole file or none
  } catch {
    // a cache is an optimisation only
  }
  return blob
}

function templateKey(): string {
  const hash = createHash('sha256')
  const folder = defaultMigrationsFolder()
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.sql')).sort()) {
    hash.update(name).update(readFileSync(join(folder, name)))
  }
  hash.update(readFileSync(join(folder, 'meta', '_journal.json')))
  // The pnpm store path names the PGlite version; a dump from another version must not be loaded.
  hash.update(realpathSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')))
  return hash.digest('hex').slice(0, 16)
}

/** An empty database of its own on a Postgres server, for one test run, bench phase or e2e server. */
export interface ScratchDatabase {
  name: string
  databaseUrl: string
  /** Drops it, closing any connections still open to it. */
  drop(): Promise<void>
}

/**
 * Creates `<prefix><epoch>_<random>` on the server `adminUrl` points at. Databases with the same prefix left behind
 * by a crashed run are dropped first once they are `staleSeconds` old.
 */
export async function createScratchDatabase(
  adminUrl: string,
  options: { prefix?: string; staleSeconds?: number } = {},
): Promise<ScratchDatabase> {
  const prefix = options.prefix ?? PREFIX
  const name = `${prefix}${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString('hex')}`
  await withAdmin(adminUrl, async (admin) => {
    await dropStale(admin, prefix, options.staleSeconds ?? STALE_SECONDS)
    await admin.query(`create database "${name}"`)
  })
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    name,
    databaseUrl: url.toString(),
    drop: () => withAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`)).then(() => {}),
  }
}

/** Creates a new database on the server `adminUrl` points at, migrates it, and drops it again on close. */
export async function createPostgresTestDatabase(
  adminUrl: string,
  options: { max?: number } = {},
): Promise<Database & { databaseUrl: string }> {
  const scratch = await createScratchDatabase(adminUrl)
  let database: Database
  try {
    database = await createDatabase({ databaseUrl: scratch.databaseUrl, max: options.max ?? 10 })
  } catch (error) {
    await scratch.drop()
    throw error
  }
  const closeDatabase = database.close
  let closed: Promise<void> | undefined
  return {
    ...database,
    databaseUrl: scratch.databaseUrl,
    close() {
      closed ??= (async () => {
        await closeDatabase()
        await scratch.drop()
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

async function dropStale(admin: pg.Client, prefix: string, staleSeconds: number) {
  const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where starts_with(datname, $1)`, [prefix])
  const cutoff = Date.now() / 1000 - staleSeconds
  for (const { datname } of rows) {
    const epoch = Number(/^(\d+)_[0-9a-f]+$/.exec(datname.slice(prefix.length))?.[1])
    if (Number.isFinite(epoch) && epoch < cutoff) {
      await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => {})
    }
  }
}
