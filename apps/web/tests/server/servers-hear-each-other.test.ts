// Two servers on one Postgres database, as on two machines behind a load balancer, each keeping shared pages for ten
// minutes: an editor's unpublish through one is seen on the other at once, because every web process listens on the
// peers channel (LISTEN/NOTIFY; app/lib/startup/server-peers.server.ts). And when Postgres drops that listening
// connection, the server connects again and forgets what it kept, since messages may have been missed meanwhile.
// Postgres only (the embedded database is one process's by design), so this suite needs DATABASE_URL.
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, csrfFrom, startServersOnOneDatabase, type RunningServer, type SharedDatabaseServers } from './support.ts'

const FORCE = 'leicestershire'
// Longer than the whole test: a page seen to change did not simply run out.
const KEEP = { PAGE_CACHE_SECONDS: '600', SESSION_SECRET: 'servers-hear-each-other-share-this-secret-0123', OUTBOX_WORKER: '0' }
const FIRST_PORT = Number(process.env.SERVER_PEERS_TEST_PORT ?? 4371)

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`not so within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function signedInEditor(server: RunningServer): Promise<Browser> {
  const editor = new Browser(server.port, `${FORCE}.localhost:${server.port}`)
  const signIn = await editor.send('/staff')
  const signedIn = await editor.send('/staff', { csrf: csrfFrom(signIn.body), next: '/staff/content', email: `editor@${FORCE}.example`, password: 'demo-password-1' })
  expect(signedIn.status).toBe(302)
  return editor
}

describe.runIf(Boolean(process.env.DATABASE_URL))('two servers on one Postgres database hear each other', () => {
  let running: SharedDatabaseServers
  let db: pg.Client
  let one: RunningServer
  let two: RunningServer
  let stories: { id: string; slug: string }[]

  const listenerPids = async () =>
    (await db.query<{ pid: number }>("select pid from pg_stat_activity where application_name = 'bluelamp-peers' and datname = current_database()")).rows.map((r) => r.pid)

  beforeAll(async () => {
    running = await startServersOnOneDatabase(2, KEEP, [FIRST_PORT, FIRST_PORT + 1])
    ;({ db } = running)
    ;[one, two] = running.servers as [RunningServer, RunningServer]
    stories = (
      await db.query<{ id: string; slug: string }>("select id, slug from content_items where tenant_id = $1 and kind = 'news' and status = 'published' order by slug limit 2", [FORCE])
    ).rows
    // Each server's one web process listens (and nothing else does on this database).
    await until(async () => (await listenerPids()).length === 2, 10_000)
  }, 300_000)
  afterAll(() => running?.stop())

  it('shows on the second server, at once, a story unpublished through the first', async () => {
    expect(stories).toHaveLength(2)
    const story = stories[0]!
    const visitor = new Browser(two.port, `${FORCE}.localhost:${two.port}`)
    // The second server keeps the story and the listing.
    for (let i = 0; i < 2; i++) {
      expect((await visitor.send(`/news/${story.slug}`)).status).toBe(200)
      expect((await visitor.send('/news')).body).toContain(`/news/${story.slug}"`)
    }

    const editor = await signedInEditor(one)
    const page = await editor.send(`/staff/content/${story.id}`)
    expect(page.status).toBe(200)
    const unpublished = await editor.send(`/staff/content/${story.id}`, { csrf: csrfFrom(page.body), intent: 'unpublish' })
    expect(unpublished.status).toBe(302)

    // Well within the ten minutes the second server would otherwise keep the pages for.
    const tookMs = await until(async () => (await visitor.send(`/news/${story.slug}`)).status === 404, 5_000)
    expect(tookMs).toBeLessThan(5_000)
    expect((await visitor.send('/news')).body).not.toContain(`/news/${story.slug}"`)
    // And the first server, which took the POST, forgot its own.
    expect((await new Browser(one.port, `${FORCE}.localhost:${one.port}`).send(`/news/${story.slug}`)).status).toBe(404)
  })

  it('listens again when Postgres drops the connection, and forgets the pages it kept meanwhile', async () => {
    const story = stories[1]!
    const visitor = new Browser(two.port, `${FORCE}.localhost:${two.port}`)
    expect((await visitor.send(`/news/${story.slug}`)).status).toBe(200)
    // Taken down behind the servers' backs (no message): the kept page is still served...
    await db.query("update content_items set status = 'unpublished' where id = $1", [story.id])
    expect((await visitor.send(`/news/${story.slug}`)).status).toBe(200)

    // ...until the listening connections are cut, as a Postgres restart would.
    const before = await listenerPids()
    expect(before).toHaveLength(2)
    await db.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [before])
    await until(async () => {
      const after = await listenerPids()
      return after.length === 2 && after.every((pid) => !before.includes(pid))
    }, 15_000)
    await until(async () => (await visitor.send(`/news/${story.slug}`)).status === 404, 5_000)
    expect(two.log()).toContain('peer-listener-reconnected')
    expect(one.log()).toContain('peer-listener-reconnected')

    // And they hear each other on the new connections: published again (behind their backs, and not yet kept as a
    // page, since a 404 never is), kept, then taken down through the first server.
    await db.query("update content_items set status = 'published' where id = $1", [story.id])
    for (let i = 0; i < 2; i++) expect((await visitor.send(`/news/${story.slug}`)).status).toBe(200)
    const editor = await signedInEditor(one)
    const page = await editor.send(`/staff/content/${story.id}`)
    expect((await editor.send(`/staff/content/${story.id}`, { csrf: csrfFrom(page.body), intent: 'unpublish' })).status).toBe(302)
    await until(async () => (await visitor.send(`/news/${story.slug}`)).status === 404, 5_000)
  })
})
