import type * as React from 'react'
import { registry } from '@bluelamp/tenants/registry'
import { Footer, Header, Main, PhaseBanner, SkipLink, WidthContainer } from '@bluelamp/ui'

export interface PageShellProps {
  /** The force whose name, logo and contact facts fill the shell (the toolbar's theme). */
  tenantId: string
  /** Above <main>: a back link, breadcrumbs or exit button. */
  before?: React.ReactNode
  children: React.ReactNode
}

/** A page as the web app composes it, so patterns can be reviewed in context under every theme. */
export function PageShell({ tenantId, before, children }: PageShellProps) {
  const tenant = registry.tenants[tenantId] ?? Object.values(registry.tenants)[0]
  if (!tenant) return <>{children}</>
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink href="#main-content">Skip to main content</SkipLink>
      <Header
        homeHref="#home"
        logo={<span dangerouslySetInnerHTML={{ __html: tenant.logoSvg }} />}
        title={tenant.name}
        navigationLabel="Menu"
        navigation={[
          { href: '#report', label: 'Report', current: true },
          { href: '#track', label: 'Track a report' },
          { href: '#contact', label: 'Contact us' },
        ]}
        languageToggle={tenant.locales.includes('cy') ? { href: '?lang=cy', label: 'Cymraeg', lang: 'cy', hrefLang: 'cy' } : undefined}
      />
      <WidthContainer>
        <PhaseBanner phase="Beta">
          This is a new service. <a href="#feedback">Give your feedback</a>.
        </PhaseBanner>
        {before}
        <Main>{children}</Main>
      </WidthContainer>
      <Footer
        links={[
          { href: '#accessibility', label: 'Accessibility statement' },
          { href: '#cookies', label: 'Cookies' },
          { href: '#privacy', label: 'Privacy' },
        ]}
        meta={<p>© {tenant.name}</p>}
      >
        <p>
          Non-emergency: <a href={`tel:${tenant.contact.nonEmergency.replace(/\s/g, '')}`}>{tenant.contact.nonEmergency}</a>. Textphone:{' '}
          {tenant.contact.textphone}.
        </p>
        {tenant.contact.openingHours ? <p>{tenant.contact.openingHours}</p> : null}
      </Footer>
    </div>
  )
}
