import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type HintProps = React.ComponentProps<'div'>

/** Help text for a question. Give it an id and reference it from the field's aria-describedby (FormField does). */
export function Hint({ className, ...props }: HintProps) {
  return <div data-ui="hint" className={cn('mb-3 text-base text-secondary-text', className)} {...props} />
}
