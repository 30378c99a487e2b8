import type { Env } from '../platform/env.server.ts'
import { registry, resolveSite } from './site.server.ts'

let productionOrigins: string | undefined

/**
 * CSP `form-action` sources for a request. Browsers apply form-action to the redirects that follow a form submission,
 * so the national finder's GET form (→ /find → 302 to a force's site) needs the force sites allowed, on the national
 * host only; force sites keep `'self'`.
 */
export function formActionSources(headers: { get(name: string): string | null }, env: Pick<Env, 'TRUST_PROXY' | 'NATIONAL_HOSTS'>): string {
  const site = resolveSite(headers, env)
  if (site.kind !== 'national') return "'self'"
  const host = site.host
  if (host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]') return "'self' http://*.localhost:*"
  productionOrigins ??= [...new Set(Object.values(registry.tenants).map((t) => `https://${t.hostnames[0]}`))].join(' ')
  return `'self' ${productionOrigins}`
}
