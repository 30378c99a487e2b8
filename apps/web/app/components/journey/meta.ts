import type { MetaDescriptor } from '@remix-run/node'
import { translator, type Locale, type Translate } from '../../i18n/i18n.ts'

interface RootMatch {
  id: string
  data?: unknown
}

/** "<page> – <service> – <force>", with "Error: " in front when the page shows errors (GOV.UK pattern). */
export function journeyMeta(
  matches: RootMatch[],
  parts: (string | ((t: Translate) => string) | undefined)[],
  hasErrors = false,
): MetaDescriptor[] {
  const root = matches.find((m) => m.id === 'root')?.data as { locale?: Locale; tenant?: { name: string } | null } | undefined
  const t = translator(root?.locale ?? 'en')
  const title = [...parts.map((p) => (typeof p === 'function' ? p(t) : p)), root?.tenant?.name].filter(Boolean).join(' – ')
  return [{ title: hasErrors ? t('journey.question.titleError', { title }) : title }]
}

export function rootLocale(matches: RootMatch[]): Locale {
  return (matches.find((m) => m.id === 'root')?.data as { locale?: Locale } | undefined)?.locale ?? 'en'
}

/** The heading of an outcome page, for its title. */
export function outcomeTitle(t: Translate, outcome: { type: string; title?: string; agency?: { id: string; name: string } }): string {
  if (outcome.type === 'EMERGENCY') return t('journey.outcome.emergencyTitle')
  if (outcome.type === 'ADVICE') return outcome.title ?? ''
  if (outcome.agency?.id === 'another-force') return t('journey.outcome.anotherForceTitle')
  return t('journey.outcome.redirectTitle', { agency: outcome.agency?.name ?? '' })
}
