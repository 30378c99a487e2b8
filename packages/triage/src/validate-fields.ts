// Reading untrusted form fields, and the result shape of validation.
import type { AnswerValue, Locale, Text } from './types.ts'

/** The parts of a description of a person, in the order the form shows them. */
export const PERSON_FIELDS = ['sex', 'age', 'height', 'build', 'clothing', 'other'] as const

/** The parts a question's form may post beside (or instead of) a field named by the question's id alone. */
export type FieldPart =
  | 'day' | 'month' | 'year' | 'time' | 'from' | 'to'
  | 'name' | 'email' | 'phone' | 'anonymous'
  | 'agree' | 'files' | 'remove'
  | (typeof PERSON_FIELDS)[number]

/**
 * The name (and id) of one part of a question's form, `<question id>-<part>`: the codecs, validation, the action that
 * reads uploads and the page that draws the fields all name parts through this, so a part has one spelling. Dates
 * nest: the day box of a range's start is `fieldName(fieldName(id, 'from'), 'day')`.
 */
export const fieldName = (questionId: string, part: FieldPart): string => `${questionId}-${part}`

export type RawInput = Record<string, string | string[] | undefined>

export interface FieldError {
  /** The form field to link to from the error summary (its id), when one field is at fault. */
  field?: string
  message: string
}

export type Validation = { ok: true; value: AnswerValue } | { ok: false; errors: FieldError[] }

export interface ValidationContext {
  /** The time of the request: dates are judged against the UK date at this moment. */
  now: string | Date
}

/** Reads one field: the first value if posted several times, trimmed; '' when absent. */
export function field(raw: RawInput, name: string): string {
  const value = raw[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.trim() : ''
}

export function fields(raw: RawInput, name: string): string[] {
  const value = raw[name]
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '')
}

export const fail = (locale: Locale, text: Text, fieldName?: string): Validation => ({
  ok: false,
  errors: [fieldName === undefined ? { message: text[locale] } : { field: fieldName, message: text[locale] }],
})

