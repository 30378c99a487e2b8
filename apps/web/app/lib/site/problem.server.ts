// What a thrown 400/403/413/429 needs to render a clear page in the person's language. An action's error skips the
// root loader (Remix loads only routes above the error boundary), so the language travels in the error's data.
import { data } from '@remix-run/node'
import { localeFor } from './locale.server.ts'
import { resolveSite } from './site.server.ts'
import { currentServices } from '../startup/current-services.server.ts'
import type { Locale } from '../../i18n/i18n.ts'
import type { ProblemData } from './problem.ts'
import { tenantView, type TenantView } from './tenant-view.ts'

export { isProblem, type ProblemData, type ProblemReason } from './problem.ts'

export async function problemLocale(request: Request): Promise<Locale> {
  return (await problemFrame(request)).locale
}

/** The person's language and the force's frame, for a page drawn without the root loader. */
async function problemFrame(request: Request): Promise<{ locale: Locale; tenant: TenantView | null }> {
  try {
    const services = await currentServices()
    if (!services) return { locale: 'en', tenant: null }
    const site = resolveSite(request.headers, services.env)
    if (site.kind === 'unknown') return { locale: 'en', tenant: null }
    const locale = await localeFor(request, site)
    return { locale, tenant: site.kind === 'tenant' ? tenantView(site.tenant, locale) : null }
  } catch {
    return { locale: 'en', tenant: null }
  }
}

/** A Response (for `throw`) that the root ErrorBoundary renders as a clear page; no-store, as every problem is personal. */
export async function problem(request: Request, status: 400 | 403 | 413 | 429, body: Omit<ProblemData, 'locale'>, headers: Record<string, string> = {}) {
  const frame = await problemFrame(request)
  return data<ProblemData>({ ...body, ...frame }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}
