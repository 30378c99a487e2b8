// Which version of an advice page a visitor sees, and whose words they are.
import { forceName, type ForceFacts, type Locale } from '../locale.ts'
import type { LocalAdvice, NationalAdvice } from '../model/advice.ts'

export type AdviceOwner = 'national' | 'force' | 'national-and-force'

export interface AdviceSection {
  owner: 'national' | 'force'
  /** A heading above the section (the force's added section has one; the main text has none). */
  heading?: string
  /** Markdown, to render with renderMarkdown. */
  body: string
  /** The language the section is in: English when a Welsh version is missing (mark it with lang="en"). */
  lang: Locale
}

export interface AdviceView {
  slug: string
  title: string
  summary: string
  lang: Locale
  sections: AdviceSection[]
  owner: AdviceOwner
  /** Says whose content it is, in the visitor's language: shown under the title. */
  label: string
  /** Under the force's added section: "From Leicestershire Police". */
  sectionLabel?: string
  /** YYYY-MM-DD of the national text, or the ISO time of the force's last change. */
  updated: string
  relatedServices: string[]
}

/**
 * The page a visitor sees for one advice slug, given the national page (if any) and the force's published
 * local advice for that slug (if any): the force's replacement or local page instead of the national one,
 * or the national page followed by the force's section. Undefined when there is nothing to show. The caller
 * passes only live local advice (see isLive).
 */
export function adviceForVisitor(args: { national?: NationalAdvice; local?: LocalAdvice; locale: Locale; force: ForceFacts }): AdviceView | undefined {
  const { national, local, locale, force } = args
  const name = forceName(force, locale)
  if (local && local.mode !== 'addition') {
    const [text, lang] = inLocale(local.text, locale)
    if (!text) return undefined
    return {
      slug: local.slug,
      title: text.title,
      summary: text.summary,
      lang,
      sections: [{ owner: 'force', body: text.body, lang }],
      owner: 'force',
      label: LABELS.force[locale](name),
      updated: local.updatedAt,
      relatedServices: local.relatedServices,
    }
  }
  if (!national) return undefined
  const version = (locale === 'cy' ? national.versions.cy : undefined) ?? national.versions.en
  const lang: Locale = version === national.versions.en ? 'en' : locale
  const view: AdviceView = {
    slug: national.slug,
    title: version.title,
    summary: version.summary,
    lang,
    sections: [{ owner: 'national', body: version.body, lang }],
    owner: 'national',
    label: LABELS.national[locale](name),
    updated: version.updated,
    relatedServices: version.relatedServices,
  }
  const [added, addedLang] = local ? inLocale(local.text, locale) : [undefined, locale]
  if (!added) return view
  return {
    ...view,
    sections: [...view.sections, { owner: 'force', heading: added.heading, body: added.body, lang: addedLang }],
    owner: 'national-and-force',
    label: LABELS.both[locale](name),
    sectionLabel: LABELS.section[locale](name),
  }
}

function inLocale<T>(text: { en?: T; cy?: T }, locale: Locale): [T | undefined, Locale] {
  if (locale === 'cy' && text.cy) return [text.cy, 'cy']
  return [text.en, 'en']
}

export const LABELS = {
  national: {
    en: (_name: string) => 'National police advice: the same on every force’s website',
    cy: (_name: string) => 'Cyngor cenedlaethol yr heddlu: yr un fath ar wefan pob heddlu',
  },
  force: {
    en: (name: string) => `Advice from ${name}`,
    cy: (name: string) => `Cyngor gan ${name}`,
  },
  both: {
    en: (name: string) => `National police advice, with a section from ${name}`,
    cy: (name: string) => `Cyngor cenedlaethol yr heddlu, gydag adran gan ${name}`,
  },
  section: {
    en: (name: string) => `From ${name}`,
    cy: (name: string) => `Gan ${name}`,
  },
} satisfies Record<string, Record<Locale, (name: string) => string>>

export interface MissingWelsh {
  slug: string
  /** What has no Welsh version: the national file, or the force's own text. */
  what: 'national' | 'force'
  message: string
}

/**
 * A Welsh force must offer every page it shows in Welsh. Lists the advice pages this force would show
 * (every national page, plus its live local advice) that have no Welsh version; empty for a force whose
 * site is English only. The app checks this when it starts and refuses to show such a page in Welsh.
 */
export function missingWelshAdvice(force: ForceFacts, national: readonly NationalAdvice[], local: readonly LocalAdvice[]): MissingWelsh[] {
  if (!force.locales.includes('cy')) return []
  const missing: MissingWelsh[] = []
  const replaced = new Set(local.filter((l) => l.mode !== 'addition').map((l) => l.slug))
  for (const page of national) {
    if (!replaced.has(page.slug) && !page.versions.cy) {
      missing.push({ slug: page.slug, what: 'national', message: `${page.versions.en.file} has no Welsh version (${page.slug}.cy.md), and ${force.name} shows every page in Welsh` })
    }
  }
  for (const page of local) {
    if (!page.text.cy) missing.push({ slug: page.slug, what: 'force', message: `${force.name}’s ${page.mode} for “${page.slug}” has no Welsh version` })
  }
  return missing
}
