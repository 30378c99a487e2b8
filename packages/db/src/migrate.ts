// Applies the committed drizzle-kit migrations (./migrations) with drizzle's own migrators. Applied migrations are
// recorded in drizzle.__drizzle_migrations, so running again (every start) is a no-op.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator'
import type pg from 'pg'

const JOURNAL = join('meta', '_journal.json')

// Any constant: it only has to differ from other advisory locks taken on the same database.
const MIGRATION_LOCK_KEY = 7_240_251_002

/**
 * The absolute path of this package's `migrations/` folder.
 *
 * Resolved beside this source file first. When the code has been bundled elsewhere (the web app's Vite server build
 * puts it in apps/web/build/server/index.js, where `import.meta.url` no longer points into packages/db), it falls back
 * to resolving `@bluelamp/db/migrations/...` through the package's `exports`. If neither finds the folder it throws,
 * telling the caller to pass `migrationsFolder` explicitly.
 */
export function defaultMigrationsFolder(): string {
  const candidates: string[] = []
  try {
    candidates.push(fileURLToPath(new URL('../migrations', import.meta.url)))
  } catch {
    // import.meta.url is not a file: URL (e.g. bundled into a data: or http: module)
  }
  try {
    const require = createRequire(import.meta.url)
    candidates.push(dirname(dirname(require.resolve('@bluelamp/db/migrations/meta/_journal.json'))))
  } catch {
    // not resolvable from here
  }
  const found = candidates.find((dir) => existsSync(join(dir, JOURNAL)))
  if (!found) {
    throw new Error(
      `@bluelamp/db: cannot find the migrations folder (looked in: ${candidates.join(', ') || 'nowhere'}). ` +
        `Pass { migrationsFolder } to createDatabase, e.g. the path of node_modules/@bluelamp/db/migrations.`,
    )
  }
  return found
}

export function assertMigrationsFolder(migrationsFolder: string) {
  if (!existsSync(join(migrationsFolder, JOURNAL))) {
    throw new Error(`@bluelamp/db: ${migrationsFolder} is not a migrations folder (no ${JOURNAL})`)
  }
}

// Typed loosely: the schema generic does not matter to the migrator.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migratePglite(db: PgliteDatabase<any>, migrationsFolder: string): Promise<void> {
  assertMigrationsFolder(migrationsFolder)
  await migratePgliteDb(db, { migrationsFolder })
}

/**
 * Several web processes may start at once against one Postgres: a session-level advisory lock on one dedicated
 * connection makes them take turns, so each sees the previous one's work and skips it.
 */
export async function migratePostgres(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  assertMigrationsFolder(migrationsFolder)
  const client = await pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    try {
      await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder })
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
    }
  } finally {
    client.release()
  }
}
