// The listening connection between servers, on a real Postgres (LISTEN/NOTIFY is not in the embedded database):
// it hears other processes' messages and not its own or junk, and when Postgres drops it (a restart, or an
// administrator's pg_terminate_backend) it connects again and says messages may have been missed.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createScratchDatabase, type ScratchDatabase } from '@bluelamp/db/testing'
import { PEER_CHANNEL, peerNotification, type PeerMessage } from '../platform/peers.server.ts'
import { listenToPeers, PEER_LISTENER_NAME, type PeerListener } from './server-peers.server.ts'

const ME = 'aaaaaaaaaaaaaaaa'
const OTHER = 'bbbbbbbbbbbbbbbb'

describe.runIf(Boolean(process.env.DATABASE_URL))('the peers channel between servers', () => {
  let scratch: ScratchDatabase
  let sender: pg.Client
  let listener: PeerListener | undefined
  const heard: PeerMessage[] = []
  let missed = 0

  const notify = (text: string) => sender.query('select pg_notify($1, $2)', [PEER_CHANNEL, text])
  const listenerPids = async () =>
    (await sender.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1 and datname = current_database()', [PEER_LISTENER_NAME])).rows.map((r) => r.pid)

  beforeAll(async () => {
    scratch = await createScratchDatabase(process.env.DATABASE_URL!, { prefix: 'bluelamp_peers_', staleSeconds: 3600 })
    sender = new pg.Client({ connectionString: scratch.databaseUrl })
    await sender.connect()
  })
  afterAll(async () => {
    await listener?.close()
    await sender?.end()
    await scratch?.drop()
  })

  it('hears other processes, not itself or junk, and listens again after the connection is dropped', async () => {
    listener = listenToPeers({ connectionString: scratch.databaseUrl, origin: ME, hear: (m) => heard.push(m), missed: () => (missed += 1), minDelayMs: 50, maxDelayMs: 200 })
    await vi.waitFor(() => expect(listener!.listening()).toBe(true), { timeout: 10_000 })
    expect(missed).toBe(0)

    await notify(peerNotification(ME, { kind: 'forget-force', tenantId: 'leicestershire' }))
    await notify('{"kind":"forget-force","tenantId":"leicestershire"}')
    await notify(peerNotification(OTHER, { kind: 'forget-force', tenantId: 'metropolitan' }))
    await vi.waitFor(() => expect(heard).toEqual([{ kind: 'forget-force', tenantId: 'metropolitan' }]), { timeout: 5_000 })

    const [pid] = await listenerPids()
    expect(pid).toBeDefined()
    await sender.query('select pg_terminate_backend($1)', [pid])
    await vi.waitFor(
      async () => {
        expect(missed).toBe(1)
        expect(listener!.listening()).toBe(true)
        const pids = await listenerPids()
        expect(pids).toHaveLength(1)
        expect(pids[0]).not.toBe(pid)
      },
      { timeout: 10_000, interval: 50 },
    )

    await notify(peerNotification(OTHER, { kind: 'notices-changed' }))
    await vi.waitFor(() => expect(heard.at(-1)).toEqual({ kind: 'notices-changed' }), { timeout: 5_000 })

    // Closed, it lets go of its connection and does not come back.
    await listener.close()
    expect(listener.listening()).toBe(false)
    await new Promise((r) => setTimeout(r, 400))
    expect(await listenerPids()).toEqual([])
    expect(missed).toBe(1)
  })
})
