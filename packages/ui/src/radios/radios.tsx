import type * as React from 'react'
import { ChoiceGroup, ChoiceList, type ChoiceGroupProps } from '../choice/choice.tsx'

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
  return (
    <ChoiceGroup idPrefix={idPrefix} {...props}>
      <ChoiceList
        type="radio"
        idPrefix={idPrefix}
        name={name}
        items={items}
        inline={inline}
        small={small}
        inputProps={(item) => ({
          required,
          defaultChecked: defaultValue === undefined ? undefined : defaultValue === item.value,
          onChange: onValueChange ? (event: React.ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value) : undefined,
        })}
      />
    </ChoiceGroup>
  )
}
