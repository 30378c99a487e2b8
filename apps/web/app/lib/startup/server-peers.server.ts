// Peers on other servers (docs/decisions/022, 023): on Postgres every web process of every server listens on one
// channel (PEER_CHANNEL) and says there what it has changed, so an editor's publish or a national notice reaches a
// second machine behind the load balancer at once, not after its page cache or notice timer runs out.
//
// One listening connection per web process, not one per server in the cluster's primary: a server on Postgres may
// run a single process with no primary at all, and a listener in each process needs no second relay through the
// primary and no message of the primary's own to say it reconnected. It costs one idle connection per core.
//
// A message is sent right after the change is committed (the editor saves, then forgets; a rolled-back change never
// reaches that line), on the app's own pool. A process ignores its own messages when they come back; it has done the
// work before sending. While the listening connection is down messages may be missed, so once it is back the process
// forgets every kept page and reads the notices again.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import type { Database } from '@bluelamp/db'
import { describeError, logger } from '../platform/logger.server.ts'
import { processSlot } from '../platform/process-slot.server.ts'
import { clearSharedPages } from '../platform/shared-page.server.ts'
import { connectServers, PEER_CHANNEL, peerNotification, readPeerNotification, receiveFromPeer, type PeerMessage } from '../platform/peers.server.ts'

/** How the listening connection shows in pg_stat_activity. */
export const PEER_LISTENER_NAME = 'bluelamp-peers'

export interface PeerListenerOptions {
  connectionString: string
  /** This process's id in the messages it sends. */
  origin: string
  /** A message from another process. */
  hear(message: PeerMessage): void
  /** The connection is back after being lost (or after failing at first): messages may have been missed. */
  missed(): void
  /** The first wait before connecting again, doubled on each failure up to maxDelayMs. */
  minDelayMs?: number
  maxDelayMs?: number
}

export interface PeerListener {
  /** Stops listening and never connects again. */
  close(): Promise<void>
  /** True while the connection is up and listening. */
  listening(): boolean
}

/** Listens on PEER_CHANNEL, connecting again with backoff whenever the connection is lost. */
export function listenToPeers(options: PeerListenerOptions): PeerListener {
  const minDelay = options.minDelayMs ?? 250
  const maxDelay = options.maxDelayMs ?? 30_000
  let client: pg.Client | undefined
  let up = false
  let closed = false
  let failures = 0
  let first = true
  let timer: ReturnType<typeof setTimeout> | undefined

  function lost(lostClient: pg.Client, error?: unknown) {
    // 'error' and 'end' both come for one loss, and late events of an old connection must not end the new one.
    if (lostClient !== client) return
    client = undefined
    up = false
    lostClient.end().catch(() => {})
    if (closed) return
    const delay = Math.min(maxDelay, minDelay * 2 ** failures)
    failures += 1
    logger.warn({ event: 'peer-listener-lost', retryInMs: delay, ...(error ? { error: describeError(error) } : {}) }, 'the peers channel connection was lost; connecting again')
    // Half to all of the delay, so the processes of every server do not come back to a restarted database at once.
    timer = setTimeout(connect, delay * (0.5 + Math.random() / 2))
    timer.unref()
  }

  async function connect() {
    timer = undefined
    if (closed) return
    const next = new pg.Client({ connectionString: options.connectionString, application_name: PEER_LISTENER_NAME, keepAlive: true })
    client = next
    next.on('error', (error) => lost(next, error))
    next.on('end', () => lost(next))
    next.on('notification', ({ channel, payload }) => {
      if (channel !== PEER_CHANNEL) return
      const read = readPeerNotification(payload)
      if (read && read.from !== options.origin) options.hear(read.message)
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${PEER_CHANNEL}`)
    } catch (error) {
      lost(next, error)
      return
    }
    if (client !== next) return
    if (closed) {
      await next.end().catch(() => {})
      return
    }
    up = true
    failures = 0
    if (!first) {
      logger.info({ event: 'peer-listener-reconnected' }, 'the peers channel is listening again; kept pages forgotten')
      options.missed()
    }
  }

  // Any later connection, a first that failed included, may have missed messages.
  void connect().finally(() => (first = false))
  return {
    listening: () => up,
    async close() {
      closed = true
      if (timer) clearTimeout(timer)
      const current = client
      client = undefined
      up = false
      await current?.end().catch(() => {})
    },
  }
}

const slot = processSlot<PeerListener>('server-peers')

/** Sends this process's changes to every server on the database, and listens for theirs. Postgres only. */
export function startServerPeers(connectionString: string, database: Database): void {
  if (slot.get() || database.driver !== 'postgres') return
  const origin = randomBytes(8).toString('hex')
  connectServers((message) => {
    database.db.execute(sql`select pg_notify(${PEER_CHANNEL}, ${peerNotification(origin, message)})`).catch((error: unknown) => {
      // The change itself is saved; the other servers catch up by their cache's lifetime and the notice timer.
      logger.warn({ event: 'peer-notify-failed', error: describeError(error) }, 'other servers were not told of a change')
    })
  })
  slot.set(
    listenToPeers({
      connectionString,
      origin,
      hear: receiveFromPeer,
      missed() {
        clearSharedPages()
        receiveFromPeer({ kind: 'notices-changed' })
      },
    }),
  )
}

export async function stopServerPeers(): Promise<void> {
  const listener = slot.get()
  slot.set(undefined)
  connectServers(undefined)
  await listener?.close()
}
