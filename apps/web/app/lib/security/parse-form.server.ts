// Forms and query strings read through a zod schema, one way everywhere. A schema's fields say how each value is
// read (trimmed or not, cut to how long), and its rules say what is wrong; the page gets back the typed data, or
// each field's first error (a message key the page translates) and what the person typed, read the same way, so
// that a page with errors shows their answers as they left them.
//
// What the browser sent is never trusted: a name sent twice counts once (the first, as FormData.get reads it), a
// file where text belongs counts as not sent, and every value is cut before any rule looks at it, so an over-long
// value costs no more than a long one.
import { z } from 'zod'

export type FieldErrors = Record<string, string>

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> }

type Source = FormData | URLSearchParams | Record<string, unknown>

/** The longest any value is read, whatever its field allows: more than every field's own limit. */
export const READ_MAX = 60_000

/** A text field: '' when missing (or a file), trimmed unless `trim: false`, cut to `cut` characters. */
export function formText(cut: number, options: { trim?: boolean } = {}) {
  const trim = options.trim ?? true
  return z.preprocess((value) => (typeof value === 'string' ? (trim ? value.trim() : value).slice(0, cut) : ''), z.string())
}

/** A field taken as sent (a choice, an id, an intent): '' when missing (or a file), cut to READ_MAX. */
export function formValue() {
  return z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string())
}

function read(source: Source): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const take = (name: string, value: unknown) => {
    // The first of a repeated name wins, as FormData.get and URLSearchParams.get read it.
    if (Object.hasOwn(fields, name)) return
    fields[name] = typeof value === 'string' ? value.slice(0, READ_MAX) : undefined
  }
  if (source instanceof FormData || source instanceof URLSearchParams) for (const [name, value] of source) take(name, value)
  else for (const [name, value] of Object.entries(source)) take(name, value)
  return fields
}

function plainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads `source` through `schema`. On failure, `errors` holds each field's first message and `values` the fields as
 * the schema's fields read them (trimmed and cut), which is what a rule written as a refinement of the whole form
 * sees; a form whose fields could not be read at all gets back the text fields as sent.
 */
export function parseForm<S extends z.ZodType>(source: Source, schema: S): FormResult<z.output<S>> {
  const fields = read(source)
  const result = schema.safeParse(fields, { reportInput: true })
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  let seen: Record<string, unknown> | null = null
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '')
    if (!(name in errors)) errors[name] = issue.message
    // A refinement of the whole form reports the fields as it saw them.
    if (issue.path.length <= 1 && issue.code === 'custom' && plainObject(issue.input)) seen ??= issue.input
  }
  const values: Record<string, string> = {}
  for (const [name, value] of Object.entries(seen ?? fields)) if (typeof value === 'string') values[name] = value
  return { ok: false, errors, values }
}
