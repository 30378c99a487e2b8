// Every public page has a `<meta name="description">` in the page language: the route modules' own `meta`
// functions, called the way Remix calls them, for a force's site in English and in Welsh.
import { describe, expect, it } from 'vitest'
import type { MetaDescriptor } from '@remix-run/node'
import * as text from '../../i18n/meta.ts'
import * as root from '../../root.tsx'
import * as home from '../../routes/_index.tsx'
import * as services from '../../routes/services._index.tsx'
import * as start from '../../routes/services.$serviceId._index.tsx'
import * as question from '../../routes/services.$serviceId.questions.$questionId.tsx'
import * as check from '../../routes/services.$serviceId.check-answers.tsx'
import * as declaration from '../../routes/services.$serviceId.declaration.tsx'
import * as confirmation from '../../routes/services.$serviceId.confirmation._index.tsx'
import * as print from '../../routes/services.$serviceId.confirmation.print.tsx'
import * as emergency from '../../routes/services.$serviceId.emergency.tsx'
import * as redirect from '../../routes/services.$serviceId.redirect.tsx'
import * as receiving from '../../routes/services.$serviceId.receiving-force.tsx'
import * as advice from '../../routes/services.$serviceId.advice.tsx'
import * as save from '../../routes/services.$serviceId.save.tsx'
import * as resume from '../../routes/services.$serviceId.resume.$token.tsx'
import * as track from '../../routes/track.tsx'
import * as find from '../../routes/find.tsx'
import * as accessibility from '../../routes/accessibility.tsx'
import * as privacy from '../../routes/privacy.tsx'
import * as cookies from '../../routes/cookies.tsx'
import * as tooLarge from '../../routes/request-too-large.tsx'

type Locale = 'en' | 'cy'
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's meta takes its own loader's data
type AnyMeta = (args: any) => MetaDescriptor[]

const FORCE: Record<Locale, string> = { en: 'Dyfed-Powys Police', cy: 'Heddlu Dyfed-Powys' }
const SERVICE = {
  en: { id: 'theft', title: 'Report a theft', description: 'Something was stolen from you or your business.' },
  cy: { id: 'theft', title: 'Rhoi gwybod am ladrad', description: 'Cafodd rhywbeth ei ddwyn oddi wrthych chi neu’ch busnes.' },
}

function matchesFor(locale: Locale, national = false) {
  return [{ id: 'root', data: { locale, tenant: national ? null : { id: 'dyfed-powys', name: FORCE[locale] } } }]
}

function description(meta: MetaDescriptor[]): string | undefined {
  const found = meta.filter((m) => (m as { name?: string }).name === 'description')
  expect(found.length, 'one description').toBeLessThanOrEqual(1)
  return (found[0] as { content?: string } | undefined)?.content
}

/** Each public page: its meta function and the loader data it gets, per language. */
const pages: { name: string; meta: AnyMeta; data: (locale: Locale) => unknown; national?: boolean; mentions?: (locale: Locale) => string[] }[] = [
  {
    name: 'force home',
    meta: home.meta,
    data: (locale) => ({ kind: 'force', forceName: FORCE[locale], locale, nonEmergency: '101', services: [] }),
    mentions: (locale) => [FORCE[locale]],
  },
  { name: 'national landing', meta: home.meta, data: () => ({ kind: 'national', forces: [] }), national: true },
  { name: 'find (choose a force)', meta: find.meta, data: () => ({ result: { kind: 'choose' }, forces: [] }), national: true },
  { name: 'services', meta: services.meta, data: () => ({ forceName: 'x', services: [] }), mentions: (locale) => [FORCE[locale]] },
  {
    name: 'service start',
    meta: start.meta,
    data: (locale) => ({ service: SERVICE[locale], minutes: 5, draft: null }),
    mentions: (locale) => [SERVICE[locale].title, FORCE[locale], SERVICE[locale].description],
  },
  {
    name: 'question',
    meta: question.meta,
    data: (locale) => ({ service: SERVICE[locale], question: { text: { en: 'What was stolen?', cy: 'Beth gafodd ei ddwyn?' } }, errors: [] }),
    mentions: (locale) => [SERVICE[locale].title, FORCE[locale]],
  },
  {
    name: 'question with errors',
    meta: question.meta,
    data: (locale) => ({ service: SERVICE[locale], question: { text: { en: 'What was stolen?', cy: 'Beth gafodd ei ddwyn?' } }, errors: [{ href: '#x', text: 'x' }] }),
    mentions: (locale) => [SERVICE[locale].title, FORCE[locale]],
  },
  { name: 'check answers', meta: check.meta, data: (locale) => ({ service: SERVICE[locale] }), mentions: (locale) => [SERVICE[locale].title, FORCE[locale]] },
  {
    name: 'declaration',
    meta: declaration.meta,
    data: (locale) => ({ service: SERVICE[locale], question: { text: { en: 'Declaration', cy: 'Datganiad' } } }),
    mentions: (locale) => [FORCE[locale]],
  },
  { name: 'confirmation', meta: confirmation.meta, data: (locale) => ({ service: SERVICE[locale], reference: 'DYP-26-7KQ4-XM' }), mentions: (locale) => [FORCE[locale]] },
  {
    name: 'confirmation of a report sent to another force',
    meta: confirmation.meta,
    data: (locale) => ({ service: SERVICE[locale], reference: 'GMP-26-7KQ4-XM', forceName: 'Greater Manchester Police', receivedElsewhere: { trackUrl: 'https://www.gmp.police.uk/track' } }),
    mentions: () => ['Greater Manchester Police'],
  },
  {
    name: 'receiving force',
    meta: receiving.meta,
    data: (locale) => ({ service: SERVICE[locale], routing: { force: 'Greater Manchester Police', why: 'x', changeHref: '/', changeText: 'postcode' } }),
    mentions: () => ['Greater Manchester Police'],
  },
  { name: 'printable copy', meta: print.meta, data: (locale) => ({ service: SERVICE[locale], reference: 'DYP-26-7KQ4-XM' }), mentions: (locale) => [FORCE[locale]] },
  { name: 'emergency outcome', meta: emergency.meta, data: (locale) => ({ service: SERVICE[locale], outcome: { type: 'EMERGENCY' } }), mentions: () => ['999'] },
  {
    name: 'redirect outcome',
    meta: redirect.meta,
    data: (locale) => ({ service: SERVICE[locale], outcome: { type: 'REDIRECT', agency: { id: 'action-fraud', name: 'Report Fraud' } } }),
    mentions: (locale) => ['Report Fraud', FORCE[locale]],
  },
  {
    name: 'another force outcome',
    meta: redirect.meta,
    data: (locale) => ({ service: SERVICE[locale], outcome: { type: 'REDIRECT', agency: { id: 'another-force', name: 'x' } } }),
    mentions: (locale) => [FORCE[locale]],
  },
  {
    name: 'advice outcome',
    meta: advice.meta,
    data: (locale) => ({ service: SERVICE[locale], outcome: { type: 'ADVICE', title: locale === 'cy' ? 'Eiddo coll' : 'Lost property' } }),
    mentions: (locale) => [locale === 'cy' ? 'Eiddo coll' : 'Lost property', FORCE[locale]],
  },
  { name: 'save for later', meta: save.meta, data: (locale) => ({ service: SERVICE[locale] }), mentions: (locale) => [FORCE[locale]] },
  { name: 'resume link expired', meta: resume.meta, data: (locale) => ({ service: SERVICE[locale], expired: true }), mentions: (locale) => [FORCE[locale]] },
  { name: 'track', meta: track.meta, data: () => undefined, mentions: (locale) => [FORCE[locale]] },
  { name: 'accessibility', meta: accessibility.meta, data: (locale) => ({ site: FORCE[locale] }), mentions: (locale) => [FORCE[locale]] },
  { name: 'privacy', meta: privacy.meta, data: (locale) => ({ site: FORCE[locale] }), mentions: (locale) => [FORCE[locale]] },
  { name: 'cookies', meta: cookies.meta, data: (locale) => ({ site: FORCE[locale] }), mentions: (locale) => [FORCE[locale]] },
  { name: 'request too large', meta: tooLarge.meta, data: () => ({ maxFileSize: '10 MB' }), mentions: (locale) => [FORCE[locale]] },
]

