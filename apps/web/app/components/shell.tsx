import type { ReactNode } from 'react'
import { useMatches } from '@remix-run/react'
import { Footer, Header, Main, PhaseBanner, SiteNotice, SkipLink, WarningText, WidthContainer } from '@bluelamp/ui'
import { translator, type Locale } from '../i18n/i18n.ts'
import { useT } from '../lib/site/use-t.ts'
import { useShellData } from '../lib/site/tenant-view.ts'
import { QuickExit, quickExitWanted } from './journey/journey-frame.tsx'

function ForceLogo({ svg }: { svg: string }) {
  // The logo was checked at build time to be a small SVG with no scripts or external references.
  return <span className="inline-block h-10 w-10 shrink-0 [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
}

const NATIONAL_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" aria-hidden="true" focusable="false"><path fill="currentColor" d="M18 6h12v5H18zM14 13h20l3 19H11l3-19Zm-6 21h32v8H8z"/></svg>'

/**
 * The page frame of every force and the national site: skip link, header, phase banner, main (with quick exit on the
 * force's public pages that need it), footer.
 */
export function Shell({ children }: { children: ReactNode }) {
  const root = useShellData()
  const t = useT()
  const matches = useMatches()
  const tenant = root?.tenant ?? null
  const quickExit = quickExitWanted(matches, tenant !== null)
  const locale = root?.locale ?? 'en'
  const otherLocale = tenant?.locales.find((l) => l !== locale) as Locale | undefined
  const returnTo = root?.path ?? '/'
  const navigation = tenant
    ? [
        { href: '/services', label: t('common.services') },
        { href: '/news', label: t('content.nav.news') },
        { href: '/appeals', label: t('content.nav.appeals') },
        { href: '/advice', label: t('content.nav.advice') },
        { href: '/your-area', label: t('content.nav.yourArea') },
        { href: '/track', label: t('common.trackReport') },
      ]
    : []

  return (
    <>
      <SkipLink href="#main-content">{t('common.skipLink')}</SkipLink>
      <Header
        homeHref="/"
        logo={<ForceLogo svg={tenant?.logoSvg ?? NATIONAL_LOGO} />}
        title={tenant?.name ?? 'bluelamp'}
        navigation={navigation}
        navigationLabel={t('common.navigation')}
        languageToggle={
          otherLocale
            ? {
                href: `/language?to=${otherLocale}&returnTo=${encodeURIComponent(returnTo)}`,
                label: translator(otherLocale === 'cy' ? 'en' : 'cy')('common.languageToggle'),
                lang: otherLocale,
                hrefLang: otherLocale,
              }
            : undefined
        }
      />
      <WidthContainer>
        <PhaseBanner phase={t('common.phase')}>{t('common.phaseBanner')}</PhaseBanner>
        <Main lang={locale}>
          {quickExit ? <QuickExit t={t} /> : null}
          {(root?.notices ?? []).map((notice) => (
            <SiteNotice key={notice.id} label={t('notices.label')} title={notice.title} link={notice.link} data-notice={notice.id}>
              {/* Rendered from Markdown and sanitised by @bluelamp/content (the notice's one or two sentences). */}
              <div dangerouslySetInnerHTML={{ __html: notice.html }} />
            </SiteNotice>
          ))}
          {children}
        </Main>
      </WidthContainer>
      <Footer
        links={[
          ...(tenant ? [{ href: '/contact', label: t('content.nav.contact') }] : []),
          ...(tenant ? [{ href: '/search', label: t('search.nav') }] : []),
          { href: '/accessibility', label: t('common.accessibility') },
          { href: '/privacy', label: t('common.privacy') },
          { href: '/cookies', label: t('common.cookies') },
        ]}
        linksLabel={t('common.footerNavigation')}
        meta={<p>{t('common.poweredBy')}</p>}
      >
        <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('common.emergencyWarning')}</WarningText>
        {tenant ? (
          <ul className="mt-4 space-y-1">
            <li>{t('common.nonEmergency', { number: tenant.contact.nonEmergency })}</li>
            <li>{t('common.textphone', { number: tenant.contact.textphone })}</li>
            <li>{t('common.emergencyTextRelay', { number: tenant.contact.emergencyTextRelay })}</li>
            {tenant.contact.address ? <li>{t('common.address', { address: tenant.contact.address })}</li> : null}
          </ul>
        ) : null}
      </Footer>
    </>
  )
}

/** For a host that is no force's: no force branding, and the list of forces to choose from. */
export function UnknownHostPage({ forces }: { forces: { id: string; name: string; href: string }[] }) {
  const t = translator('en')
  return (
    <>
      <SkipLink href="#main-content">{t('common.skipLink')}</SkipLink>
      <Header homeHref="/" logo={<ForceLogo svg={NATIONAL_LOGO} />} title="bluelamp" />
      <WidthContainer>
        <Main>
          <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('notFound.hostTitle')}</h1>
          <p className="mb-6 max-w-2xl text-lg">{t('notFound.hostBody')}</p>
          <h2 className="mb-4 text-2xl font-bold">{t('notFound.forcesHeading')}</h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {forces.map((f) => (
              <li key={f.id}>
                <a className="text-link underline" href={f.href} data-force={f.id}>
                  {f.name}
                </a>
              </li>
            ))}
          </ul>
        </Main>
      </WidthContainer>
      <Footer>
        <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('common.emergencyWarning')}</WarningText>
      </Footer>
    </>
  )
}

export function NotFoundPage() {
  const t = useT()
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('notFound.pageTitle')}</h1>
      <p className="max-w-2xl text-lg">{t('notFound.pageBody')}</p>
    </>
  )
}

export function ErrorPage() {
  // The root loader may not have run: the language carried by the error, or English.
  const t = translator(useShellData().locale)
  return (
    <WidthContainer>
      <Main>
        <h1 className="mb-6 text-3xl font-bold">{t('error.title')}</h1>
        <p className="text-lg">{t('error.body')}</p>
      </Main>
    </WidthContainer>
  )
}
