import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type DetailsProps = React.ComponentProps<'details'> & {
  summary: React.ReactNode
}

/** A native disclosure for help that only some people need. Works without JavaScript in every modern browser. */
export function Details({ summary, className, children, ...props }: DetailsProps) {
  return (
    <details data-ui="details" className={cn('group mb-6 text-base text-text', className)} {...props}>
      <summary className="inline-flex cursor-pointer list-none items-start gap-2 text-link underline decoration-1 underline-offset-[0.15em] hover:decoration-[3px] [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 10 10"
          className="mt-[0.35em] size-3.5 shrink-0 fill-current transition-transform group-open:rotate-90"
        >
          <path d="M2 0l7 5-7 5z" />
        </svg>
        <span>{summary}</span>
      </summary>
      <div className="mt-2 border-l-[5px] border-border py-3 pl-4">{children}</div>
    </details>
  )
}
