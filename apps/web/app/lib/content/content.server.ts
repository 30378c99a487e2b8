// A force's own public pages: news, appeals, advice, "your area" and contact, with the news feed and the sitemap
// (docs/decisions/019-force-content-in-the-database.md). Items come from the database for this force only, are
// checked against @bluelamp/content's schemas as they are read, and are shown only while live; national advice
// comes from @bluelamp/content's files, with the force's own advice over it. Every page is the same for everyone
// with the same address, host and language, so each loader offers it to the shared-page cache.
import { data, redirect, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node'
import {
  appealForDisplay,
  appealServiceHref,
  adviceForVisitor,
  ATOM_CONTENT_TYPE,
  buildAtomFeed,
  buildSitemap,
  CONTENT_PATHS,
  contentPath,
  findAreaByPostcode,
  forceContentSchema,
  missingWelshAdvice,
  PAGE_SIZE,
  pageHref,
  paginate,
  paginationLinks,
  parsePage,
  renderMarkdown,
  SITEMAP_CONTENT_TYPE,
  upcomingMeeting,
  type AdviceView,
  type Appeal,
  type ContentImage,
  type ResolvedImage,
  type AreaPage,
  type ContactPage,
  type ForceContent,
  type ForceFacts,
  type LocalAdvice,
  type NationalAdvice,
  type NewsArticle,
  type SitemapUrl,
} from '@bluelamp/content'
import { loadNationalAdvice } from '@bluelamp/content/files'
import type { ContentImageInfo, ContentItemKind, Database, StoredContentItem } from '@bluelamp/db'
import { imagesById, resolvedImage } from './images.server.ts'
import { formatUk, getService } from '@bluelamp/triage'
import type { Tenant } from '@bluelamp/tenants'
import { translator, type Locale, type MessageKey } from '../../i18n/i18n.ts'
import { servicesFor } from '../journey/journey.server.ts'
import { localeFor, tenantName } from '../site/locale.server.ts'
import { logger } from '../platform/logger.server.ts'
import { sharePage } from '../platform/shared-page.server.ts'

/** National advice, read from the package's files once per process (they change only with a deploy). */
let national: Promise<NationalAdvice[]> | undefined
export function nationalAdvice(): Promise<NationalAdvice[]> {
  national ??= loadNationalAdvice().catch((error: unknown) => {
    national = undefined
    throw error
  })
  return national
}

const notFound = () => data({ reason: 'not-found' }, { status: 404 })

/** What a page's view is drawn for: the force, the language and the moment. */
export interface ViewFrame {
  tenant: Tenant
  locale: Locale
  now: Date
  forceName: string
  /** Where the page's pictures are read from. */
  database: Database
}

/** The force and language of a content page; national and unknown hosts have no such pages. */
export async function frame(request: Request, context: AppLoadContext) {
  if (context.site.kind !== 'tenant') throw notFound()
  const tenant = context.site.tenant
  const locale = await localeFor(request, context.site)
  return { tenant, locale, database: context.services.database, now: new Date(), forceName: tenantName(tenant, locale) }
}

export function forceFacts(tenant: Pick<Tenant, 'id' | 'name' | 'nameCy' | 'locales'>): ForceFacts {
  return { id: tenant.id, name: tenant.name, nameCy: tenant.nameCy, locales: tenant.locales as Locale[] }
}

/**
 * Checks a stored item against the content model. A row that no longer fits (written by hand, or by an older
 * version) is left out and logged, never shown half-checked and never allowed to take a whole listing down.
 */
function checked<K extends ForceContent['kind']>(stored: StoredContentItem, kind: K): Extract<ForceContent, { kind: K }> | undefined {
  const parsed = forceContentSchema.safeParse(stored)
  if (parsed.success && parsed.data.kind === kind) return parsed.data as Extract<ForceContent, { kind: K }>
  logger.warn({ event: 'content-item-invalid', kind, slug: stored.slug, issues: parsed.error?.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`) })
  return undefined
}

/** The words in the visitor's language, or English marked as English (lang="en") when there is no Welsh version. */
export function inLanguage<T>(text: { en?: T; cy?: T }, locale: Locale): { text: T; lang: Locale } | undefined {
  if (locale === 'cy' && text.cy) return { text: text.cy, lang: 'cy' }
  if (text.en) return { text: text.en, lang: 'en' }
  return text.cy ? { text: text.cy, lang: 'cy' } : undefined
}

/** Markdown to the design system's HTML, each `![what it shows](image:<id>)` the force has uploaded at its widths. */
function render(body: string, tenant: Tenant, images: Images = NO_IMAGES): string {
  return renderMarkdown(body, {
    siteHosts: [...tenant.hostnames, ...tenant.hostnamesCy],
    images: (id) => {
      const info = images.get(id)
      return info ? resolvedImage(info) : undefined
    },
  }).html
}

type Images = Map<string, ContentImageInfo>
const NO_IMAGES: Images = new Map()

/** The ids of uploaded images a Markdown body refers to (a superset is harmless: an id not used is not shown). */
function imageIdsIn(body: string): string[] {
  return [...body.matchAll(/\(\s*image:([a-z0-9][a-z0-9-]{2,63})/g)].map((m) => m[1]!)
}

/** The force's uploaded images a page shows: its picture and those in its words, in one query. */
function pageImages(database: Database, tenant: Tenant, picture: ContentImage | undefined, bodies: (string | undefined)[]): Promise<Images> {
  const ids = [...(picture ? [picture.id] : []), ...bodies.flatMap((b) => (b ? imageIdsIn(b) : []))]
  return ids.length ? imagesById(database, tenant.id, ids) : Promise.resolve(NO_IMAGES)
}

export interface PictureView extends ResolvedImage {
  alt: string
  /** The language of the description (an English one on a Welsh page when there is no Welsh). */
  lang: Locale
}

/**
 * An appeal's photo or a story's picture as the page shows it: every width, its shape, and what it shows in the
 * visitor's language (the page's own description, else the library's). Undefined while the image is not uploaded.
 */
function pictureView(picture: ContentImage | undefined, images: Images, locale: Locale): PictureView | undefined {
  const info = picture && images.get(picture.id)
  const resolved = info && resolvedImage(info)
  if (!picture || !info || !resolved) return undefined
  // The visitor's language first (the page's own words, then the library's), then English, then Welsh.
  const library: Record<Locale, string | undefined> = { en: info.altEn, cy: info.altCy ?? undefined }
  const choices: [string | undefined, Locale][] = [
    [picture.alt[locale], locale],
    [library[locale], locale],
    [picture.alt.en, 'en'],
    [library.en, 'en'],
    [picture.alt.cy, 'cy'],
  ]
  const [alt, lang] = choices.find(([text]) => text !== undefined && text !== '') ?? [undefined, locale]
  return alt ? { ...resolved, alt, lang } : undefined
}

function formatDate(iso: string, locale: Locale, withTime = false): string {
  return formatUk(iso, locale, { time: withTime })
}

async function liveItem<K extends ContentItemKind>(database: Database, tenant: Tenant, kind: K, slug: string | undefined, now: Date) {
  if (kind !== 'contact' && !slug) return undefined
  const stored = await database.queries.getContentItem(tenant.id, kind, slug, { liveAt: now })
  return stored ? checked(stored, kind) : undefined
}

async function liveItems<K extends 'news' | 'appeal' | 'advice' | 'area'>(database: Database, tenant: Tenant, kind: K, now: Date) {
  const { items } = await database.queries.listContentItems(tenant.id, kind, { liveAt: now })
  return items.map((item) => checked(item, kind)).filter((item) => item !== undefined)
}

/** A page of a listing: the page number from ?page= (404 for anything but a page that exists) and its items. */
async function listing<K extends 'news' | 'appeal'>(request: Request, database: Database, tenant: Tenant, kind: K, now: Date) {
  const page = parsePage(new URL(request.url).searchParams.get('page'))
  if (page === undefined) throw notFound()
  const { items, total } = await database.queries.listContentItems(tenant.id, kind, { liveAt: now, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
  const pagination = paginate(total, page, PAGE_SIZE)
  if (pagination.outOfRange) throw notFound()
  const path = CONTENT_PATHS[kind]
  return {
    items: items.map((item) => checked(item, kind)).filter((item) => item !== undefined),
    page,
    pagination: paginationLinks(pagination, (n) => pageHref(path, n)),
  }
}

export interface ListedItem {
  href: string
  title: string
  summary: string
  lang: Locale
  /** When it went live, in words. */
  published: string
  publishedIso: string
}

function listed(item: NewsArticle | Appeal, locale: Locale): ListedItem | undefined {
  const words = inLanguage(item.text, locale)
  if (!words) return undefined
  const publishedIso = item.publication.publishAt ?? item.updatedAt
  return { href: contentPath(item), title: words.text.title, summary: words.text.summary, lang: words.lang, published: formatDate(publishedIso, locale), publishedIso }
}

type ArticleText = { title: string; summary: string; body: string }

/** A story's or appeal's words in the visitor's language (or the one it has), rendered; undefined when it has none. */
function articleWords(text: { en?: ArticleText; cy?: ArticleText }, locale: Locale, tenant: Tenant, images: Images = NO_IMAGES) {
  const words = inLanguage(text, locale)
  if (!words) return undefined
  return { title: words.text.title, summary: words.text.summary, lang: words.lang, html: render(words.text.body, tenant, images) }
}

/** A story's or appeal's words and picture, with the images they need read in one query. */
async function articleWithImages(database: Database, tenant: Tenant, text: { en?: ArticleText; cy?: ArticleText }, picture: ContentImage | undefined, locale: Locale) {
  const body = inLanguage(text, locale)?.text.body
  const images = await pageImages(database, tenant, picture, [body])
  const words = articleWords(text, locale, tenant, images)
  return words && { ...words, picture: pictureView(picture, images, locale) }
}

/** GET /news: the force's live news, newest first, ten a page. */
export async function newsListLoader({ request, context }: LoaderFunctionArgs) {
  const { tenant, locale, database, now, forceName } = await frame(request, context)
  const { items, page, pagination } = await listing(request, database, tenant, 'news', now)
  sharePage(context)
  return { forceName, page, pagination, items: items.map((item) => listed(item, locale)).filter((i) => i !== undefined) }
}

/**
 * What a story's page shows, from the story: the public page and the editor's preview both draw this, so a preview
 * is the page as published. Undefined when the story has no words at all.
 */
export async function newsArticleView(item: NewsArticle, view: ViewFrame) {
  const { tenant, locale, forceName, database } = view
  const article = await articleWithImages(database, tenant, item.text, item.image, locale)
  if (!article) return undefined
  const published = item.publication.publishAt ?? item.updatedAt
  return {
    forceName,
    ...article,
    published: formatDate(published, locale),
    publishedIso: published,
    updated: item.updatedAt > published ? formatDate(item.updatedAt, locale) : undefined,
  }
}
export type NewsArticleView = NonNullable<Awaited<ReturnType<typeof newsArticleView>>>

/** GET /news/<slug>: one live story of this force, else 404. */
export async function newsArticleLoader({ request, context, params }: LoaderFunctionArgs) {
  const view = await frame(request, context)
  const item = await liveItem(view.database, view.tenant, 'news', params.slug, view.now)
  const page = item && (await newsArticleView(item, view))
  if (!page) throw notFound()
  sharePage(context)
  return page
}

export interface ListedAppeal extends ListedItem {
  reference: string
  status: string
  open: boolean
}

/** GET /appeals: the force's live appeals, newest first, with whether each still takes information. */
export async function appealsListLoader({ request, context }: LoaderFunctionArgs) {
  const { tenant, locale, database, now, forceName } = await frame(request, context)
  const { items, page, pagination } = await listing(request, database, tenant, 'appeal', now)
  sharePage(context)
  const appeals: ListedAppeal[] = []
  for (const appeal of items) {
    const base = listed(appeal, locale)
    if (!base) continue
    const display = appealForDisplay(appeal, now)
    appeals.push({ ...base, reference: appeal.reference, status: display.statusLabel[locale], open: display.takesInformation })
  }
  return { forceName, page, pagination, items: appeals }
}

/** What an appeal's page shows (the public page and the editor's preview): its words, reference, closing day, button. */
export async function appealView(appeal: Appeal, view: ViewFrame) {
  const { tenant, locale, now, forceName, database } = view
  const display = appealForDisplay(appeal, now)
  // The photo of a person is not shown once the appeal is resolved (appealForDisplay).
  const article = await articleWithImages(database, tenant, appeal.text, display.showPhoto ? appeal.photo : undefined, locale)
  if (!article) return undefined
  // The button leads to the appeal's service only while the appeal takes information and this force offers it.
  const offered = servicesFor(tenant).some((s) => s.id === appeal.serviceId)
  const service = getService(appeal.serviceId)
  const outcome = appeal.status === 'resolved' && appeal.outcome ? inLanguage(appeal.outcome, locale) : undefined
  return {
    forceName,
    ...article,
    reference: appeal.reference,
    status: display.statusLabel[locale],
    open: display.takesInformation,
    closesOn: appeal.closesOn ? formatDate(appeal.closesOn, locale) : undefined,
    published: formatDate(appeal.publication.publishAt ?? appeal.updatedAt, locale),
    outcome: outcome ? { text: outcome.text, lang: outcome.lang } : undefined,
    giveInformation: display.takesInformation && offered && service ? { href: appealServiceHref(appeal), service: service.title[locale] } : undefined,
    nonEmergency: tenant.contact.nonEmergency,
  }
}
export type AppealView = NonNullable<Awaited<ReturnType<typeof appealView>>>

/** GET /appeals/<slug>: one live appeal of this force: its words, reference, closing day and "give information". */
export async function appealLoader({ request, context, params }: LoaderFunctionArgs) {
  const view = await frame(request, context)
  const appeal = await liveItem(view.database, view.tenant, 'appeal', params.slug, view.now)
  const page = appeal && (await appealView(appeal, view))
  if (!page) throw notFound()
  sharePage(context)
  return page
}

/**
 * Every advice page this force shows, by slug: the national pages (with the force's section or replacement over
 * them) and the force's own pages. A Welsh force does not show a page that has no Welsh version.
 */
export async function advicePages(database: Database, tenant: Tenant, locale: Locale, now: Date, preview?: LocalAdvice): Promise<Map<string, AdviceView>> {
  const [pages, live] = await Promise.all([nationalAdvice(), liveItems(database, tenant, 'advice', now)])
  // An editor's preview shows the force's advice with the page being edited in place of its live version.
  const local = preview ? [...live.filter((l) => l.slug !== preview.slug), preview] : live
  const force = forceFacts(tenant)
  // A force's own text with no Welsh is left out (the national page still shows); a national page with no Welsh
  // file is not shown at all, unless the force replaces it.
  const missing = missingWelshAdvice(force, pages, local)
  const nationalMissing = new Set(missing.filter((m) => m.what === 'national').map((m) => m.slug))
  const localMissing = new Set(missing.filter((m) => m.what === 'force').map((m) => m.slug))
  const localBySlug = new Map<string, LocalAdvice>(local.filter((l) => !localMissing.has(l.slug)).map((l) => [l.slug, l]))
  const views = new Map<string, AdviceView>()
  for (const slug of new Set([...pages.map((p) => p.slug), ...localBySlug.keys()])) {
    const local = localBySlug.get(slug)
    if (nationalMissing.has(slug) && (!local || local.mode === 'addition')) continue
    // A force's addition to a national page that does not exist has nothing to add to.
    const view = adviceForVisitor({ national: pages.find((p) => p.slug === slug), local, locale, force })
    if (view) views.set(slug, view)
  }
  return views
}

/** GET /advice: every advice page, A to Z in the visitor's language, each saying whose words it is. */
export async function adviceListLoader({ request, context }: LoaderFunctionArgs) {
  const { tenant, locale, database, now, forceName } = await frame(request, context)
  const views = [...(await advicePages(database, tenant, locale, now)).values()]
  sharePage(context)
  const collator = new Intl.Collator(locale === 'cy' ? 'cy' : 'en-GB')
  return {
    forceName,
    items: views
      .sort((a, b) => collator.compare(a.title, b.title))
      .map((v) => ({ href: `${CONTENT_PATHS.advice}/${v.slug}`, title: v.title, summary: v.summary, lang: v.lang, owner: v.owner, label: v.label })),
  }
}

/**
 * What an advice page shows (the public page, and the editor's preview with `preview` as the force's own words for
 * that slug), with whose words each part is; undefined when the force shows no such page.
 */
export async function adviceView(slug: string, frameOf: ViewFrame, preview?: LocalAdvice) {
  const { tenant, locale, database, now, forceName } = frameOf
  const view = (await advicePages(database, tenant, locale, now, preview)).get(slug)
  if (!view) return undefined
  const offered = new Set(servicesFor(tenant).map((s) => s.id))
  const images = await pageImages(database, tenant, undefined, view.sections.map((s) => s.body))
  return {
    forceName,
    title: view.title,
    summary: view.summary,
    lang: view.lang,
    owner: view.owner,
    label: view.label,
    sectionLabel: view.sectionLabel,
    sections: view.sections.map((s) => ({ owner: s.owner, heading: s.heading, lang: s.lang, html: render(s.body, tenant, images) })),
    updated: formatDate(view.updated, locale),
    services: view.relatedServices
      .filter((id) => offered.has(id))
      .map((id) => getService(id))
      .filter((s) => s !== undefined)
      .map((s) => ({ href: `/services/${s.id}`, title: s.title[locale] })),
  }
}
export type AdvicePageView = NonNullable<Awaited<ReturnType<typeof adviceView>>>

/** GET /advice/<slug>: the page as this force's visitors see it, with whose words each part is. */
export async function advicePageLoader({ request, context, params }: LoaderFunctionArgs) {
  const view = await frame(request, context)
  const page = params.slug ? await adviceView(params.slug, view) : undefined
  if (!page) throw notFound()
  sharePage(context)
  return page
}

/** The longest postcode anyone types, with spaces; longer input is not a postcode and is not echoed back whole. */
const POSTCODE_MAX = 16

/**
 * GET /your-area and /your-area?postcode=LE1 6AA: the force's neighbourhood teams, and the postcode search. A
 * postcode one team covers goes to its page; one no team covers, or something that is not a postcode, says so.
 */
export async function yourAreaLoader({ request, context }: LoaderFunctionArgs) {
  const { tenant, locale, database, now, forceName } = await frame(request, context)
  const areas = await liveItems(database, tenant, 'area', now)
  const raw = new URL(request.url).searchParams.get('postcode')
  const teams = areas
    .map((a) => ({ page: a, words: inLanguage(a.text, locale) }))
    .filter((a) => a.words !== undefined)
    .map(({ page, words }) => ({ href: contentPath(page), title: words!.text.title, summary: words!.text.summary, lang: words!.lang, districts: page.postcodeDistricts }))
  // The example is a postcode of the force's own area, not another force's.
  const district = areas[0]?.postcodeDistricts[0] ?? 'SW1A'
  const example = { district, example: `${district} 1AA` }
  if (raw === null) {
    sharePage(context)
    return { forceName, teams, example, postcode: '', search: null }
  }
  const postcode = raw.slice(0, POSTCODE_MAX)
  const t = translator(locale)
  const problem = (key: MessageKey) => data({ forceName, teams, example, postcode, search: { error: t(key, example) } }, { status: 400, headers: noStore })
  if (postcode.trim() === '') return problem('content.area.postcodeMissing')
  const found = raw.length > POSTCODE_MAX ? ({ kind: 'invalid' } as const) : findAreaByPostcode(areas, postcode)
  if (found.kind === 'found') throw redirect(contentPath(found.page), { headers: noStore })
  if (found.kind === 'invalid') return problem('content.area.postcodeInvalid')
  return data({ forceName, teams, example, postcode, search: { notCovered: t('content.area.notCovered', { district: found.district, force: forceName }) } }, { headers: noStore })
}

// A postcode someone typed is theirs: the answer is not kept by the browser, a proxy or the page cache.
const noStore = { 'Cache-Control': 'no-store' }

/** What a neighbourhood team's page shows (the public page and the editor's preview). */
export async function areaView(area: AreaPage, view: ViewFrame) {
  const { tenant, locale, now, forceName, database } = view
  const words = inLanguage(area.text, locale)
  if (!words) return undefined
  const images = await pageImages(database, tenant, undefined, [words.text.body])
  const meeting = upcomingMeeting(area, now)
  return {
    forceName,
    title: words.text.title,
    summary: words.text.summary,
    lang: words.lang,
    html: render(words.text.body, tenant, images),
    priorities: words.text.priorities,
    contactNote: words.text.contactNote,
    email: area.email,
    phone: area.phone,
    districts: area.postcodeDistricts,
    meeting: meeting ? { when: formatDate(meeting.toISOString(), locale, true), iso: meeting.toISOString(), place: words.text.meetingPlace } : undefined,
    nonEmergency: tenant.contact.nonEmergency,
  }
}
export type AreaView = NonNullable<Awaited<ReturnType<typeof areaView>>>

/** GET /your-area/<slug>: a neighbourhood team: who they are, their priorities, how to reach them, the next meeting. */
export async function areaPageLoader({ request, context, params }: LoaderFunctionArgs) {
  const view = await frame(request, context)
  const area: AreaPage | undefined = await liveItem(view.database, view.tenant, 'area', params.slug, view.now)
  const page = area && (await areaView(area, view))
  if (!page) throw notFound()
  sharePage(context)
  return page
}

/** What the contact page shows (the public page and the editor's preview): the force's words, then its numbers. */
export async function contactView(page: ContactPage | undefined, view: ViewFrame) {
  const { tenant, locale, forceName, database } = view
  const words = page && inLanguage(page.text, locale)
  const images = await pageImages(database, tenant, undefined, [words?.text.body])
  const contact = tenant.contact
  return {
    forceName,
    title: words?.text.title,
    summary: words?.text.summary,
    lang: words?.lang ?? locale,
    html: words ? render(words.text.body, tenant, images) : undefined,
    facts:
      !page || page.showForceContacts
        ? {
            nonEmergency: contact.nonEmergency,
            textphone: contact.textphone,
            emergencyTextRelay: contact.emergencyTextRelay,
            address: (locale === 'cy' ? contact.addressCy : undefined) ?? contact.address,
            openingHours: contact.openingHours,
          }
        : undefined,
  }
}
export type ContactView = Awaited<ReturnType<typeof contactView>>

/** GET /contact: the force's own words (when it has written some) above its numbers and address. */
export async function contactLoader({ request, context }: LoaderFunctionArgs) {
  const view = await frame(request, context)
  const page: ContactPage | undefined = await liveItem(view.database, view.tenant, 'contact', undefined, view.now)
  sharePage(context)
  return contactView(page, view)
}

/** The site's origin as the public sees it, for the absolute addresses feeds and sitemaps need. */
function originOf(request: Request, context: AppLoadContext): string {
  const url = new URL(request.url)
  const scheme = context.env.PUBLIC_URL_SCHEME ?? url.protocol.replace(':', '')
  return `${scheme}://${url.host}`
}

// Feeds and sitemaps are files, not pages: a minute in any cache, like a shared page.
const FEED_CACHE = 'public, max-age=60'

/** GET /news.atom: the force's newest live news, in the site's language. */
export async function newsFeedLoader({ request, context }: LoaderFunctionArgs) {
  const { tenant, locale, database, now, forceName } = await frame(request, context)
  const { items } = await database.queries.listContentItems(tenant.id, 'news', { liveAt: now, limit: 20 })
  const origin = originOf(request, context)
  const t = translator(locale)
  const entries = items
    .map((stored) => checked(stored, 'news'))
    .filter((item) => item !== undefined)
    .flatMap((item) => {
      const words = inLanguage(item.text, locale)
      const published = item.publication.publishAt ?? item.updatedAt
      return words
        ? [{ url: `${origin}${contentPath(item)}`, title: words.text.title, summary: words.text.summary, published, updated: item.updatedAt > published ? item.updatedAt : published }]
        : []
    })
  const xml = buildAtomFeed({
    selfUrl: `${origin}/news.atom`,
    siteUrl: `${origin}${CONTENT_PATHS.news}`,
    title: t('content.news.feedTitle', { force: forceName }),
    lang: locale,
    author: forceName,
    entries,
  })
  return new Response(xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE, 'Cache-Control': FEED_CACHE } })
}

/** GET /sitemap.xml: the force's public pages and its live content, on the host asked. */
export async function sitemapLoader({ request, context }: LoaderFunctionArgs) {
  const { tenant, locale, database, now } = await frame(request, context)
  const origin = originOf(request, context)
  const [live, advice] = await Promise.all([database.queries.listLiveContent(tenant.id, now), advicePages(database, tenant, locale, now)])
  const urls: SitemapUrl[] = [
    '/',
    '/services',
    '/report',
    CONTENT_PATHS.news,
    CONTENT_PATHS.appeal,
    CONTENT_PATHS.advice,
    CONTENT_PATHS.area,
    CONTENT_PATHS.contact,
    '/track',
    '/accessibility',
    '/privacy',
    '/cookies',
  ].map((path) => ({ loc: `${origin}${path}` }))
  for (const entry of live) {
    // Advice is listed from the pages the force shows (below); its contact page is listed above.
    if (entry.kind === 'advice' || entry.kind === 'contact') continue
    urls.push({ loc: `${origin}${contentPath({ kind: entry.kind, slug: entry.slug })}`, lastmod: entry.updatedAt })
  }
  for (const view of advice.values()) urls.push({ loc: `${origin}${CONTENT_PATHS.advice}/${view.slug}`, lastmod: view.updated })
  for (const service of servicesFor(tenant)) urls.push({ loc: `${origin}/services/${service.id}` })
  return new Response(buildSitemap(urls), { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE, 'Cache-Control': FEED_CACHE } })
}

