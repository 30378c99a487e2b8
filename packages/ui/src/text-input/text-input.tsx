import type * as React from 'react'
import { cva, type VariantProps } from 'class-variance-authority'
import { cn } from '../lib/cn.ts'
import { useFormField, describedBy } from '../form-field/form-field.tsx'

/** Shared look of text fields: a 2px border, a thicker red one when invalid. */
export const fieldClasses =
  'block min-h-10 rounded-base border-2 border-border bg-background px-2 py-1 text-base text-text aria-invalid:border-error disabled:cursor-not-allowed disabled:opacity-50'

export const inputWidths = cva('', {
  variants: {
    width: {
      full: 'w-full',
      'three-quarters': 'w-full sm:w-3/4',
      'two-thirds': 'w-full sm:w-2/3',
      'one-half': 'w-full sm:w-1/2',
      'one-third': 'w-full sm:w-1/3',
      '20': 'w-full max-w-[41ex]',
      '10': 'w-full max-w-[23ex]',
      '5': 'w-full max-w-[10.8ex]',
      '4': 'w-full max-w-[9ex]',
      '3': 'w-full max-w-[7.2ex]',
      '2': 'w-full max-w-[5.4ex]',
    },
  },
  defaultVariants: { width: 'full' },
})

export type TextInputProps = Omit<React.ComponentProps<'input'>, 'width' | 'prefix'> &
  VariantProps<typeof inputWidths> & {
    /** Shown before the field, e.g. "£". Hidden from screen readers: say the unit in the label. */
    prefix?: React.ReactNode
    /** Shown after the field, e.g. "per item". Hidden from screen readers: say the unit in the label. */
    suffix?: React.ReactNode
    invalid?: boolean
  }

/**
 * A single-line text field. Set `autoComplete` for personal details (WCAG 1.3.5), `inputMode="numeric"` with
 * `spellCheck={false}` for numbers, and a `width` that hints at the expected length.
 */
export function TextInput({ id, width, prefix, suffix, invalid, className, 'aria-describedby': ariaDescribedBy, type = 'text', ...props }: TextInputProps) {
  const field = useFormField()
  const isInvalid = invalid ?? field?.invalid ?? false
  const input = (
    <input
      id={id ?? field?.id}
      type={type}
      aria-describedby={describedBy(field?.describedBy, ariaDescribedBy)}
      aria-invalid={isInvalid || undefined}
      className={cn(fieldClasses, inputWidths({ width }), (prefix || suffix) && 'min-w-0 flex-1 rounded-none sm:flex-none', className)}
      {...props}
    />
  )
  if (!prefix && !suffix) return input
  const affix = 'flex min-h-10 shrink-0 items-center border-2 border-border bg-surface px-2 text-base text-text'
  return (
    <div data-ui="text-input-wrapper" className="flex items-stretch">
      {prefix ? (
        <div aria-hidden="true" className={cn(affix, 'border-r-0')}>
          {prefix}
        </div>
      ) : null}
      {input}
      {suffix ? (
        <div aria-hidden="true" className={cn(affix, 'border-l-0')}>
          {suffix}
        </div>
      ) : null}
    </div>
  )
}
