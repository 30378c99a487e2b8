// Characters no answer, name or note can sensibly hold: the C0 controls other than tab, line feed and carriage return,
// DEL, and the C1 controls. Postgres refuses NUL in text outright, and the rest do nothing but hide or garble what a
// person or a member of staff sees, so they are a field error wherever text is typed, never a database error.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value)
}

/** The text without its control characters (for recording what was attempted, never for what is saved). */
export function withoutControlCharacters(value: string): string {
  return value.replace(new RegExp(CONTROL.source, 'g'), '')
}
