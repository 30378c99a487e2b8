import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { ChoiceGroup } from '../choice/choice.tsx'
import type { FieldsetProps } from '../fieldset/fieldset.tsx'
import { fieldClasses } from '../text-input/text-input.tsx'

export type TimePart = 'hour' | 'minute'

export interface TimeInputProps extends Omit<FieldsetProps, 'defaultValue' | 'onChange'> {
  /** Stem of the ids: `<idPrefix>-hour`, `<idPrefix>-minute`. */
  idPrefix: string
  namePrefix?: string
  hint?: React.ReactNode
  error?: React.ReactNode
  errorPrefix?: string
  errorParts?: TimePart[]
  defaultValue?: Partial<Record<TimePart, string>>
  labels?: Record<TimePart, string>
}

/** A time of day as two numeric fields (24-hour clock) in a fieldset, e.g. when an incident happened. */
export function TimeInput({
  idPrefix,
  namePrefix = idPrefix,
  hint = 'Use the 24-hour clock, for example 17:30',
  error,
  errorPrefix,
  errorParts,
  defaultValue,
  labels = { hour: 'Hour', minute: 'Minute' },
  ...props
}: TimeInputProps) {
  return (
    <ChoiceGroup idPrefix={idPrefix} hint={hint} error={error} errorPrefix={errorPrefix} {...props}>
      <div data-ui="time-input" className="flex flex-wrap items-end gap-2">
        {(['hour', 'minute'] as const).map((part, i) => {
          const id = `${idPrefix}-${part}`
          const invalid = Boolean(error) && (!errorParts || errorParts.includes(part))
          return (
            <div key={part} className="flex items-end gap-2">
              {i === 1 ? (
                <span aria-hidden="true" className="pb-2 text-xl font-bold text-text">
                  :
                </span>
              ) : null}
              <div>
                <label htmlFor={id} className="mb-1 block text-base text-text">
                  {labels[part]}
                </label>
                <input
                  id={id}
                  name={`${namePrefix}-${part}`}
                  type="text"
                  inputMode="numeric"
                  spellCheck={false}
                  defaultValue={defaultValue?.[part]}
                  aria-invalid={invalid || undefined}
                  className={cn(fieldClasses, 'w-full max-w-[5.4ex] min-w-[5.4ex]')}
                />
              </div>
            </div>
          )
        })}
      </div>
    </ChoiceGroup>
  )
}
