import type * as React from 'react'
import { cva, type VariantProps } from 'class-variance-authority'
import { cn } from '../lib/cn.ts'

export const labelVariants = cva('block text-text', {
  variants: {
    size: {
      s: 'mb-1 text-base',
      m: 'mb-2 text-lg font-bold',
      l: 'mb-3 text-2xl font-bold sm:text-3xl',
      xl: 'mb-4 text-3xl font-bold sm:text-4xl',
    },
  },
  defaultVariants: { size: 's' },
})

export type LabelProps = React.ComponentProps<'label'> &
  VariantProps<typeof labelVariants> & {
    /**
     * Wrap the label in the page's `<h1>` when the page asks a single question, so the question is both the heading
     * and the field's accessible name (GOV.UK "label as page heading").
     */
    asHeading?: boolean
  }

export function Label({ asHeading = false, size, className, ...props }: LabelProps) {
  const label = <label data-ui="label" className={cn(labelVariants({ size: size ?? (asHeading ? 'l' : 's') }), className)} {...props} />
  return asHeading ? <h1 className="m-0">{label}</h1> : label
}
