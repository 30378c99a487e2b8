import { afterEach, describe, expect, it } from 'vitest'
import { connectPeers, onPeerMessage, receiveFromPeer, tellPeers, type PeerMessage } from './peers.server.ts'
import { forgetSharedPages } from './shared-page.server.ts'

describe('the other web processes', () => {
  afterEach(() => connectPeers(undefined))

  it('are told when a force’s kept pages are forgotten here, and this process forgets its own', () => {
    const sent: PeerMessage[] = []
    connectPeers((m) => sent.push(m))
    const forgotten: string[] = []
    const count = forgetSharedPages({ sharedPages: { forgetForce: (id) => (forgotten.push(id), 3) } }, 'leicestershire')
    expect(count).toBe(3)
    expect(forgotten).toEqual(['leicestershire'])
    expect(sent).toEqual([{ kind: 'forget-force', tenantId: 'leicestershire' }])
    tellPeers({ kind: 'notices-changed' })
    expect(sent.at(-1)).toEqual({ kind: 'notices-changed' })
  })

  it('are nobody on a process of its own: nothing is sent', () => {
    expect(() => tellPeers({ kind: 'notices-changed' })).not.toThrow()
  })

  it('hand a peer’s message to every listener here, and drop what is not a message', () => {
    const heard: PeerMessage[] = []
    const stop = onPeerMessage((m) => heard.push(m))
    receiveFromPeer({ kind: 'forget-force', tenantId: 'metropolitan' })
    receiveFromPeer({ kind: 'notices-changed' })
    for (const junk of [null, 'forget-force', { kind: 'forget-force' }, { kind: 'forget-force', tenantId: 7 }, { kind: 'drop-tables' }]) receiveFromPeer(junk)
    stop()
    receiveFromPeer({ kind: 'notices-changed' })
    expect(heard).toEqual([{ kind: 'forget-force', tenantId: 'metropolitan' }, { kind: 'notices-changed' }])
  })
})
