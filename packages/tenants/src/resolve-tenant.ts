import type { Tenant, TenantRegistry } from './schema.ts'

export type Resolution =
  | { kind: 'tenant'; tenant: Tenant; host: string }
  | { kind: 'national'; host: string }
  | { kind: 'unknown'; host: string }

export interface ResolveOptions {
  /** Hosts that serve the national landing page (lower case, no port). */
  nationalHosts?: readonly string[]
}

export const DEFAULT_NATIONAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const

// RFC 1035 allows 253 characters in a name; anything longer is not a hostname we could have configured.
const MAX_HOST_LENGTH = 253
const LABELS = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/

/**
 * Normalise a Host header value: lower case, no port, no trailing dot.
 * Returns null for anything that is not a plausible hostname or bracketed IPv6 literal.
 */
export function normaliseHost(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null
  let host = raw.trim().toLowerCase()
  if (host.length === 0 || host.length > MAX_HOST_LENGTH + 7) return null
  if (host.startsWith('[')) {
    // IPv6 literal, optionally with a port: [::1]:3000
    const end = host.indexOf(']')
    if (end < 0) return null
    const rest = host.slice(end + 1)
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return null
    const literal = host.slice(0, end + 1)
    return /^\[[0-9a-f:.]+\]$/.test(literal) ? literal : null
  }
  const colon = host.indexOf(':')
  if (colon >= 0) {
    if (!/^\d{1,5}$/.test(host.slice(colon + 1))) return null
    host = host.slice(0, colon)
  }
  if (host.endsWith('.')) host = host.slice(0, -1)
  if (host.length === 0 || host.length > MAX_HOST_LENGTH || !LABELS.test(host)) return null
  return host
}

/**
 * Map a request's Host header to a force, the national landing page, or nothing.
 * Never falls back to some other force: an unrecognised host is 'unknown'.
 *
 * - a configured hostname or alias of a force → that force
 * - `<force-id>.localhost` (development; RFC 6761 reserves .localhost for loopback) → that force
 * - a national host (bare `localhost` by default) → the national landing page
 */
export function resolveTenant(
  rawHost: string | null | undefined,
  registry: TenantRegistry,
  options: ResolveOptions = {},
): Resolution {
  const host = normaliseHost(rawHost)
  if (host === null) return { kind: 'unknown', host: '' }

  if (Object.hasOwn(registry.hosts, host)) {
    const id = registry.hosts[host]!
    if (Object.hasOwn(registry.tenants, id)) return { kind: 'tenant', tenant: registry.tenants[id]!, host }
  }

  if (host.endsWith('.localhost')) {
    const id = host.slice(0, -'.localhost'.length)
    // Own-property check so that "constructor.localhost" and friends never match.
    if (!id.includes('.') && Object.hasOwn(registry.tenants, id)) {
      return { kind: 'tenant', tenant: registry.tenants[id]!, host }
    }
    return { kind: 'unknown', host }
  }

  const national = options.nationalHosts ?? DEFAULT_NATIONAL_HOSTS
  if (national.includes(host)) return { kind: 'national', host }
  return { kind: 'unknown', host }
}

/** The host a request should be resolved by: X-Forwarded-Host only behind a trusted proxy. */
export function requestHost(
  headers: { get(name: string): string | null },
  trustProxy: boolean,
): string | null {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-host')
    // A proxy chain may append several values; the first is the one the client asked for.
    if (forwarded) return forwarded.split(',')[0]!.trim()
  }
  return headers.get('host')
}
