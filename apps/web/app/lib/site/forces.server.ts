// What the platform knows of each force, for the triage engine and the pages. A force on this platform (a tenant)
// is described by its theme folder, through the generated registry; any other force by the national force list
// (@bluelamp/places: its name and where it takes reports itself). Whether a force has an area is national geography.
import { forceRecord, hasArea } from '@bluelamp/places'
import type { Tenant, TenantRegistry } from '@bluelamp/tenants'
import { availableServices, type ForceInfo, type ForceLookup } from '@bluelamp/triage'
import { forceUrl, registry as generated } from './site.server.ts'

const cached = new WeakMap<TenantRegistry, Map<string, ForceInfo | null>>()

function describe(registry: TenantRegistry, id: string): ForceInfo | null {
  const tenant = Object.hasOwn(registry.tenants, id) ? registry.tenants[id]! : undefined
  if (tenant) {
    return {
      name: { en: tenant.name, cy: tenant.nameCy ?? tenant.name },
      onPlatform: true,
      services: availableServices(tenant.options).serviceIds,
      hasArea: hasArea(id),
      welsh: tenant.locales.includes('cy'),
    }
  }
  const national = forceRecord(id)
  if (!national) return null
  return { name: { en: national.name, cy: national.name }, onPlatform: false, reportUrl: national.reportUrl, hasArea: hasArea(id), welsh: false }
}

/**
 * The engine's view of the forces, as seen from this request: a force on the platform that does not offer a service
 * is reported to on its own site here (`<id>.localhost` in development, its hostname in production).
 */
export function forcesFor(requestUrl: URL, registry: TenantRegistry = generated): ForceLookup {
  let known = cached.get(registry)
  if (!known) cached.set(registry, (known = new Map()))
  return (id) => {
    if (!known.has(id)) known.set(id, describe(registry, id))
    const info = known.get(id)
    if (!info) return undefined
    const tenant = registry.tenants[id]
    return info.onPlatform && tenant ? { ...info, reportUrl: `${forceUrl(tenant, requestUrl)}services` } : info
  }
}

/** The tenant a report goes to: the routed force, which the engine only routes to when it is on the platform. */
export function tenantById(id: string): Tenant {
  const tenant = Object.hasOwn(generated.tenants, id) ? generated.tenants[id] : undefined
  if (!tenant) throw new Error(`no force "${id}" on this platform`)
  return tenant
}
