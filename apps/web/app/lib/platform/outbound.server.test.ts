import { createServer, type Server } from 'node:net'
import type { AddressInfo, LookupFunction } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackofficeQueries, type Database, type OutboxRow } from '@bluelamp/db'
import { createPgliteTestDatabase } from '@bluelamp/db/testing'
import { submitBareReport } from '../testing/support.server.ts'
import { backofficeHandler } from '../delivery/backoffice-delivery.server.ts'
import { checkEndpoint, checkPrivateNetwork, parsePrivateNetworks, refusedRange, type OutboundPolicy } from './outbound.server.ts'

/** A resolver that answers from a table, as DNS would for a name someone pointed at an address of their choosing. */
function resolverFor(table: Record<string, string[]>): LookupFunction & { asked: string[] } {
  const asked: string[] = []
  const lookup = ((host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    asked.push(host)
    const addresses = table[host]
    if (!addresses) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }))
    const answers = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
    if (options.all) callback(null, answers)
    else callback(null, answers[0]!.address, answers[0]!.family)
  }) as unknown as LookupFunction & { asked: string[] }
  lookup.asked = asked
  return lookup
}

const PUBLIC: OutboundPolicy = { allowedNetworks: [], allowLoopback: false }

// Each range a delivery must never reach, with an address in it and a name pointed at it.
const REFUSED: [range: string, address: string, name: string][] = [
  ['loopback', '127.0.0.1', '127.0.0.1.nip.io'],
  ['loopback', '::1', 'six.loopback.example'],
  ['linkLocal', '169.254.169.254', '169.254.169.254.nip.io'],
  ['linkLocal', '169.254.169.254', 'metadata.google.internal'],
  ['linkLocal', 'fe80::1', 'link.local.example'],
  ['uniqueLocal', 'fd00:ec2::254', 'ec2.metadata.example'],
  ['private', '10.0.0.5', 'ten.example'],
  ['private', '172.16.3.4', 'one-seven-two.example'],
  ['private', '192.168.1.1', 'router.example'],
  ['carrierGradeNat', '100.64.0.1', 'cgnat.example'],
  ['ipv4Mapped', '::ffff:127.0.0.1', 'mapped.example'],
  ['ipv4Mapped', '::127.0.0.1', 'compatible.example'],
  ['reserved', '::7f00:1', 'ipv4-compatible.example'],
  ['rfc6052', '64:ff9b::7f00:1', 'nat64.example'],
  ['6to4', '2002:7f00:1::1', 'six-to-four.example'],
  ['teredo', '2001::1', 'teredo.example'],
  ['unspecified', '0.0.0.0', 'zero.example'],
  ['unspecified', '::', 'six-zero.example'],
  ['multicast', '224.0.0.1', 'multicast.example'],
  ['broadcast', '255.255.255.255', 'broadcast.example'],
  ['reserved', '192.0.2.10', 'test-net.example'],
  ['reserved', '240.0.0.1', 'class-e.example'],
]

