import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type WarningTextProps = React.ComponentProps<'div'> & {
  /** Read before the text by screen readers in place of the icon, e.g. "Warning" or "Rhybudd". */
  iconLabel?: string
}

/** Important warnings, such as "If you are in immediate danger, call 999". */
export function WarningText({ iconLabel = 'Warning', className, children, ...props }: WarningTextProps) {
  return (
    <div data-ui="warning-text" className={cn('my-6 flex items-start gap-4', className)} {...props}>
      <span
        aria-hidden="true"
        className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-text text-2xl leading-none font-bold text-background"
      >
        !
      </span>
      <strong className="pt-1 text-lg font-bold text-text">
        <span className="sr-only">{iconLabel}: </span>
        {children}
      </strong>
    </div>
  )
}
