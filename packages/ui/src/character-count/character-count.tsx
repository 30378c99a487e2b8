import * as React from 'react'
import { cn } from '../lib/cn.ts'
import { useFormField, describedBy } from '../form-field/form-field.tsx'
import { Textarea, type TextareaProps } from '../textarea/textarea.tsx'

export interface CharacterCountMessages {
  /** Shown when JavaScript is not available, e.g. "You can enter up to 500 characters". */
  limit: (max: number) => string
  remaining: (n: number) => string
  over: (n: number) => string
}

export const englishCharacterCountMessages: CharacterCountMessages = {
  limit: (max) => `You can enter up to ${max} characters`,
  remaining: (n) => `You have ${n} character${n === 1 ? '' : 's'} remaining`,
  over: (n) => `You have ${n} character${n === 1 ? '' : 's'} too many`,
}

export type CharacterCountProps = TextareaProps & {
  maxLength: number
  messages?: CharacterCountMessages
}

/**
 * A textarea that tells people how many characters they have left. It does not set the HTML maxlength, so pasted
 * text is never silently cut; the server enforces the limit. Without JavaScript a static limit hint is shown; once
 * hydrated, a live count replaces it and screen readers hear it politely after typing pauses.
 */
export function CharacterCount({
  maxLength,
  messages = englishCharacterCountMessages,
  defaultValue,
  value,
  onChange,
  id,
  className,
  'aria-describedby': ariaDescribedBy,
  ...props
}: CharacterCountProps) {
  const field = useFormField()
  const fieldId = id ?? field?.id ?? 'character-count'
  const initial = String(value ?? defaultValue ?? '').length
  const [length, setLength] = React.useState(initial)
  const [announced, setAnnounced] = React.useState(initial)
  const [enhanced, setEnhanced] = React.useState(false)
  React.useEffect(() => setEnhanced(true), [])
  // Announce only after a pause, so a screen reader is not interrupted on every keystroke.
  React.useEffect(() => {
    const timer = setTimeout(() => setAnnounced(length), 1000)
    return () => clearTimeout(timer)
  }, [length])

  const over = length > maxLength
  const message = (n: number) => (n > maxLength ? messages.over(n - maxLength) : messages.remaining(maxLength - n))
  const infoId = `${fieldId}-info`
  return (
    <div data-ui="character-count" data-enhanced={enhanced ? '' : undefined} className={cn('mb-6', className)}>
      <Textarea
        id={fieldId}
        value={value}
        defaultValue={defaultValue}
        invalid={over || undefined}
        aria-describedby={describedBy(ariaDescribedBy, infoId)}
        onChange={(event) => {
          setLength(event.target.value.length)
          onChange?.(event)
        }}
        {...props}
      />
      <div id={infoId} data-ui="character-count-fallback" className="mt-1 text-base text-secondary-text">
        {messages.limit(maxLength)}
      </div>
      <div
        aria-hidden="true"
        data-ui="character-count-live"
        className={cn('mt-1 text-base', over ? 'font-bold text-error' : 'text-secondary-text')}
      >
        {message(length)}
      </div>
      <div className="sr-only" aria-live="polite" data-ui="character-count-status">
        {enhanced && announced !== initial ? message(announced) : ''}
      </div>
    </div>
  )
}
