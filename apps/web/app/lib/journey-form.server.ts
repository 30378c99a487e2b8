// Form posts in, answers out; stored answers back into form values. Field names follow the triage package's
// README ("Form fields"): `<id>`, `<id>-day|month|year`, `<id>-time`, `<id>-from-day`, `<id>-name`, …
import type { AnswerValue, FieldError, Question, RawInput } from '@bluelamp/triage'
import { hasControlCharacters } from './text.ts'

/** Every text field of a form post, several values of one name as an array. Files are left out. */
export function formToRaw(form: FormData): RawInput {
  const raw: Record<string, string | string[]> = {}
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue
    const existing = raw[name]
    if (existing === undefined) raw[name] = value
    else raw[name] = Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return raw
}

/**
 * A field error for each of the question's fields that holds a control character (a NUL, an escape, a C1 code:
 * text.ts), linked to that field. Such text cannot be stored (Postgres refuses NUL) and was never typed on purpose.
 */
export function controlCharacterErrors(question: Question, raw: RawInput, message: string): FieldError[] {
  const errors: FieldError[] = []
  for (const [name, value] of Object.entries(raw)) {
    if (name !== question.id && !name.startsWith(`${question.id}-`)) continue
    const values = Array.isArray(value) ? value : [value]
    if (values.some((v) => typeof v === 'string' && hasControlCharacters(v))) errors.push({ field: name, message })
  }
  return errors
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function dateParts(prefix: string, iso: unknown): RawInput {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return {}
  const [year, month, day] = iso.split('-')
  return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year }
}

/** A stored answer as the form values that would give it, to fill the question page when it is shown again. */
export function answerToRaw(question: Question, value: AnswerValue | undefined): RawInput {
  const id = question.id
  if (value === undefined || value === null) return {}
  const obj: unknown = value
  switch (question.type) {
    case 'multiple-choice':
    case 'evidence-upload':
      return Array.isArray(value) ? { [id]: value } : {}
    case 'date':
      return dateParts(id, value)
    case 'approximate-time':
      return isObject(obj) ? { ...dateParts(id, obj.date), [`${id}-time`]: String(obj.timeOfDay ?? '') } : {}
    case 'date-range':
      return isObject(obj) ? { ...dateParts(`${id}-from`, obj.from), ...dateParts(`${id}-to`, obj.to) } : {}
    case 'person-description':
      return isObject(obj)
        ? Object.fromEntries(Object.entries(obj).map(([key, v]) => [`${id}-${key}`, String(v)]))
        : {}
    case 'contact-details':
      if (!isObject(obj)) return {}
      if (obj.anonymous === true) return { [`${id}-anonymous`]: 'yes' }
      return Object.fromEntries(
        (['name', 'email', 'phone'] as const).filter((k) => typeof obj[k] === 'string').map((k) => [`${id}-${k}`, String(obj[k])]),
      )
    case 'declaration':
      return isObject(obj) ? { [`${id}-agree`]: 'yes', ...(typeof obj.name === 'string' ? { [`${id}-name`]: obj.name } : {}) } : {}
    default:
      return typeof value === 'string' ? { [id]: value } : {}
  }
}
