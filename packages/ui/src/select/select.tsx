import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { useFormField, describedBy } from '../form-field/form-field.tsx'
import { fieldClasses } from '../text-input/text-input.tsx'

export interface SelectOption {
  value: string
  label: string
  disabled?: boolean
}

export type SelectProps = React.ComponentProps<'select'> & {
  options?: SelectOption[]
  invalid?: boolean
}

/** A drop-down list. Prefer Radios for fewer than about 8 options: they show every choice at once. */
export function Select({ id, options, invalid, className, children, 'aria-describedby': ariaDescribedBy, ...props }: SelectProps) {
  const field = useFormField()
  const isInvalid = invalid ?? field?.invalid ?? false
  return (
    <select
      id={id ?? field?.id}
      aria-describedby={describedBy(field?.describedBy, ariaDescribedBy)}
      aria-invalid={isInvalid || undefined}
      className={cn(fieldClasses, 'w-full min-w-0 sm:w-auto sm:min-w-[11.5em]', className)}
      {...props}
    >
      {options?.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  )
}