describe('outbound addresses', () => {
  it.each(REFUSED)('refuses %s (%s)', (range, address) => {
    expect(refusedRange(address, PUBLIC)).toBe(range)
  })

  it('allows public addresses, IPv4 and IPv6', () => {
    expect(refusedRange('81.2.69.142', PUBLIC)).toBeNull()
    expect(refusedRange('2a00:1450:4009:81f::200e', PUBLIC)).toBeNull()
  })

  it.each(REFUSED)('refuses a name that resolves to %s (%s as %s) when the endpoint is saved', async (_range, address, name) => {
    const lookup = resolverFor({ [name]: [address] })
    expect(await checkEndpoint(new URL(`https://${name}/in`), { ...PUBLIC, lookup })).toMatchObject({ ok: false, reason: 'refused' })
    expect(lookup.asked).toEqual([name])
  })

  it('refuses a name with one public and one private address: a connection may use either', async () => {
    const lookup = resolverFor({ 'split.example': ['81.2.69.142', '10.1.1.1'] })
    expect(await checkEndpoint(new URL('https://split.example/'), { ...PUBLIC, lookup })).toMatchObject({ ok: false, reason: 'refused', range: 'private' })
  })

  it('refuses IP literals in the address itself without asking DNS', async () => {
    const lookup = resolverFor({})
    for (const url of ['https://127.0.0.1/', 'https://[::127.0.0.1]/', 'https://[64:ff9b::7f00:1]/', 'https://[fd00:ec2::254]/', 'https://[::ffff:169.254.169.254]/', 'https://2130706433/']) {
      expect(await checkEndpoint(new URL(url), { ...PUBLIC, lookup }), url).toMatchObject({ ok: false, reason: 'refused' })
    }
    expect(lookup.asked).toEqual([])
  })

  it('accepts a public name, and says when a name does not resolve', async () => {
    const lookup = resolverFor({ 'backoffice.police.example': ['81.2.69.142', '2a00:1450:4009:81f::200e'] })
    expect(await checkEndpoint(new URL('https://backoffice.police.example/'), { ...PUBLIC, lookup })).toEqual({ ok: true, addresses: ['81.2.69.142', '2a00:1450:4009:81f::200e'] })
    expect(await checkEndpoint(new URL('https://nowhere.example/'), { ...PUBLIC, lookup })).toEqual({ ok: false, reason: 'not-found' })
  })

  it("opens a force's own private network when the operator lists it, and nothing else", async () => {
    const policy = { allowedNetworks: ['10.20.0.0/16'], allowLoopback: false }
    expect(refusedRange('10.20.4.5', policy)).toBeNull()
    expect(refusedRange('10.21.4.5', policy)).toBe('private')
    expect(refusedRange('127.0.0.1', policy)).toBe('loopback')
    expect(refusedRange('169.254.169.254', policy)).toBe('linkLocal')
  })

  it('takes only private networks in BACKOFFICE_PRIVATE_NETWORKS', () => {
    expect(parsePrivateNetworks('leicestershire=10.20.0.0/16 10.21.0.0/24; gwent=fd12:3456::/48')).toEqual({
      networks: { leicestershire: ['10.20.0.0/16', '10.21.0.0/24'], gwent: ['fd12:3456::/48'] },
      problems: [],
    })
    for (const cidr of ['127.0.0.0/8', '169.254.0.0/16', '0.0.0.0/0', '8.0.0.0/4', '10.0.0.0/4', '::/0', 'fe80::/10', 'not-a-network']) {
      expect(checkPrivateNetwork(cidr), cidr).not.toBeNull()
    }
    expect(parsePrivateNetworks('leicestershire').problems).toHaveLength(1)
  })
})

describe('deliveries connect only where the checked address allows', () => {
  // A listener on this machine that counts connections: a refused delivery must never open one.
  let listener: Server
  let port = 0
  let connections = 0
  let database: Database
  let row: OutboxRow
  beforeAll(async () => {
    listener = createServer((socket) => {
      connections++
      socket.destroy()
    })
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    port = (listener.address() as AddressInfo).port
    database = await createPgliteTestDatabase()
    const { reportId } = await submitBareReport(database, 'leicestershire', 'outbound-1', 'LEI-26-OUTB-01')
    row = { id: 'o1', tenantId: 'leicestershire', reportId, payload: { reportId }, idempotencyKey: 'k' } as unknown as OutboxRow
  }, 120_000)
  afterAll(async () => {
    listener.close()
    await database?.close()
  })

  /** Points Leicestershire's endpoint at `url` and runs one delivery of its report. */
  async function deliverTo(url: string, policy: OutboundPolicy): Promise<void> {
    await createBackofficeQueries(database.db).setBackofficeEndpoint('leicestershire', url, 'secret')
    await backofficeHandler(database, { policyFor: () => policy, timeoutMs: 2000 })(row)
  }

  it.each(REFUSED)('refuses to connect to %s (%s) that a saved name now resolves to', async (_range, address, name) => {
    const lookup = resolverFor({ [name]: [address] })
    await expect(deliverTo(`http://${name}:${port}/in`, { ...PUBLIC, lookup })).rejects.toThrow('the endpoint’s address is not a public one: not sent')
    expect(lookup.asked).toEqual([name])
    expect(connections).toBe(0)
  })

  it('refuses an IP literal of this machine without connecting', async () => {
    await expect(deliverTo(`http://127.0.0.1:${port}/in`, PUBLIC)).rejects.toThrow('the endpoint’s address is not a public one: not sent')
    await expect(deliverTo(`http://[::ffff:127.0.0.1]:${port}/in`, PUBLIC)).rejects.toThrow('the endpoint’s address is not a public one: not sent')
    expect(connections).toBe(0)
  })

  it('connects to this machine only where loopback is allowed (a development server)', async () => {
    const lookup = resolverFor({ 'receiver.example': ['127.0.0.1'] })
    await expect(deliverTo(`http://receiver.example:${port}/in`, { allowedNetworks: [], allowLoopback: true, lookup })).rejects.toThrow(/network error/)
    expect(connections).toBe(1)
  })
})
