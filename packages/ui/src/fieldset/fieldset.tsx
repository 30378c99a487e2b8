import type * as React from 'react'
import { cva, type VariantProps } from 'class-variance-authority'
import { cn } from '../lib/cn.ts'

export const legendVariants = cva('mb-3 block max-w-full text-text', {
  variants: {
    size: {
      s: 'text-base font-bold',
      m: 'text-xl font-bold',
      l: 'text-2xl font-bold sm:text-3xl',
      xl: 'text-3xl font-bold sm:text-4xl',
    },
  },
  defaultVariants: { size: 'm' },
})

export type FieldsetProps = React.ComponentProps<'fieldset'> &
  VariantProps<typeof legendVariants> & {
    legend?: React.ReactNode
    /** Put the legend's text in the page's `<h1>` when the fieldset is the page's only question. */
    legendAsHeading?: boolean
  }

/** Groups related fields (radios, checkboxes, a date) under one question, the legend. */
export function Fieldset({ legend, legendAsHeading = false, size, className, children, ...props }: FieldsetProps) {
  return (
    <fieldset data-ui="fieldset" className={cn('m-0 min-w-0 border-0 p-0', className)} {...props}>
      {legend ? (
        <legend className={legendVariants({ size: size ?? (legendAsHeading ? 'l' : 'm') })}>
          {legendAsHeading ? <h1 className="m-0 text-[length:inherit] font-[inherit]">{legend}</h1> : legend}
        </legend>
      ) : null}
      {children}
    </fieldset>
  )
}
