// What pages need to know about the force to draw its frame: the root loader's data, and the data of a thrown
// 403/413/429 (an action's error skips the root loader, so the frame travels with the error).
import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from '@remix-run/react'
import type { Tenant } from '@bluelamp/tenants'
import type { Locale } from '../../i18n/i18n.ts'

export interface TenantView {
  id: string
  name: string
  shortName: string
  logoSvg: string
  contact: Tenant['contact']
  locales: Tenant['locales']
  social: Tenant['social']
}

/** The force's name in the page's language (Welsh forces have a Welsh name). */
export function tenantName(tenant: Pick<Tenant, 'name' | 'nameCy'>, locale: Locale): string {
  return locale === 'cy' && tenant.nameCy ? tenant.nameCy : tenant.name
}

export function tenantView(tenant: Tenant, locale: Locale): TenantView {
  return {
    id: tenant.id,
    name: tenantName(tenant, locale),
    shortName: (locale === 'cy' ? tenant.shortNameCy : undefined) ?? tenant.shortName,
    logoSvg: tenant.logoSvg,
    // The footer's address in the page's language, where the force gives one in Welsh.
    contact: { ...tenant.contact, address: (locale === 'cy' ? tenant.contact.addressCy : undefined) ?? tenant.contact.address },
    locales: tenant.locales,
    social: tenant.social,
  }
}

export interface ShellData {
  locale: Locale
  tenant: TenantView | null
  path?: string
  cspNonce?: string
  /** National notices on this page (content/notices.server.ts). */
  notices?: { id: string; title: string; html: string; link?: { href: string; text: string } }[]
}

/** The frame's data: from the root loader, or else from a thrown problem that carries it. */
export function useShellData(): ShellData {
  const root = useRouteLoaderData('root') as ShellData | undefined
  const error = useRouteError()
  if (root) return root
  if (isRouteErrorResponse(error)) {
    const carried = error.data as Partial<ShellData> | null
    if (carried?.locale) return { locale: carried.locale, tenant: carried.tenant ?? null }
  }
  return { locale: 'en', tenant: null }
}
