import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { ChoiceGroup } from '../choice/choice.tsx'
import type { FieldsetProps } from '../fieldset/fieldset.tsx'
import { fieldClasses } from '../text-input/text-input.tsx'

export type DatePart = 'day' | 'month' | 'year'

export interface DateInputProps extends Omit<FieldsetProps, 'defaultValue' | 'onChange'> {
  /** Stem of the ids: `<idPrefix>-day`, `-month`, `-year`. Link the error summary to the first field in error. */
  idPrefix: string
  /** Stem of the names: `<namePrefix>-day`, … */
  namePrefix?: string
  hint?: React.ReactNode
  error?: React.ReactNode
  errorPrefix?: string
  /** Which parts the error is about (all of them if the error is set and this is not). */
  errorParts?: DatePart[]
  defaultValue?: Partial<Record<DatePart, string>>
  labels?: Record<DatePart, string>
  /** `bday` for a date of birth (WCAG 1.3.5); leave out for other dates. */
  autoCompletePrefix?: 'bday'
}

const PARTS: { part: DatePart; width: string; autoComplete: string }[] = [
  { part: 'day', width: 'max-w-[5.4ex]', autoComplete: 'bday-day' },
  { part: 'month', width: 'max-w-[5.4ex]', autoComplete: 'bday-month' },
  { part: 'year', width: 'max-w-[9ex]', autoComplete: 'bday-year' },
]

/**
 * A date as three text fields (day, month, year) in a fieldset. Text fields with `inputMode="numeric"` work with
 * every keyboard and assistive technology; a native date picker does not.
 */
export function DateInput({
  idPrefix,
  namePrefix = idPrefix,
  hint,
  error,
  errorPrefix,
  errorParts,
  defaultValue,
  labels = { day: 'Day', month: 'Month', year: 'Year' },
  autoCompletePrefix,
  ...props
}: DateInputProps) {
  return (
    <ChoiceGroup idPrefix={idPrefix} hint={hint} error={error} errorPrefix={errorPrefix} {...props}>
      <div data-ui="date-input" className="flex flex-wrap gap-4">
        {PARTS.map(({ part, width, autoComplete }) => {
          const id = `${idPrefix}-${part}`
          const invalid = Boolean(error) && (!errorParts || errorParts.includes(part))
          return (
            <div key={part}>
              <label htmlFor={id} className="mb-1 block text-base text-text">
                {labels[part]}
              </label>
              <input
                id={id}
                name={`${namePrefix}-${part}`}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                autoComplete={autoCompletePrefix ? autoComplete : undefined}
                defaultValue={defaultValue?.[part]}
                aria-invalid={invalid || undefined}
                className={cn(fieldClasses, 'w-full', width, part === 'year' ? 'min-w-[9ex]' : 'min-w-[5.4ex]')}
              />
            </div>
          )
        })}
      </div>
    </ChoiceGroup>
  )
}
