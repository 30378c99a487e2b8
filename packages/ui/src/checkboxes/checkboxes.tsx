import type * as React from 'react'
import { ChoiceGroup, ChoiceList, type ChoiceGroupProps } from '../choice/choice.tsx'

export type CheckboxesProps = ChoiceGroupProps & {
  /** Values checked on first render (uncontrolled). */
  defaultValue?: string[]
}

/**
 * Lets people choose any number of options. An option marked `exclusive` ("None of these") unchecks the others
 * when chosen, and is unchecked when another is chosen; without JavaScript the server must reject the combination.
 * Conditional reveals work without JavaScript, as in Radios.
 */
export function Checkboxes({ idPrefix, name, items, defaultValue, inline, small, ...props }: CheckboxesProps) {
  const onChange = (exclusive: boolean) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const scope = input.closest('fieldset') ?? input.form
    if (!input.checked || !scope) return
    const others = scope.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
    for (const other of others) {
      if (other === input || other.name !== name) continue
      // Choosing "none" clears everything else; choosing anything else clears "none".
      if (exclusive || other.dataset.exclusive !== undefined) other.checked = false
    }
  }
  return (
    <ChoiceGroup idPrefix={idPrefix} {...props}>
      <ChoiceList
        type="checkbox"
        idPrefix={idPrefix}
        name={name}
        items={items}
        inline={inline}
        small={small}
        inputProps={(item) => ({
          'data-exclusive': item.exclusive ? '' : undefined,
          defaultChecked: defaultValue?.includes(item.value),
          onChange: onChange(Boolean(item.exclusive)),
        })}
      />
    </ChoiceGroup>
  )
}
