// Text helpers for catalogue files. Kept apart from define.ts so that blocks define.ts applies (safe-contact.ts)
// can use them without importing define.ts back.
import type { Option, Text } from '../types.ts'

/** Text in English and Welsh. */
export const t = (en: string, cy: string): Text => ({ en, cy })

/** An answer option: a stable value, and its label in English and Welsh. */
export const opt = (value: string, en: string, cy: string, extra: Partial<Option> = {}): Option => ({
  value,
  label: t(en, cy),
  ...extra,
})
