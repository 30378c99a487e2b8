import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export interface Breadcrumb {
  href: string
  label: string
}

export type BreadcrumbsProps = React.ComponentProps<'nav'> & {
  items: Breadcrumb[]
  /** Name of the landmark, e.g. "Breadcrumb" or "Briwsion bara". */
  label?: string
}

/** Where a content page sits in the site's structure. Not for transactions: use BackLink there. */
export function Breadcrumbs({ items, label = 'Breadcrumb', className, ...props }: BreadcrumbsProps) {
  return (
    <nav data-ui="breadcrumbs" aria-label={label} className={cn('mt-4 mb-4 text-sm', className)} {...props}>
      <ol className="m-0 flex list-none flex-wrap items-center gap-x-2 gap-y-1 p-0">
        {items.map((item, i) => (
          <li key={item.href} className="inline-flex items-center gap-2">
            {i > 0 ? (
              <svg aria-hidden="true" focusable="false" viewBox="0 0 6 10" className="h-2.5 w-1.5 fill-current text-secondary-text">
                <path d="M0 1.4 1.4 0 6 5l-4.6 5L0 8.6 3.3 5z" />
              </svg>
            ) : null}
            <a href={item.href} className="text-text visited:text-text">
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
