import { registry, tenantIds } from '@bluelamp/tenants/registry'

/**
 * The theme the toolbar opens on: a demo force (one with demo back-office accounts, as the README's quick start
 * uses), Leicestershire when it is one, rather than whichever force is first alphabetically.
 */
export function defaultTheme(ids: readonly string[] = tenantIds, demo: readonly string[] = demoForces()): string {
  if (demo.includes('leicestershire')) return 'leicestershire'
  return demo.find((id) => ids.includes(id)) ?? ids[0] ?? ''
}

function demoForces(): string[] {
  return Object.values(registry.tenants)
    .filter((tenant) => tenant.demoStaff)
    .map((tenant) => tenant.id)
}
