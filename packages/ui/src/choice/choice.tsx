import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { Fieldset, type FieldsetProps } from '../fieldset/fieldset.tsx'
import { Hint } from '../hint/hint.tsx'
import { ErrorMessage } from '../error-message/error-message.tsx'
import { describedBy } from '../form-field/form-field.tsx'

/** One option of a Radios or Checkboxes group. */
export interface ChoiceOption {
  value: string
  label: React.ReactNode
  hint?: React.ReactNode
  /** Content revealed when this option is checked (follow-up questions). Works without JavaScript via CSS :has(). */
  conditional?: React.ReactNode
  disabled?: boolean
  /** Checkboxes only: choosing this option ("None of these") clears the others, and choosing another clears it. */
  exclusive?: boolean
}

/** A divider between options, e.g. "or" before "None of these". */
export interface ChoiceDivider {
  divider: string
}

export type ChoiceItem = ChoiceOption | ChoiceDivider

export function isDivider(item: ChoiceItem): item is ChoiceDivider {
  return 'divider' in item
}

export interface ChoiceGroupProps extends Omit<FieldsetProps, 'onChange' | 'defaultValue'> {
  /** Stem for the generated ids: `<idPrefix>` is the first option (error summary target), then `<idPrefix>-2`, … */
  idPrefix: string
  name: string
  items: ChoiceItem[]
  hint?: React.ReactNode
  error?: React.ReactNode
  errorPrefix?: string
  inline?: boolean
  small?: boolean
}

/** The shared frame of Radios and Checkboxes: fieldset, legend, hint, error and the aria-describedby that joins them. */
export function ChoiceGroup({
  idPrefix,
  hint,
  error,
  errorPrefix,
  className,
  children,
  ...props
}: Omit<ChoiceGroupProps, 'name' | 'items' | 'inline' | 'small'> & { children: React.ReactNode }) {
  const hintId = hint ? `${idPrefix}-hint` : undefined
  const errorId = error ? `${idPrefix}-error` : undefined
  return (
    <div data-ui="choice-group" className={cn('mb-6', error ? 'border-l-[5px] border-error pl-4' : undefined, className)}>
      <Fieldset aria-describedby={describedBy(hintId, errorId)} {...props}>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? (
          <ErrorMessage id={errorId} visuallyHiddenText={errorPrefix}>
            {error}
          </ErrorMessage>
        ) : null}
        {children}
      </Fieldset>
    </div>
  )
}

/** The id of the n-th option (0-based). The first is the bare prefix, so an ErrorSummary can link to `#<idPrefix>`. */
export function optionId(idPrefix: string, index: number): string {
  return index === 0 ? idPrefix : `${idPrefix}-${index + 1}`
}

export interface ChoiceInputProps extends Omit<React.ComponentProps<'input'>, 'type'> {
  type: 'radio' | 'checkbox'
  id: string
  label: React.ReactNode
  hint?: React.ReactNode
  conditional?: React.ReactNode
  small?: boolean
}

/** One radio or checkbox with its label, hint and optional conditional reveal. */
export function ChoiceInput({ type, id, label, hint, conditional, small, className, ...props }: ChoiceInputProps) {
  const hintId = hint ? `${id}-item-hint` : undefined
  const conditionalId = conditional ? `conditional-${id}` : undefined
  return (
    <>
      <div data-ui="choice-item" className={cn('relative flex items-start gap-3 py-1', className)}>
        <input
          type={type}
          id={id}
          aria-describedby={hintId}
          aria-controls={conditionalId}
          className={cn(
            'mt-0.5 shrink-0 cursor-pointer accent-text disabled:cursor-not-allowed',
            small ? 'size-6' : 'size-8',
            type === 'radio' ? 'rounded-full' : undefined,
          )}
          {...props}
        />
        <div className="pt-1">
          <label htmlFor={id} className={cn('block cursor-pointer text-base text-text', props.disabled && 'opacity-50')}>
            {label}
          </label>
          {hint ? (
            <div id={hintId} className="text-base text-secondary-text">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
      {conditional ? (
        <div
          id={conditionalId}
          data-ui="conditional"
          className={cn('mb-3 ml-4 border-l-4 border-border pt-2 pl-7', small ? 'ml-2.5' : 'ml-3.5')}
        >
          {conditional}
        </div>
      ) : null}
    </>
  )
}

export function ChoiceDividerItem({ children }: { children: React.ReactNode }) {
  return <div className="w-8 py-1 text-center text-base text-text">{children}</div>
}

export interface ChoiceListProps {
  type: 'radio' | 'checkbox'
  idPrefix: string
  name: string
  items: ChoiceItem[]
  inline?: boolean
  small?: boolean
  /** The per-option props that differ between radios and checkboxes (checked state, change handlers). */
  inputProps: (item: ChoiceOption) => Partial<ChoiceInputProps>
}

/** The options of a Radios or Checkboxes group: inputs with their ids in order, and any "or" dividers. */
export function ChoiceList({ type, idPrefix, name, items, inline, small, inputProps }: ChoiceListProps) {
  let index = 0
  return (
    <div data-ui={type === 'radio' ? 'radios' : 'checkboxes'} className={cn('flex', inline ? 'flex-row flex-wrap gap-x-6' : 'flex-col gap-2')}>
      {items.map((item) => {
        if (isDivider(item)) return <ChoiceDividerItem key={`divider-${item.divider}`}>{item.divider}</ChoiceDividerItem>
        return (
          <ChoiceInput
            key={item.value}
            type={type}
            id={optionId(idPrefix, index++)}
            name={name}
            value={item.value}
            label={item.label}
            hint={item.hint}
            conditional={inline ? undefined : item.conditional}
            disabled={item.disabled}
            small={small}
            {...inputProps(item)}
          />
        )
      })}
    </div>
  )
}

