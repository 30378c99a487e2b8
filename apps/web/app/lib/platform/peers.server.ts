// The other web processes, here and on other servers, told when something they keep in memory has changed: a force's
// pages published or taken down (their page caches forget that force), or the national notices changed (they read
// them again). Without this an editor's "publish" showed at once only on the process that took the POST, and the
// others served the old page until their cache ran out.
//
// Two ways out, each connected by whoever can reach it: the other processes of this server through the cluster's
// primary (server/index.ts), and every process of every server on the same Postgres database through LISTEN/NOTIFY
// (startup/server-peers.server.ts). On Postgres a process of a cluster may hear one message both ways; forgetting a
// force's pages and reading the notices again are idempotent, so it does the work twice rather than keep a log of
// what it has heard. A process on its own on the embedded database has no peers and sends nothing.
import { z } from 'zod'
import { logger } from './logger.server.ts'

// A force id as the theme folders allow it (lower-case words joined by hyphens); anything else cannot name a force.
const forceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(63)

export const peerMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('forget-force'), tenantId: forceId }),
  z.strictObject({ kind: z.literal('notices-changed') }),
])
export type PeerMessage = z.infer<typeof peerMessageSchema>

/** The Postgres channel every process of every server listens on. */
export const PEER_CHANNEL = 'bluelamp_peers'

/** A message between servers: the sending process's random id, so it can tell its own message when it comes back. */
const notificationSchema = z.strictObject({ from: z.string().regex(/^[0-9a-f]{16}$/), message: peerMessageSchema })
export type PeerNotification = z.infer<typeof notificationSchema>

// Far above any message this code sends (about 80 bytes) and below Postgres's own 8000-byte limit.
const MAX_NOTIFICATION_CHARS = 1000

/** What to send on PEER_CHANNEL for `message` from the process `from`. */
export function peerNotification(from: string, message: PeerMessage): string {
  return JSON.stringify({ from, message } satisfies PeerNotification)
}

/**
 * A notification as it arrived on PEER_CHANNEL, read without trusting it: anyone who may connect to the database can
 * send on the channel. Not JSON, not one of our messages, or too long: ignored and logged (by size only, since its
 * text is not ours to copy into the log).
 */
export function readPeerNotification(text: string | undefined): PeerNotification | null {
  const chars = text?.length ?? 0
  if (text === undefined || chars > MAX_NOTIFICATION_CHARS) return ignored(chars, 'size')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return ignored(chars, 'not-json')
  }
  const parsed = notificationSchema.safeParse(value)
  return parsed.success ? parsed.data : ignored(chars, 'shape')
}

function ignored(chars: number, why: string): null {
  logger.warn({ event: 'peer-message-ignored', chars, why }, 'a message on the peers channel was not understood and was ignored')
  return null
}

let sender: ((message: PeerMessage) => void) | undefined
let serverSender: ((message: PeerMessage) => void) | undefined
const handlers = new Set<(message: PeerMessage) => void>()

/** The server's way to reach the other processes of this server (undefined: there are none). */
export function connectPeers(send: ((message: PeerMessage) => void) | undefined): void {
  sender = send
}

/** The way to reach every process of every server on the same database (undefined: there is none). */
export function connectServers(send: ((message: PeerMessage) => void) | undefined): void {
  serverSender = send
}

/** Tells every other process; this one has already done the work itself. */
export function tellPeers(message: PeerMessage): void {
  sender?.(message)
  serverSender?.(message)
}

/** Something this process keeps must change when a peer says so; returns a function that stops listening. */
export function onPeerMessage(handle: (message: PeerMessage) => void): () => void {
  handlers.add(handle)
  return () => handlers.delete(handle)
}

/** A message from a peer, as the server received it: checked, then handed to every listener here. */
export function receiveFromPeer(message: unknown): void {
  const parsed = peerMessageSchema.safeParse(message)
  if (!parsed.success) return
  for (const handle of handlers) handle(parsed.data)
}
