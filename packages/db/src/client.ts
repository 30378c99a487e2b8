// The client factory: embedded PGlite in a data folder by default, Postgres when a DATABASE_URL is given.
// See docs/decisions/002-embedded-postgres-by-default.md.
import { existsSync } from 'node:fs'
import { chmod, mkdir, readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { SQL } from 'drizzle-orm'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import * as schema from './schema.ts'
import type { Db, Executor } from './types.ts'
import { assertMigrationsFolder, defaultMigrationsFolder, migratePglite, migratePostgres } from './migrate.ts'
import { createQueries, type Queries } from './queries/index.ts'

export type Driver = 'pglite' | 'postgres'

export interface Database {
  db: Db
  driver: Driver
  /** Every query of the data layer, bound to this database. */
  queries: Queries
  /** True when the database answers a trivial query (for /readyz). Never throws. */
  ping(): Promise<boolean>
  close(): Promise<void>
}

export interface CreateDatabaseOptions {
  /** A postgres:// URL. When set, Postgres is used and `dataDir` is ignored. */
  databaseUrl?: string
  /** PGlite's data folder (default `./.data`, created if missing), or ':memory:' for a throwaway database. */
  dataDir?: string
  /** Where the SQL migrations live; defaults to this package's `migrations/` (see `defaultMigrationsFolder`). */
  migrationsFolder?: string
  /** Postgres pool size (default 10). */
  max?: number
  /** Skip applying migrations (for tooling that only inspects). Default false. */
  skipMigrations?: boolean
}

export const DEFAULT_DATA_DIR = './.data'
export const MEMORY = ':memory:'

export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder()
  if (options.databaseUrl) return createPostgres(options.databaseUrl, migrationsFolder, options)
  return createPglite(options.dataDir ?? DEFAULT_DATA_DIR, migrationsFolder, options)
}

async function createPglite(dataDir: string, migrationsFolder: string, options: CreateDatabaseOptions) {
  if (!options.skipMigrations) assertMigrationsFolder(migrationsFolder) // before paying for PGlite's start-up
  let client: PGlite
  if (dataDir === MEMORY) {
    client = new PGlite()
  } else {
    const dir = resolve(dataDir)
    // The folder holds every report and its write-ahead log: its owner's alone (a folder made by an older version,
    // or by a permissive umask, is closed too).
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await chmod(dir, 0o700)
    if (!existsSync(join(dir, 'PG_VERSION'))) await createCluster(dir)
    client = new PGlite(dir)
    await client.waitReady
    if (await setSharedBuffers(client)) {
      // A folder laid out by an earlier version: the setting takes effect at the next start, so start again.
      await client.close()
      client = new PGlite(dir)
      await client.waitReady
    }
    // PGlite lays out a new cluster with files readable by all (0666); close them. Files made later follow the
    // process's umask, which the server sets to 077.
    await ownerOnly(dir)
  }
  return createDatabaseFromPglite(client, { ...options, migrationsFolder })
}

/**
 * The embedded database's buffer pool. Postgres touches the whole pool when it starts, so its size is resident memory
 * from the first second: PGlite's default (128 MB) made an idle server over 800 MB on its first start and 400 MB on
 * every start after. The embedded database serves one machine's people with data of tens of megabytes, and its
 * files are read through the operating system's page cache anyway; a deployment that outgrows this moves to
 * Postgres (DATABASE_URL), whose settings are its own.
 */
export const EMBEDDED_SHARED_BUFFERS = '32MB'
const SET_SHARED_BUFFERS = `alter system set shared_buffers = '${EMBEDDED_SHARED_BUFFERS}'`

/**
 * Lays out a new cluster in `dir` with the embedded buffer pool, in a worker thread of its own. PGlite keeps the
 * memory it used to lay out a cluster (some 400 MB) for as long as that instance lives, and a closed instance's
 * memory waits for a garbage collection that a quiet process may not run for minutes; a worker's memory is
 * returned the moment it ends, so a server's first start is as small as every start after it.
 */
async function createCluster(dir: string): Promise<void> {
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite')
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads')
    const { PGlite } = require(workerData.pglite)
    const client = new PGlite(workerData.dir)
    module.exports = client.waitReady
      .then(() => client.exec(workerData.setSharedBuffers))
      .finally(() => client.close())`,
    { eval: true, workerData: { dir, pglite, setSharedBuffers: SET_SHARED_BUFFERS } },
  )
  await new Promise<void>((done, fail) => {
    worker.once('error', fail)
    worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`laying out the embedded database in ${dir} failed (exit ${code})`))))
  })
}

/** Sets the buffer pool for the next start when it differs; true when it did. */
async function setSharedBuffers(client: PGlite): Promise<boolean> {
  const { rows } = await client.query<{ setting: string }>(`select current_setting('shared_buffers') as setting`)
  if (rows[0]?.setting === EMBEDDED_SHARED_BUFFERS) return false
  await client.exec(SET_SHARED_BUFFERS)
  return true
}

/** Every folder under `dir` 0700 and every file 0600. */
async function ownerOnly(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      await chmod(path, 0o700)
      await ownerOnly(path)
    } else if (entry.isFile()) await chmod(path, 0o600)
  }
}

/**
 * Adopts a PGlite instance built by the caller (extensions, `loadDataDir` from a dump…): migrates it and wraps it
 * like `createDatabase` does. The returned `close()` closes the instance.
 */
export async function createDatabaseFromPglite(
  client: PGlite,
  options: Pick<CreateDatabaseOptions, 'migrationsFolder' | 'skipMigrations'> = {},
): Promise<Database> {
  try {
    await client.waitReady
    // PGlite is one connection: drizzle's transactions go through PGlite's own transaction mutex, so concurrent
    // callers are serialised rather than interleaved (proven by the concurrent-submission tests).
    const db = drizzlePglite({ client, schema })
    if (!options.skipMigrations) await migratePglite(db, options.migrationsFolder ?? defaultMigrationsFolder())
    return wrap(db as unknown as Db, 'pglite', () => client.close())
  } catch (error) {
    await client.close().catch(() => {})
    throw error
  }
}

async function createPostgres(databaseUrl: string, migrationsFolder: string, options: CreateDatabaseOptions) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  })
  // An idle client that errors (server restart, network) must not crash the process; the pool replaces it.
  pool.on('error', () => {})
  // Nor may a client that is checked out but between two queries (inside a transaction, say) when its connection is
  // killed: pg emits that as an 'error' event on the client, which would end the process. The next query on it fails
  // (a lost-database error the web layer answers with 503), and the pool drops it when it is released.
  pool.on('connect', (client) => {
    client.on('error', () => {})
  })
  try {
    if (!options.skipMigrations) await migratePostgres(pool, migrationsFolder)
    const db = drizzleNodePg({ client: pool, schema })
    return wrap(db as unknown as Db, 'postgres', () => pool.end())
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
}

/** Runs raw SQL on either driver and returns its rows (both drivers' results carry `rows`). */
export async function queryRows<T extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

function wrap(db: Db, driver: Driver, close: () => Promise<void>): Database {
  let closed: Promise<void> | undefined
  return {
    db,
    driver,
    queries: createQueries(db),
    async ping() {
      try {
        await db.execute('select 1')
        return true
      } catch {
        return false
      }
    },
    close() {
      closed ??= close()
      return closed
    },
  }
}
