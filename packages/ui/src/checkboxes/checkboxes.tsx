import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { ChoiceDividerItem, ChoiceGroup, ChoiceInput, isDivider, optionId, type ChoiceGroupProps } from '../choice/choice.tsx'

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
  let index = 0
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
      <div data-ui="checkboxes" className={cn('flex', inline ? 'flex-row flex-wrap gap-x-6' : 'flex-col gap-2')}>
        {items.map((item) => {
          if (isDivider(item)) return <ChoiceDividerItem key={`divider-${item.divider}`}>{item.divider}</ChoiceDividerItem>
          const id = optionId(idPrefix, index++)
          return (
            <ChoiceInput
              key={item.value}
              type="checkbox"
              id={id}
              name={name}
              value={item.value}
              label={item.label}
              hint={item.hint}
              conditional={inline ? undefined : item.conditional}
              disabled={item.disabled}
              small={small}
              data-exclusive={item.exclusive ? '' : undefined}
              defaultChecked={defaultValue?.includes(item.value)}
              onChange={onChange(Boolean(item.exclusive))}
            />
          )
        })}
      </div>
    </ChoiceGroup>
  )
}
