import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type StepProgressProps = React.ComponentProps<'p'> & {
  current: number
  /** An estimate: the number of questions depends on the answers, hence "about". */
  total: number
  /** Builds the text, e.g. (3, 8) => "Question 3 of about 8" or "Cwestiwn 3 o tua 8". */
  format?: (current: number, total: number) => string
}

/**
 * Where the person is in a branching set of questions. Plain text above the question (the "caption" position):
 * no progress bar, because the total is an estimate and bars that jump backwards mislead.
 */
export function StepProgress({
  current,
  total,
  format = (c, t) => `Question ${c} of about ${t}`,
  className,
  ...props
}: StepProgressProps) {
  return (
    <p data-ui="step-progress" className={cn('mb-1 text-lg text-secondary-text', className)} {...props}>
      {format(current, total)}
    </p>
  )
}
