import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type ErrorMessageProps = React.ComponentProps<'p'> & {
  /** Read before the message by screen readers, e.g. "Error" or "Gwall". */
  visuallyHiddenText?: string
}

/** Says what went wrong with a field and how to fix it. Reference its id from the field's aria-describedby. */
export function ErrorMessage({ visuallyHiddenText = 'Error', className, children, ...props }: ErrorMessageProps) {
  return (
    <p data-ui="error-message" className={cn('mb-3 text-base font-bold text-error', className)} {...props}>
      <span className="sr-only">{visuallyHiddenText}: </span>
      {children}
    </p>
  )
}
