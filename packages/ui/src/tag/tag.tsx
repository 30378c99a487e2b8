import type * as React from 'react'
import { cva, type VariantProps } from 'class-variance-authority'
import { cn } from '../lib/cn.ts'

export const tagVariants = cva('inline-block max-w-full px-2 py-0.5 text-sm leading-snug font-bold break-words', {
  variants: {
    status: {
      /** Neutral: received, draft, closed. */
      neutral: 'bg-surface text-text',
      /** In progress, with an officer. */
      active: 'bg-brand text-brand-contrast',
      /** Resolved, submitted. */
      success: 'bg-success text-brand-contrast',
      /** Needs action from the person, rejected. */
      error: 'border-2 border-error bg-background text-error',
      /** Cannot start yet. */
      muted: 'border-2 border-border bg-background text-secondary-text',
    },
  },
  defaultVariants: { status: 'neutral' },
})

export type TagProps = React.ComponentProps<'strong'> & VariantProps<typeof tagVariants>

/**
 * A short status label, such as a report's state ("Received", "With an officer", "Closed"). Colour is never the
 * only signal: the words carry the meaning.
 */
export function Tag({ status, className, ...props }: TagProps) {
  return <strong data-ui="tag" className={cn(tagVariants({ status }), className)} {...props} />
}

export type ReportStatus = 'received' | 'in-progress' | 'needs-information' | 'resolved' | 'closed'

/** How each report status looks; the app supplies the words from its catalogue. */
export const reportStatusTag: Record<ReportStatus, NonNullable<TagProps['status']>> = {
  received: 'neutral',
  'in-progress': 'active',
  'needs-information': 'error',
  resolved: 'success',
  closed: 'muted',
}
