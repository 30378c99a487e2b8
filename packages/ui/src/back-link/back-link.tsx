import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type BackLinkProps = React.ComponentProps<'a'> & { href: string }

/**
 * Goes to the previous question. Use a real URL (not `history.back()`), so it works without JavaScript and after
 * a failed submit. Place it before the `<main>` content.
 */
export function BackLink({ className, children = 'Back', ...props }: BackLinkProps) {
  return (
    <a
      data-ui="back-link"
      className={cn('mt-4 mb-4 inline-flex items-center gap-2 text-base text-text visited:text-text', className)}
      {...props}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10" className="size-2.5 fill-current">
        <path d="M6.5 0 8 1.5 4.5 5 8 8.5 6.5 10l-5-5z" />
      </svg>
      {children}
    </a>
  )
}
