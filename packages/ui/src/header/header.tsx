import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { WidthContainer } from '../layout/layout.tsx'

export interface NavigationItem {
  href: string
  label: string
  /** Marks the page the person is on (`aria-current="page"`). */
  current?: boolean
}

export interface LanguageToggle {
  href: string
  /** The other language's name in that language, e.g. "Cymraeg" or "English". */
  label: string
  /** The language of the label, so screen readers pronounce it correctly (WCAG 3.1.2). */
  lang: string
  /** The language of the page the link leads to. */
  hrefLang: string
}

export type HeaderProps = Omit<React.ComponentProps<'header'>, 'title'> & {
  homeHref: string
  /** The force's logo. It is decorative here: the link's name comes from `title`. */
  logo: React.ReactNode
  /** The force's name, e.g. "Leicestershire Police". */
  title: string
  /** Service navigation under the force bar. */
  navigation?: NavigationItem[]
  /** Accessible name of the navigation landmark, e.g. "Menu" or "Dewislen". */
  navigationLabel?: string
  languageToggle?: LanguageToggle
}

/** The force bar (logo and name linking home), an optional language toggle and service navigation. */
export function Header({
  homeHref,
  logo,
  title,
  navigation,
  navigationLabel = 'Menu',
  languageToggle,
  className,
  ...props
}: HeaderProps) {
  return (
    <header data-ui="header" className={cn('border-b-4 border-brand', className)} {...props}>
      <div className="bg-brand text-brand-contrast">
        <WidthContainer className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
          <a
            href={homeHref}
            className="inline-flex min-h-11 items-center gap-3 text-xl leading-tight font-bold text-brand-contrast no-underline visited:text-brand-contrast hover:underline"
          >
            <span aria-hidden="true" className="inline-flex shrink-0 [&_svg]:size-10">
              {logo}
            </span>
            <span>{title}</span>
          </a>
          {languageToggle ? (
            <a
              href={languageToggle.href}
              lang={languageToggle.lang}
              hrefLang={languageToggle.hrefLang}
              className="inline-flex min-h-11 items-center px-1 text-base font-semibold text-brand-contrast visited:text-brand-contrast"
            >
              {languageToggle.label}
            </a>
          ) : null}
        </WidthContainer>
      </div>
      {navigation && navigation.length > 0 ? (
        <nav aria-label={navigationLabel} className="bg-surface">
          <WidthContainer>
            <ul className="m-0 flex list-none flex-wrap gap-x-6 p-0">
              {navigation.map((item) => (
                <li key={item.href} className={cn('border-b-4 border-transparent', item.current && 'border-brand')}>
                  <a
                    href={item.href}
                    aria-current={item.current ? 'page' : undefined}
                    className={cn(
                      'inline-flex min-h-11 items-center py-2 text-base text-link visited:text-link',
                      item.current && 'font-bold',
                    )}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </WidthContainer>
        </nav>
      ) : null}
    </header>
  )
}
