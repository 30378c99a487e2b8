import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export interface PaginationLink {
  href: string
  /** Visible text, e.g. "Previous" or "Next". */
  text: string
  /** Optional label under the link text, e.g. the page's title. */
  label?: string
}

export interface PaginationPage {
  number: number
  href: string
  current?: boolean
}

export type PaginationProps = React.ComponentProps<'nav'> & {
  previous?: PaginationLink
  next?: PaginationLink
  /** Numbered pages; use `null` for an ellipsis gap. */
  pages?: (PaginationPage | null)[]
  /** Name of the navigation landmark, e.g. "Pagination" or "Tudalennu". */
  label?: string
  /** Screen reader prefix for page numbers, e.g. "Page" or "Tudalen". */
  pageLabel?: string
}

/** Moves between pages of results (numbered) or between related pages (previous/next with labels). */
export function Pagination({
  previous,
  next,
  pages,
  label = 'Pagination',
  pageLabel = 'Page',
  className,
  ...props
}: PaginationProps) {
  const block = !pages || pages.length === 0
  return (
    <nav data-ui="pagination" aria-label={label} className={cn('mb-8 text-base', className)} {...props}>
      <div className={cn('flex gap-x-4 gap-y-2', block ? 'flex-col' : 'flex-wrap items-center')}>
        {previous ? <EdgeLink link={previous} direction="previous" /> : null}
        {pages && pages.length > 0 ? (
          <ul className="m-0 flex list-none flex-wrap items-center gap-1 p-0">
            {pages.map((page, i) =>
              page === null ? (
                <li key={`gap-${i}`} className="px-2 text-text" aria-hidden="true">
                  ⋯
                </li>
              ) : (
                <li key={page.number}>
                  <a
                    href={page.href}
                    aria-current={page.current ? 'page' : undefined}
                    className={cn(
                      'inline-flex min-h-11 min-w-11 items-center justify-center px-2 font-bold',
                      page.current && 'bg-brand text-brand-contrast no-underline visited:text-brand-contrast',
                    )}
                  >
                    <span className="sr-only">{pageLabel} </span>
                    {page.number}
                  </a>
                </li>
              ),
            )}
          </ul>
        ) : null}
        {next ? <EdgeLink link={next} direction="next" /> : null}
      </div>
    </nav>
  )
}

function EdgeLink({ link, direction }: { link: PaginationLink; direction: 'previous' | 'next' }) {
  return (
    <a href={link.href} rel={direction === 'next' ? 'next' : 'prev'} className="group inline-flex min-h-11 flex-col justify-center font-bold">
      <span className="inline-flex items-center gap-2">
        {direction === 'previous' ? <Arrow flip /> : null}
        <span>{link.text}</span>
        {direction === 'next' ? <Arrow /> : null}
      </span>
      {link.label ? <span className="ml-6 font-normal">{link.label}</span> : null}
    </a>
  )
}

function Arrow({ flip = false }: { flip?: boolean }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 15 13" className={cn('h-3 w-4 fill-current', flip && 'rotate-180')}>
      <path d="M8.1 0 6.6 1.4l4.3 4.2H0v2h10.9L6.6 11.8 8.1 13 15 6.5z" />
    </svg>
  )
}
