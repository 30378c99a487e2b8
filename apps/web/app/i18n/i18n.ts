import i18next, { type TFunction } from 'i18next'
import { catalogue } from './catalogue.ts'

export type Locale = 'en' | 'cy'
export const LOCALES: readonly Locale[] = ['en', 'cy']

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

export type Translate = (key: string, vars?: Record<string, string | number>) => string

export function translator(locale: Locale): Translate {
  const t = instances.get(locale) ?? instances.get('en')!
  return (key, vars) => t(key, vars) as string
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy'
}
