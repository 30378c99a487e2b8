import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { useFormField, describedBy } from '../form-field/form-field.tsx'

export type FileUploadProps = Omit<React.ComponentProps<'input'>, 'type'> & { invalid?: boolean }

/**
 * A native file input, so it works with every assistive technology and without JavaScript.
 * The form needs `method="post"` and `encType="multipart/form-data"`; say the allowed types and size in the hint.
 */
export function FileUpload({ id, invalid, className, 'aria-describedby': ariaDescribedBy, ...props }: FileUploadProps) {
  const field = useFormField()
  const isInvalid = invalid ?? field?.invalid ?? false
  return (
    <input
      type="file"
      id={id ?? field?.id}
      aria-describedby={describedBy(field?.describedBy, ariaDescribedBy)}
      aria-invalid={isInvalid || undefined}
      className={cn(
        'block max-w-full p-1 text-base text-text aria-invalid:outline-4 aria-invalid:outline-error',
        'file:mr-3 file:cursor-pointer file:rounded-base file:border-0 file:bg-surface file:px-3 file:py-2 file:text-base file:text-text file:shadow-[0_2px_0_var(--color-text)]',
        className,
      )}
      {...props}
    />
  )
}
