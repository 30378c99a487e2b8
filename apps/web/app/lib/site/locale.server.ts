import { createCookie } from '@remix-run/node'
import { isLocale, type Locale } from '../../i18n/i18n.ts'
import type { Site } from './site.server.ts'

// The person's language choice. Not personal data; lasts a year; readable only by the server.
export const languageCookie = createCookie('lang', {
  path: '/',
  httpOnly: true,
  sameSite: 'lax',
  maxAge: 60 * 60 * 24 * 365,
})

export function localesFor(site: Site): readonly Locale[] {
  return site.kind === 'tenant' ? (site.tenant.locales as Locale[]) : ['en']
}

/**
 * The page language: the person's choice when this site offers it; else Welsh on one of the force's Welsh-language
 * hostnames (www.heddlu-dyfed-powys.police.uk); else the site's first locale.
 */
export async function localeFor(request: Request, site: Site): Promise<Locale> {
  const offered = localesFor(site)
  const chosen: unknown = await languageCookie.parse(request.headers.get('cookie'))
  if (isLocale(chosen) && offered.includes(chosen)) return chosen
  if (site.kind === 'tenant' && offered.includes('cy') && site.tenant.hostnamesCy.includes(site.host)) return 'cy'
  return offered[0] ?? 'en'
}

/** A same-site path to go back to after switching language; anything else goes home. */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}

export { tenantName } from './tenant-view.ts'
