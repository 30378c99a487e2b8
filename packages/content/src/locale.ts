import { z } from 'zod'

/** The languages a force's site is offered in. Every site offers English; Welsh forces also offer Welsh. */
export const LOCALES = ['en', 'cy'] as const
export type Locale = (typeof LOCALES)[number]
export const localeSchema = z.enum(LOCALES)

/** A piece of text in English, and in Welsh where there is a Welsh version. */
export interface Localised<T = string> {
  en: T
  cy?: T
}

/** Picks the visitor's language, falling back to English (used only where Welsh is not required). */
export function pick<T>(value: Localised<T>, locale: Locale): T {
  return (locale === 'cy' ? value.cy : undefined) ?? value.en
}

/** What the content rules need to know about a force: its id, its names and the languages its site offers. */
export interface ForceFacts {
  id: string
  name: string
  nameCy?: string
  locales: readonly Locale[]
}

/** A force whose site is offered in Welsh must publish every page in Welsh too. */
export function requiresWelsh(force: Pick<ForceFacts, 'locales'>): boolean {
  return force.locales.includes('cy')
}

export function forceName(force: ForceFacts, locale: Locale): string {
  return locale === 'cy' ? (force.nameCy ?? force.name) : force.name
}
