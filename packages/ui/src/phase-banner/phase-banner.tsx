import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type PhaseBannerProps = React.ComponentProps<'div'> & {
  /** The phase tag's text, such as "Beta" or "Beta (Cymraeg)". */
  phase: string
}

/** Tells people the service is new and invites feedback. Sits directly under the header. */
export function PhaseBanner({ phase, className, children, ...props }: PhaseBannerProps) {
  return (
    <div data-ui="phase-banner" className={cn('border-b border-border py-2', className)} {...props}>
      <p className="m-0 flex items-start gap-3 text-sm text-text">
        <strong className="inline-block shrink-0 bg-brand px-2 py-0.5 text-sm font-bold tracking-wide text-brand-contrast uppercase">
          {phase}
        </strong>
        <span>{children}</span>
      </p>
    </div>
  )
}
