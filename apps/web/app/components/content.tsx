// The parts every content page shares: breadcrumbs, the rendered Markdown body, listings and their pagination.
import type * as React from 'react'
import { Breadcrumbs, Pagination } from '@bluelamp/ui'
import type { Locale, Translate } from '../i18n/i18n.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

/** Home › a section (› nothing more: the page's own title is its h1, not a link to itself). */
export function ContentCrumbs({ section }: { section?: { href: string; label: string } }) {
  const t = useT()
  return <Breadcrumbs label={t('content.nav.breadcrumbs')} items={[{ href: '/', label: t('common.home') }, ...(section ? [section] : [])]} />
}

/**
 * HTML from @bluelamp/content's renderer: Markdown of the subset only, then an allow-list sanitiser, carrying the
 * design system's classes. Marked with its own language where it differs from the page's (WCAG 3.1.2).
 */
export function ContentBody({ html, lang, className }: { html: string; lang: Locale; className?: string }) {
  const locale = useLocale()
  return <div className={className ?? 'max-w-3xl'} lang={lang !== locale ? lang : undefined} dangerouslySetInnerHTML={{ __html: html }} />
}

export interface ListingItem {
  href: string
  title: string
  summary: string
  lang: Locale
  published?: string
  publishedIso?: string
}

/** A list of pages, each a heading link with its summary; `extra` adds lines under an item (an appeal's status). */
export function ContentList<T extends ListingItem>({
  items,
  extra,
  empty,
  level = 2,
}: {
  items: T[]
  extra?: (item: T) => React.ReactNode
  empty: string
  /** The items' heading level: 3 under a section's own h2. */
  level?: 2 | 3
}) {
  const locale = useLocale()
  const Heading = level === 2 ? 'h2' : 'h3'
  if (items.length === 0) return <p className="mb-8 text-lg">{empty}</p>
  return (
    <ul className="mb-8 max-w-3xl divide-y divide-border border-t border-border">
      {items.map((item) => (
        <li key={item.href} className="py-5" lang={item.lang !== locale ? item.lang : undefined}>
          <Heading className="mb-2 text-xl font-bold">
            <a className="text-link underline underline-offset-2" href={item.href}>
              {item.title}
            </a>
          </Heading>
          <p className="mb-2 text-lg">{item.summary}</p>
          {extra ? extra(item) : null}
          {item.published && item.publishedIso ? (
            <p className="text-secondary-text">
              <time dateTime={item.publishedIso}>{item.published}</time>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

type Links = {
  previous?: { href: string }
  next?: { href: string }
  pages: ({ number: number; href: string; current: boolean } | null)[]
}

/** The ui package's Pagination in the page's language; nothing when everything fits on one page. */
export function ContentPagination({ links }: { links: Links }) {
  const t = useT()
  if (!links.previous && !links.next && links.pages.length <= 1) return null
  return (
    <Pagination
      label={t('content.pagination.label')}
      pageLabel={t('content.pagination.page')}
      previous={links.previous ? { href: links.previous.href, text: t('content.pagination.previous') } : undefined}
      next={links.next ? { href: links.next.href, text: t('content.pagination.next') } : undefined}
      pages={links.pages}
    />
  )
}

/** " – Page 2" in a listing's title after the first page, so each page of results has a title of its own. */
export function pageSuffix(page: number | undefined, t: Translate): string {
  return page && page > 1 ? ` (${t('content.pagination.pageOf', { page })})` : ''
}
