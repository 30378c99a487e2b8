import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type PanelProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  /** The panel's heading, e.g. "Report submitted". */
  title: React.ReactNode
  /** Heading level: the panel is usually the page's h1. */
  headingLevel?: 1 | 2 | 3
}

/** Confirmation at the end of a transaction, with the reference number as children. */
export function Panel({ title, headingLevel = 1, className, children, ...props }: PanelProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <div data-ui="panel" className={cn('mb-8 rounded-base bg-success p-6 text-center text-brand-contrast sm:p-8', className)} {...props}>
      <Heading className="m-0 text-3xl font-bold sm:text-4xl">{title}</Heading>
      {children ? <div className="mt-4 text-xl sm:text-2xl [&_strong]:block [&_strong]:font-bold [&_strong]:break-words">{children}</div> : null}
    </div>
  )
}
