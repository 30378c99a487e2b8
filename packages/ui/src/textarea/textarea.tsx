import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { useFormField, describedBy } from '../form-field/form-field.tsx'
import { fieldClasses } from '../text-input/text-input.tsx'

export type TextareaProps = React.ComponentProps<'textarea'> & { invalid?: boolean }

/** A multi-line field for answers that may run to several sentences. Use within FormField. */
export function Textarea({ id, invalid, rows = 5, className, 'aria-describedby': ariaDescribedBy, ...props }: TextareaProps) {
  const field = useFormField()
  const isInvalid = invalid ?? field?.invalid ?? false
  return (
    <textarea
      id={id ?? field?.id}
      rows={rows}
      aria-describedby={describedBy(field?.describedBy, ariaDescribedBy)}
      aria-invalid={isInvalid || undefined}
      className={cn(fieldClasses, 'w-full resize-y', className)}
      {...props}
    />
  )
}
