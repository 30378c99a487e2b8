import type { MetaDescriptor } from '@remix-run/node'
import { translator, type Locale, type Translate, type MessageKey } from '../../i18n/i18n.ts'

interface RootMatch {
  id: string
  data?: unknown
}

/** A page's description in the page language, given the translator and the site's name (the force, or bluelamp). */
export type Describe = (t: Translate, site: { force: string }) => string

function rootData(matches: RootMatch[]) {
  return matches.find((m) => m.id === 'root')?.data as { locale?: Locale; tenant?: { name: string } | null; pageErrors?: boolean } | undefined
}

/**
 * A page's title, with "Error: " (or "Gwall: ") in front when the page shows errors: when the action that drew it said
 * so (the root loader's pageErrors), or when the caller knows it from its own data.
 */
export function titleWithErrors(matches: RootMatch[], title: string, hasErrors = false): string {
  const root = rootData(matches)
  return hasErrors || root?.pageErrors === true ? translator(root?.locale ?? 'en')('journey.question.titleError', { title }) : title
}

/**
 * "<page> – <service> – <force>", with "Error: " in front when the page shows errors (GOV.UK pattern), and the
 * page's `<meta name="description">`.
 */
export function journeyMeta(
  matches: RootMatch[],
  parts: (string | ((t: Translate) => string) | undefined)[],
  describe: Describe,
  hasErrors = false,
): MetaDescriptor[] {
  const root = rootData(matches)
  const t = translator(root?.locale ?? 'en')
  const title = [...parts.map((p) => (typeof p === 'function' ? p(t) : p)), root?.tenant?.name].filter(Boolean).join(' – ')
  return [{ title: titleWithErrors(matches, title, hasErrors) }, ...descriptionMeta(matches, describe)]
}

/** Just the description, for pages whose title is built another way. */
export function descriptionMeta(matches: RootMatch[], describe: Describe): MetaDescriptor[] {
  const root = rootData(matches)
  const content = describe(translator(root?.locale ?? 'en'), { force: root?.tenant?.name ?? 'bluelamp' }).trim()
  return content ? [{ name: 'description', content }] : []
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

/** The description of an outcome page: call 999, who deals with it instead, or the advice's title. */
export function outcomeDescription(
  t: Translate,
  outcome: { type: string; title?: string; agency?: { id: string; name: string } },
  site: { force: string },
): string {
  if (outcome.type === 'EMERGENCY') return t('meta.emergency', site)
  if (outcome.type === 'ADVICE') return t('meta.advice', { ...site, title: outcome.title ?? '' })
  if (outcome.agency?.id === 'another-force') return t('meta.anotherForce', site)
  return t('meta.redirect', { ...site, agency: outcome.agency?.name ?? '' })
}

/** A back-office page's title, "<page> – back office", in the page's language, with "Error: " when it shows errors. */
export function staffMeta(matches: RootMatch[], key: MessageKey, vars: Record<string, string> = {}): MetaDescriptor[] {
  const t = translator(rootLocale(matches))
  return [{ title: titleWithErrors(matches, `${t(key, vars)} – ${t('staff.titleSuffix')}`) }, { name: 'robots', content: 'noindex' }]
}
