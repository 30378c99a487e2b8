import i18next, { type TFunction } from 'i18next'
import { catalogue, type Catalogue, type MessageKey } from './catalogue.ts'

export type { Catalogue, MessageKey } from './catalogue.ts'

export type Locale = 'en' | 'cy'
export const LOCALES: readonly Locale[] = ['en', 'cy']

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Catalogue }
  }
}

// One i18next instance per locale, created once: translation is a hot path on every page.
const instances = new Map<Locale, TFunction>()
for (const lng of LOCALES) {
  const instance = i18next.createInstance()
  void instance.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: catalogue.en }, cy: { translation: catalogue.cy } },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes on render
    returnNull: false,
    showSupportNotice: false,
  })
  instances.set(lng, instance.t)
}

/**
 * Translate one message. The key is checked against the English catalogue, so a missing or misspelt key fails the
 * type check; a key built at run time must come from a typed map (`Record<Status, MessageKey>`) rather than a string.
 */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/**
 * A message key that reached the page as data: a form error from a zod schema (parse-form.server.ts), an action's
 * result, a one-time notice read back from a cookie. Those travel as plain strings the compiler cannot follow, so this
 * is the one place such a string is taken as a key. Where they are written they are literals, and the catalogue test
 * checks that every key-like literal in the code is in the catalogue, so a misspelt one still fails a check.
 */
export function keyFromData(key: string): MessageKey {
  return key as MessageKey
}

export function translator(locale: Locale): Translate {
  const t = instances.get(locale) ?? instances.get('en')!
  // The key is already checked by `Translate`; handing it on as a plain string spares the compiler i18next's own
  // (much heavier) key and interpolation inference, which adds nothing here.
  const untyped = t as unknown as (key: string, vars?: Record<string, string | number>) => string
  return (key, vars) => untyped(key, vars)
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy'
}
