import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import type { ReactNode } from 'react'
import styles from './styles/app.css?url'
import { forcesAtoZ, forceUrl } from './lib/site/site.server.ts'
import { localeFor } from './lib/site/locale.server.ts'
import { tenantView, useShellData } from './lib/site/tenant-view.ts'
import { Shell, UnknownHostPage, ErrorPage, NotFoundPage } from './components/shell.tsx'
import type { Locale } from './i18n/i18n.ts'
import { csrfToken } from './lib/security/csrf.server.ts'
import { isProblem } from './lib/site/problem.ts'
import { ProblemPage, problemText } from './components/problem-page.tsx'
import { descriptionMeta, rootLocale } from './components/journey/meta.ts'
import { translator } from './i18n/i18n.ts'
import { noticesFor } from './lib/content/notices.server.ts'

// A thrown 429 (too many attempts) carries Retry-After to the page the root's error boundary draws.
export { retryAfterHeaders as headers } from './lib/platform/headers.ts'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { site } = context
  const url = new URL(request.url)
  if (site.kind === 'unknown') {
    // Never fall back to another force: an unknown host is a 404 that lists the forces.
    throw data(
      {
        reason: 'unknown-host' as const,
        forces: forcesAtoZ().map((t) => ({ id: t.id, name: t.name, href: forceUrl(t, url) })),
      },
      { status: 404 },
    )
  }
  const locale = await localeFor(request, site)
  const tenant = site.kind === 'tenant' ? tenantView(site.tenant, locale) : null
  // National notices show on a force's public pages (not its back office), from memory (notices.server.ts).
  const notices = site.kind === 'tenant' && !url.pathname.startsWith('/staff') ? await noticesFor(context.services.database, site.tenant, locale) : []
  return {
    locale,
    tenant,
    path: url.pathname + url.search,
    notices,
    cspNonce: context.cspNonce,
    csrf: csrfToken(context),
    /** The page shows errors (an action said so): its title starts with "Error: ". */
    pageErrors: context.pageErrors === true,
    /** How long a back-office session lasts unused, for the warning before it times out (staff pages only). */
    staffIdleMinutes: url.pathname.startsWith('/staff') ? context.services.env.STAFF_SESSION_IDLE_MINUTES : undefined,
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) => {
  if (isRouteErrorResponse(error) && (error.data as { reason?: string } | null)?.reason === 'unknown-host')
    return [{ title: 'We don’t recognise this address – bluelamp' }, ...descriptionMeta(matches, (t) => t('meta.unknownHost'))]
  if (error) {
    const key = isRouteErrorResponse(error) && error.status === 404 ? 'meta.notFound' : 'meta.error'
    // A 403/413/429 thrown by an action skips the root loader; its data names the language and the force instead.
    const frame = isRouteErrorResponse(error) && isProblem(error.data) ? [{ id: 'root', data: error.data }] : matches
    const t = translator(rootLocale(frame))
    const site = (frame.find((m) => m.id === 'root')?.data as { tenant?: { name: string } | null } | undefined)?.tenant?.name ?? 'bluelamp'
    // A problem page (an expired form, too many attempts, too large) is titled by its own heading.
    const title =
      isRouteErrorResponse(error) && error.status === 404
        ? t('notFound.pageTitle')
        : isRouteErrorResponse(error) && isProblem(error.data)
          ? problemText(error.data)[0]
          : t('error.title')
    return [{ title: `${title} – ${site}` }, ...descriptionMeta(frame, (tr, { force }) => tr(key, { site: force }))]
  }
  return [{ title: data?.tenant?.name ?? 'bluelamp' }, ...descriptionMeta(matches, (t, { force }) => t(data?.tenant ? 'home.intro' : 'meta.national', { force }))]
}

export type RootData = Awaited<ReturnType<typeof loader>>

interface RouteHandle {
  /** Routes that need client JavaScript say so; every other page ships none. */
  hydrate?: boolean
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root')
  const shell = useShellData()
  const matches = useMatches()
  // A loader may opt its page in too (`hydrate: true` in its data), e.g. journeys whose quick exit needs the keyboard.
  const hydrate = matches.some(
    (m) => (m.handle as RouteHandle | undefined)?.hydrate === true || (m.data as { hydrate?: unknown } | null | undefined)?.hydrate === true,
  )
  const locale: Locale = shell.locale
  return (
    <html lang={locale} data-theme={shell.tenant?.id}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b0c0c" />
        <Meta />
        <Links />
      </head>
      <body className="bg-background text-text font-sans antialiased">
        {children}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={root?.cspNonce} />
            <Scripts nonce={root?.cspNonce} />
          </>
        ) : null}
      </body>
    </html>
  )
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) {
    const body = error.data as { reason?: string; forces?: { id: string; name: string; href: string }[] } | null
    if (body?.reason === 'unknown-host') return <UnknownHostPage forces={body.forces ?? []} />
    return (
      <Shell>
        <NotFoundPage />
      </Shell>
    )
  }
  // 403 (expired or forged form), 413 (too large), 429 (too many attempts): a clear page, nothing stored.
  if (isRouteErrorResponse(error) && isProblem(error.data))
    return (
      <Shell>
        <ProblemPage problem={error.data} />
      </Shell>
    )
  // The error itself was logged, without personal data, by entry.server's handleError.
  return <ErrorPage />
}
