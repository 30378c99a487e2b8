import { registry } from '@bluelamp/tenants/registry'
import { requestHost, resolveTenant, type Resolution, type Tenant } from '@bluelamp/tenants'
import type { Env } from '../platform/env.server.ts'

export { registry }
export type Site = Resolution

/** Resolve the site a request is for: a force, the national landing page, or an unknown host. */
export function resolveSite(headers: { get(name: string): string | null }, env: Pick<Env, 'TRUST_PROXY' | 'NATIONAL_HOSTS'>): Site {
  return resolveTenant(requestHost(headers, env.TRUST_PROXY), registry, { nationalHosts: env.NATIONAL_HOSTS })
}

/** All forces, A to Z by name, for the national landing page and the unknown-host page. */
export function forcesAtoZ(): Tenant[] {
  return Object.values(registry.tenants).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
}

/**
 * The address of a force's site as seen from the current request: in development `<id>.localhost:<port>`,
 * in production the force's first configured hostname.
 */
export function forceUrl(tenant: Tenant, requestUrl: URL): string {
  const { hostname, port, protocol } = new URL(requestUrl)
  const local = hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]'
  if (local) return `${protocol}//${tenant.id}.localhost${port ? `:${port}` : ''}/`
  return `https://${tenant.hostnames[0]}/`
}
