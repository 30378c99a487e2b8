import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { createDatabase, EMBEDDED_SHARED_BUFFERS, queryRows } from './client.ts'
import { defaultMigrationsFolder } from './migrate.ts'
import { createPostgresTestDatabase, testDrivers } from './testing.ts'
import { tenant } from './test-helpers.ts'

// The report-data tables of the first migration; later migrations add more (staff, audit…).
const TABLES = ['deflections', 'drafts', 'evidence', 'outbox', 'rate_limits', 'report_events', 'reports']
const JOURNAL_ENTRIES = (
  JSON.parse(readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length

describe('defaultMigrationsFolder', () => {
  it('finds the committed drizzle-kit migrations', () => {
    const folder = defaultMigrationsFolder()
    expect(existsSync(join(folder, 'meta', '_journal.json'))).toBe(true)
  })

  it('refuses a folder that holds no migrations, saying which', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'bluelamp-nomig-'))
    await expect(createDatabase({ dataDir: ':memory:', migrationsFolder: empty })).rejects.toThrow(empty)
    await rm(empty, { recursive: true })
  })
})

describe.each(testDrivers())('client on $name', ({ name, create }) => {
  it('migrates a new database: every table exists, and ping answers', async () => {
    const database = await create()
    try {
      expect(database.driver).toBe(name)
      const tables = await queryRows<{ table_name: string }>(
        database.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      )
      expect(tables.map((r) => r.table_name)).toEqual(expect.arrayContaining(TABLES))
      expect(await database.ping()).toBe(true)
    } finally {
      await database.close()
    }
    expect(await database.ping()).toBe(false)
  })

  it('close is safe to call twice', async () => {
    const database = await create()
    await database.close()
    await expect(database.close()).resolves.toBeUndefined()
  })
})

describe('PGlite in a data folder', () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })

  it('creates the folder, keeps data across close and reopen, and re-running migrations changes nothing', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'bluelamp-pglite-'))
    dirs.push(parent)
    const dataDir = join(parent, 'nested', '.data')
    const tenantId = tenant()

    const first = await createDatabase({ dataDir })
    expect(first.driver).toBe('pglite')
    expect(existsSync(dataDir)).toBe(true)
    // A new cluster is started again with the smaller buffer pool at once, not from the second start on.
    expect(await queryRows(first.db, sql`select current_setting('shared_buffers') as setting`)).toEqual([
      { setting: EMBEDDED_SHARED_BUFFERS },
    ])
    await first.queries.countDeflection(tenantId, 'theft', 'EMERGENCY', null, '2025-05-05')
    const migrations = await queryRows(first.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
    await first.close()

    const second = await createDatabase({ dataDir })
    try {
      const again = await queryRows(second.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
      expect(again).toEqual(migrations)
      expect(migrations).toEqual([{ n: JOURNAL_ENTRIES }])
      expect(await second.queries.countDeflection(tenantId, 'theft', 'EMERGENCY', null, '2025-05-05')).toBe(2)
      expect(await queryRows(second.db, sql`select current_setting('shared_buffers') as setting`)).toEqual([
        { setting: EMBEDDED_SHARED_BUFFERS },
      ])
    } finally {
      await second.close()
    }
  }, 180_000) // two cold PGlite start-ups (initdb, then recovery)
})

describe.runIf(process.env.DATABASE_URL)('Postgres start-up', () => {
  it('re-running migrations on start is a no-op, even with several processes starting at once', async () => {
    const database = await createPostgresTestDatabase(process.env.DATABASE_URL!)
    try {
      const url = database.databaseUrl
      const tenantId = tenant()
      await database.queries.countDeflection(tenantId, 'theft', 'ADVICE', null, '2025-01-01')
      const starts = await Promise.all([1, 2, 3, 4].map(() => createDatabase({ databaseUrl: url, max: 2 })))
      for (const other of starts) {
        expect(await other.ping()).toBe(true)
        await other.close()
      }
      const applied = await queryRows(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`)
      expect(applied).toEqual([{ n: JOURNAL_ENTRIES }])
      expect(await database.queries.countDeflection(tenantId, 'theft', 'ADVICE', null, '2025-01-01')).toBe(2)
    } finally {
      await database.close()
    }
  })

  it('an unreachable server fails creation with the driver error', async () => {
    await expect(createDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow()
  })
})
