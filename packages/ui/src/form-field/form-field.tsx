import * as React from 'react'
import { cn } from '../lib/cn.ts'
import { Label, type LabelProps } from '../label/label.tsx'
import { Hint } from '../hint/hint.tsx'
import { ErrorMessage } from '../error-message/error-message.tsx'

export interface FormFieldContextValue {
  id: string
  /** Space-separated ids of the hint and error message, or undefined if there are none. */
  describedBy: string | undefined
  invalid: boolean
}

const FormFieldContext = React.createContext<FormFieldContextValue | null>(null)

/** Read by TextInput, Textarea, Select, FileUpload and CharacterCount to wire themselves to their label. */
export function useFormField(): FormFieldContextValue | null {
  return React.useContext(FormFieldContext)
}

/** Join ids for aria-describedby, skipping empty ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

export type FormFieldProps = Omit<React.ComponentProps<'div'>, 'id'> & {
  /** The field's id: the label's `for`, and the stem of the hint and error ids. */
  id: string
  label: React.ReactNode
  hint?: React.ReactNode
  error?: React.ReactNode
  /** Make the label the page's `<h1>` (one question per page). */
  labelAsHeading?: boolean
  labelSize?: LabelProps['size']
  errorPrefix?: string
}

/**
 * Wraps one field with its label, hint and error message and links them: the label's `for` is the field's id and
 * the field's `aria-describedby` lists the hint and error ids, so screen readers announce all three together.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  labelAsHeading,
  labelSize,
  errorPrefix,
  className,
  children,
  ...props
}: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const value = React.useMemo(
    () => ({ id, describedBy: describedBy(hintId, errorId), invalid: Boolean(error) }),
    [id, hintId, errorId, error],
  )
  return (
    <div
      data-ui="form-field"
      className={cn('mb-6', error ? 'border-l-[5px] border-error pl-4' : undefined, className)}
      {...props}
    >
      <Label htmlFor={id} asHeading={labelAsHeading} size={labelSize}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? (
        <ErrorMessage id={errorId} visuallyHiddenText={errorPrefix}>
          {error}
        </ErrorMessage>
      ) : null}
      <FormFieldContext.Provider value={value}>{children}</FormFieldContext.Provider>
    </div>
  )
}
