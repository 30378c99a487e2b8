import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { ChoiceDividerItem, ChoiceGroup, ChoiceInput, isDivider, optionId, type ChoiceGroupProps } from '../choice/choice.tsx'

export type RadiosProps = ChoiceGroupProps & {
  /** The checked value on first render (uncontrolled). */
  defaultValue?: string
  required?: boolean
  onValueChange?: (value: string) => void
}

/**
 * Lets people choose exactly one option. Options can have hints, a divider ("or") and a conditional reveal; the
 * reveal is pure CSS (`:has(:checked)`), so it works without JavaScript, and shows every follow-up question on
 * browsers without `:has()`.
 */
export function Radios({ idPrefix, name, items, defaultValue, required, inline, small, onValueChange, ...props }: RadiosProps) {
  let index = 0
  return (
    <ChoiceGroup idPrefix={idPrefix} {...props}>
      <div
        data-ui="radios"
        className={cn('flex', inline ? 'flex-row flex-wrap gap-x-6' : 'flex-col gap-2')}
      >
        {items.map((item) => {
          if (isDivider(item)) return <ChoiceDividerItem key={`divider-${item.divider}`}>{item.divider}</ChoiceDividerItem>
          const id = optionId(idPrefix, index++)
          return (
            <ChoiceInput
              key={item.value}
              type="radio"
              id={id}
              name={name}
              value={item.value}
              label={item.label}
              hint={item.hint}
              conditional={inline ? undefined : item.conditional}
              disabled={item.disabled}
              required={required}
              small={small}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === item.value}
              onChange={onValueChange ? (event: React.ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value) : undefined}
            />
          )
        })}
      </div>
    </ChoiceGroup>
  )
}
