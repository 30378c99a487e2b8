// Requests this server makes to addresses someone typed (a force's push endpoint) go to public addresses only. The
// address is checked twice: when an admin saves it (every address its name resolves to, so a typing mistake or a
// name pointed at the cloud's metadata service is refused with a clear message) and again at each delivery, by
// request-filtering-agent on the very address the socket is about to connect to (so a name re-pointed since, or
// a DNS answer that changes between two lookups, cannot reach this machine or the private network either).
//
// Refused: loopback, link-local (169.254.0.0/16 holds the metadata services; fe80::/10), private and unique-local
// (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT, IPv4-mapped IPv6 (::ffff:0:0/96), NAT64 (64:ff9b::/96),
// 6to4, Teredo, multicast, broadcast, unspecified and reserved ranges: whatever ipaddr.js does not call 'unicast'.
// A force whose receiving system sits on its own private network is let through to that network alone, by the
// operator's BACKOFFICE_PRIVATE_NETWORKS setting (env.server.ts), never by what an admin types.
import { lookup as systemLookup, type LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent'

export interface OutboundPolicy {
  /** CIDR ranges of the force's own private network (BACKOFFICE_PRIVATE_NETWORKS). */
  allowedNetworks: readonly string[]
  /** Outside production only: this machine, so a receiver on a developer's machine can be tried. */
  allowLoopback: boolean
  /** Name resolution: the system's (dns.lookup), or one a test injects. */
  lookup?: LookupFunction
}

/** Ranges an operator may open to one force's deliveries: private networks, never this machine or link-local. */
export const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'] as const

const LOOPBACK_NETWORKS = ['127.0.0.0/8', '::1/128']

// Global unicast IPv6 is 2000::/3 (RFC 4291 §2.4). ipaddr.js calls some addresses outside it 'unicast' (the
// deprecated IPv4-compatible ::/96: [::127.0.0.1] is ::7f00:1), so everything outside it is refused outright.
const OUTSIDE_GLOBAL_IPV6 = ['::/3', '4000::/2', '8000::/1']

/** Null when an operator may list `cidr` for a force (it lies wholly inside one private range), else why not. */
export function checkPrivateNetwork(cidr: string): string | null {
  let network: ipaddr.IPv4 | ipaddr.IPv6
  let bits: number
  try {
    ;[network, bits] = ipaddr.parseCIDR(cidr)
  } catch {
    return 'is not a network such as 10.20.0.0/16'
  }
  const inside = PRIVATE_RANGES.some((range) => {
    const [start, rangeBits] = ipaddr.parseCIDR(range)
    return network.kind() === start.kind() && bits >= rangeBits && network.match([start, rangeBits] as never)
  })
  return inside ? null : 'must lie inside a private network (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10 or fc00::/7)'
}

function matches(address: ipaddr.IPv4 | ipaddr.IPv6, networks: readonly string[]): boolean {
  return networks.some((cidr) => {
    try {
      const [net, bits] = ipaddr.parseCIDR(cidr)
      return address.kind() === net.kind() && address.match([net, bits] as never)
    } catch {
      return false
    }
  })
}

/** Null when `address` may be connected to under `policy`; otherwise the name of the range that refuses it. */
export function refusedRange(address: string, policy: Pick<OutboundPolicy, 'allowedNetworks' | 'allowLoopback'>): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6
  try {
    parsed = ipaddr.parse(address)
  } catch {
    return 'invalid'
  }
  if (policy.allowLoopback && matches(parsed, LOOPBACK_NETWORKS)) return null
  if (matches(parsed, policy.allowedNetworks)) return null
  const range = parsed.range()
  if (range !== 'unicast') return range
  return matches(parsed, OUTSIDE_GLOBAL_IPV6) ? 'reserved' : null
}

export type EndpointCheck = { ok: true; addresses: string[] } | { ok: false; reason: 'not-found' | 'refused'; range?: string }

function resolveAll(hostname: string, lookup: LookupFunction): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    lookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses as unknown as LookupAddress[]))),
  )
}

/**
 * Resolves an endpoint's host name (or reads its IP literal) and checks every address it gives: all must be allowed,
 * since a connection may use any of them. For the admin's form, when the address is saved.
 */
export async function checkEndpoint(url: URL, policy: OutboundPolicy): Promise<EndpointCheck> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  if (isIP(host)) addresses = [host]
  else {
    try {
      addresses = (await resolveAll(host, policy.lookup ?? (systemLookup as LookupFunction))).map((a) => a.address)
    } catch {
      return { ok: false, reason: 'not-found' }
    }
  }
  if (addresses.length === 0) return { ok: false, reason: 'not-found' }
  for (const address of addresses) {
    const range = refusedRange(address, policy)
    if (range) return { ok: false, reason: 'refused', range }
  }
  return { ok: true, addresses }
}

const agents = new Map<string, RequestFilteringHttpAgent | RequestFilteringHttpsAgent>()

/**
 * The agent a delivery connects through: it refuses, at connection time, any address `refusedRange` would (the
 * operator's networks, and loopback outside production, are its allow-list). One per policy, keeping connections
 * alive between deliveries.
 */
export function outboundAgent(protocol: 'http:' | 'https:', policy: Pick<OutboundPolicy, 'allowedNetworks' | 'allowLoopback'>) {
  const allowIPAddressList = [...policy.allowedNetworks, ...(policy.allowLoopback ? LOOPBACK_NETWORKS : [])]
  const key = `${protocol}|${allowIPAddressList.join(',')}`
  let agent = agents.get(key)
  if (!agent) {
    const options = { keepAlive: true, allowIPAddressList, denyIPAddressList: OUTSIDE_GLOBAL_IPV6 }
    agent = protocol === 'https:' ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options)
    agents.set(key, agent)
  }
  return agent
}

/** True for the error request-filtering-agent gives a connection to a refused address. */
export function isRefusedAddressError(error: unknown): boolean {
  return error instanceof Error && / is not allowed\. Because/.test(error.message)
}

/**
 * BACKOFFICE_PRIVATE_NETWORKS: `<force-id>=<cidr> <cidr>;<force-id>=<cidr>`. Each force's own private networks,
 * which its push endpoint may resolve to.
 */
export function parsePrivateNetworks(value: string): { networks: Record<string, string[]>; problems: string[] } {
  const networks: Record<string, string[]> = {}
  const problems: string[] = []
  for (const entry of value.split(';').map((e) => e.trim()).filter(Boolean)) {
    const [force, list = ''] = entry.split('=', 2).map((p) => p.trim()) as [string, string?]
    if (!/^[a-z0-9-]+$/.test(force) || !list) {
      problems.push(`"${entry}" is not <force-id>=<network> <network>…`)
      continue
    }
    for (const cidr of list.split(/[\s,]+/).filter(Boolean)) {
      const problem = checkPrivateNetwork(cidr)
      if (problem) problems.push(`${force}: ${cidr} ${problem}`)
      else (networks[force] ??= []).push(cidr)
    }
  }
  return { networks, problems }
}

/** The policy for one force's deliveries under this environment (a test may add its own name resolution). */
export function outboundPolicy(
  env: { NODE_ENV: string; BACKOFFICE_PRIVATE_NETWORKS: Record<string, string[]> },
  tenantId: string,
  lookup?: LookupFunction,
): OutboundPolicy {
  return {
    allowedNetworks: env.BACKOFFICE_PRIVATE_NETWORKS[tenantId] ?? [],
    allowLoopback: env.NODE_ENV !== 'production',
    ...(lookup ? { lookup } : {}),
  }
}
