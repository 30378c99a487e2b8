import { afterEach, describe, expect, it, vi } from 'vitest'
import { logger } from './logger.server.ts'
import { connectPeers, connectServers, onPeerMessage, peerNotification, readPeerNotification, receiveFromPeer, tellPeers, type PeerMessage } from './peers.server.ts'
import { forgetSharedPages } from './shared-page.server.ts'

describe('the other web processes', () => {
  afterEach(() => {
    connectPeers(undefined)
    connectServers(undefined)
  })

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

describe('messages between servers (the Postgres channel)', () => {
  const FROM = '0123456789abcdef'
  afterEach(() => {
    connectServers(undefined)
    vi.restoreAllMocks()
  })

  it('are sent to the other servers as well as to this server’s processes', () => {
    const toProcesses: PeerMessage[] = []
    const toServers: PeerMessage[] = []
    connectPeers((m) => toProcesses.push(m))
    connectServers((m) => toServers.push(m))
    tellPeers({ kind: 'forget-force', tenantId: 'dyfed-powys' })
    connectPeers(undefined)
    expect(toProcesses).toEqual([{ kind: 'forget-force', tenantId: 'dyfed-powys' }])
    expect(toServers).toEqual([{ kind: 'forget-force', tenantId: 'dyfed-powys' }])
  })

  it('are small and read back as sent', () => {
    for (const message of [{ kind: 'forget-force', tenantId: 'metropolitan' }, { kind: 'notices-changed' }] as PeerMessage[]) {
      const text = peerNotification(FROM, message)
      expect(text.length).toBeLessThan(100)
      expect(readPeerNotification(text)).toEqual({ from: FROM, message })
    }
  })

  it('are ignored and logged, without their text, when they are not ours', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined)
    const junk = [
      undefined,
      '',
      'not json',
      'null',
      '"forget-force"',
      '[]',
      JSON.stringify({ kind: 'forget-force', tenantId: 'leicestershire' }),
      JSON.stringify({ from: FROM, message: { kind: 'drop-tables' } }),
      JSON.stringify({ from: FROM, message: { kind: 'forget-force' } }),
      JSON.stringify({ from: FROM, message: { kind: 'forget-force', tenantId: 7 } }),
      JSON.stringify({ from: FROM, message: { kind: 'forget-force', tenantId: '../Leicestershire' } }),
      JSON.stringify({ from: FROM, message: { kind: 'forget-force', tenantId: 'x'.repeat(64) } }),
      JSON.stringify({ from: FROM, message: { kind: 'notices-changed', extra: 'sql' } }),
      JSON.stringify({ from: FROM, message: { kind: 'notices-changed' }, extra: 1 }),
      JSON.stringify({ from: 'not-hex-16-chars', message: { kind: 'notices-changed' } }),
      JSON.stringify({ from: FROM, message: { kind: 'notices-changed' }, pad: 'x'.repeat(2000) }),
    ]
    for (const text of junk) expect(readPeerNotification(text), String(text).slice(0, 80)).toBeNull()
    expect(warn).toHaveBeenCalledTimes(junk.length)
    for (const [fields] of warn.mock.calls as unknown as [Record<string, unknown>][]) {
      expect(fields).toMatchObject({ event: 'peer-message-ignored' })
      expect(JSON.stringify(fields)).not.toMatch(/drop-tables|Leicestershire|sql/)
    }
  })
})
