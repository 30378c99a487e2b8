// Small helpers that keep service files close to the policy they encode.
import type { Option, Service, Text } from '../types.ts'

/** Text in English and Welsh. */
export const t = (en: string, cy: string): Text => ({ en, cy })

/** An answer option: a stable value, and its label in English and Welsh. */
export const opt = (value: string, en: string, cy: string, extra: Partial<Option> = {}): Option => ({
  value,
  label: t(en, cy),
  ...extra,
})

/** Identity, for types and autocompletion in service files. */
export const defineService = (service: Service): Service => service
