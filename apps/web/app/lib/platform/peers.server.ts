// The other web processes of this server (node:cluster), told when something they keep in memory has changed: a
// force's pages published or taken down (their page caches forget that force), or the national notices changed
// (they read them again). Without this an editor's "publish" showed at once only on the process that took the POST,
// and the others served the old page until their cache ran out. The server connects the channel (through the
// cluster's primary, server/index.ts); a process on its own has no peers and sends nothing. Processes on other
// machines are not reached: they catch up by their cache's lifetime and the notices' refresh timer.
export type PeerMessage = { kind: 'forget-force'; tenantId: string } | { kind: 'notices-changed' }

let sender: ((message: PeerMessage) => void) | undefined
const handlers = new Set<(message: PeerMessage) => void>()

/** The server's way to reach the other processes (undefined: there are none). */
export function connectPeers(send: ((message: PeerMessage) => void) | undefined): void {
  sender = send
}

/** Tells every other process; this one has already done the work itself. */
export function tellPeers(message: PeerMessage): void {
  sender?.(message)
}

/** Something this process keeps must change when a peer says so; returns a function that stops listening. */
export function onPeerMessage(handle: (message: PeerMessage) => void): () => void {
  handlers.add(handle)
  return () => handlers.delete(handle)
}

/** A message from a peer, as the server received it: checked, then handed to every listener here. */
export function receiveFromPeer(message: unknown): void {
  const m = message as Partial<PeerMessage> | null
  const valid = m?.kind === 'notices-changed' || (m?.kind === 'forget-force' && typeof m.tenantId === 'string')
  if (!valid) return
  for (const handle of handlers) handle(m as PeerMessage)
}
