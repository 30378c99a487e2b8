// Builders for tests: a valid item of each kind, with what a test cares about overridden.
import type { ForceFacts } from './locale.ts'
import { appealSchema, type Appeal, type AppealInput } from './model/appeal.ts'
import { areaPageSchema, type AreaPage, type AreaPageInput } from './model/area.ts'
import type { NationalAdvice } from './model/advice.ts'
import { newsArticleSchema, type NewsArticle } from './model/news.ts'

export const leicestershire: ForceFacts = { id: 'leicestershire', name: 'Leicestershire Police', locales: ['en'] }
export const dyfedPowys: ForceFacts = { id: 'dyfed-powys', name: 'Dyfed-Powys Police', nameCy: 'Heddlu Dyfed-Powys', locales: ['en', 'cy'] }

export const NOW = new Date('2026-12-01T12:00:00Z')

const words = (title: string) => ({ title, summary: `${title}: the short version.`, body: `## About\n\n${title}.` })

export function news(overrides: Partial<NewsArticle> = {}): NewsArticle {
  return newsArticleSchema.parse({
    kind: 'news',
    slug: 'new-neighbourhood-office',
    text: { en: words('A new neighbourhood office') },
    publication: { status: 'published', publishAt: '2026-11-20T09:00:00Z' },
    updatedAt: '2026-11-20T09:00:00Z',
    ...overrides,
  })
}

export function appeal(overrides: Partial<AppealInput> = {}): Appeal {
  return appealSchema.parse({
    kind: 'appeal',
    slug: 'stolen-tractor-melton',
    appealKind: 'witnesses',
    reference: 'LE-2026-0142',
    text: { en: words('Stolen tractor near Melton') },
    status: 'open',
    serviceId: 'sighting',
    publication: { status: 'published', publishAt: '2026-11-25T09:00:00Z' },
    updatedAt: '2026-11-25T09:00:00Z',
    ...overrides,
  })
}

export function area(overrides: Partial<AreaPageInput> = {}): AreaPage {
  return areaPageSchema.parse({
    kind: 'area',
    slug: 'city-centre',
    text: { en: { ...words('City centre neighbourhood team'), priorities: [{ title: 'Shop theft', detail: 'Working with shops on the high street.' }] } },
    postcodeDistricts: ['LE1', 'LE2'],
    publication: { status: 'published', publishAt: '2026-11-01T09:00:00Z' },
    updatedAt: '2026-11-01T09:00:00Z',
    ...overrides,
  })
}

export function nationalAdvice(slug: string, welsh = true): NationalAdvice {
  const version = (lang: string) => ({ title: `${slug} (${lang})`, summary: `Summary (${lang})`, body: `Body (${lang})`, updated: '2026-11-30', relatedServices: ['burglary'], file: `content/advice/${slug}.${lang}.md` })
  return { slug, versions: welsh ? { en: version('en'), cy: version('cy') } : { en: version('en') } }
}