describe('page descriptions', () => {
  for (const page of pages) {
    it(`${page.name} has a description in English and in Welsh`, () => {
      const found = {} as Record<Locale, string>
      for (const locale of page.national ? (['en'] as const) : (['en', 'cy'] as const)) {
        const matches = matchesFor(locale, page.national)
        const content = description(page.meta({ data: page.data(locale), matches, params: {}, location: { pathname: '/' }, error: undefined }))
        expect(content, `${page.name} (${locale})`).toBeTruthy()
        expect(content!.length, `${page.name} (${locale}): long enough to say something, short enough to be shown whole`).toBeGreaterThan(40)
        expect(content!.length).toBeLessThanOrEqual(300)
        expect(content).not.toMatch(/\{\{|\}\}|meta\.|undefined/)
        for (const text of page.mentions?.(locale) ?? []) expect(content).toContain(text)
        found[locale] = content!
      }
      if (!page.national) expect(found.cy).not.toBe(found.en)
    })
  }

  it('error pages have one too, in the page language (the root route meta with an error)', () => {
    const notFound = { status: 404, statusText: 'Not Found', internal: false, data: null }
    for (const locale of ['en', 'cy'] as const) {
      const matches = matchesFor(locale)
      const rootData = matches[0]!.data
      const missing = description(root.meta({ data: rootData, matches, error: notFound, params: {}, location: { pathname: '/nope' } } as never))
      const failed = description(root.meta({ data: rootData, matches, error: new Error('boom'), params: {}, location: { pathname: '/' } } as never))
      expect(missing).toContain(FORCE[locale])
      expect(failed).toContain('999')
      expect(missing).not.toBe(failed)
      expect(missing).toBe(text[locale].notFound.replace('{{site}}', FORCE[locale]))
    }
    // A problem page (here a forged form) drawn without the root loader: its own data names the language and the force.
    const forged = { status: 403, statusText: 'Forbidden', internal: false, data: { reason: 'csrf', locale: 'cy', tenant: { id: 'dyfed-powys', name: FORCE.cy } } }
    expect(description(root.meta({ data: undefined, matches: [{ id: 'root', data: undefined }], error: forged, params: {}, location: { pathname: '/' } } as never))).toBe(
      text.cy.error.replace('{{site}}', FORCE.cy),
    )
    const unknown = { status: 404, statusText: 'Not Found', internal: false, data: { reason: 'unknown-host', forces: [] } }
    expect(description(root.meta({ data: undefined, matches: [{ id: 'root', data: undefined }], error: unknown, params: {}, location: { pathname: '/' } } as never))).toBeTruthy()
  })

  it('every description has English and Welsh wording', () => {
    expect(Object.keys(text.cy).sort()).toEqual(Object.keys(text.en).sort())
    for (const key of Object.keys(text.en) as (keyof typeof text.en)[]) expect(text.cy[key], key).not.toBe(text.en[key])
  })
})
