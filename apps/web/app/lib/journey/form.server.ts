// Form posts in: the text fields of a post, and control characters refused on the question's fields. The field
// names of each question type, and a stored answer turned back into form values, are the triage package's field
// codecs (`answerToForm`, `fieldNames`, `firstFieldId`).
import type { FieldError, Question, RawInput } from '@bluelamp/triage'
import { hasControlCharacters } from '../platform/text.ts'

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
