import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type InsetTextProps = React.ComponentProps<'div'>

/** Sets a quotation, example or note apart from the text around it. */
export function InsetText({ className, ...props }: InsetTextProps) {
  return <div data-ui="inset-text" className={cn('my-6 border-l-[10px] border-border py-3 pl-4 text-text', className)} {...props} />
}
