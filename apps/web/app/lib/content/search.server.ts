// The site search (/search?q= on each force's site; docs/decisions/023): one box over the force's live news,
// appeals, area pages and contact page (rows, searched by Postgres full-text search), its advice as its visitors see
// it (national files with the force's own over them) and its online services (the national catalogue's names and
// descriptions in the visitor's language, for the services this force offers). The form with nothing asked is the
// same for everyone and shared; an answer holds what someone typed, so it is never kept by any cache.
import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { CONTENT_PATHS, PAGE_SIZE, pageHref, paginate, paginationLinks, parsePage } from '@bluelamp/content'
import { SNIPPET_END, SNIPPET_START, type SearchDocument } from '@bluelamp/db'
import { translator, type Locale } from '../../i18n/i18n.ts'
import { servicesFor } from '../journey/journey.server.ts'
import { sharePage } from '../platform/shared-page.server.ts'
import { hasControlCharacters } from '../platform/text.ts'
import { localeFor, tenantName } from '../site/locale.server.ts'
import { advicePages } from './content.server.ts'

/** The longest search taken: longer is no one's real question, and is refused with a message, not cut silently. */
export const QUERY_MAX = 200

const KINDS = ['news', 'appeal', 'area', 'contact'] as const

const noStore = { 'Cache-Control': 'no-store' }

export type SearchKind = (typeof KINDS)[number] | 'advice' | 'service'

export interface SearchResult {
  href: string
  kind: SearchKind
  title: string
  lang: Locale
  /** The summary in parts, `match` marking the words that matched. */
  snippet: { text: string; match: boolean }[]
}

function hrefOf(kind: string, key: string): string {
  if (kind === 'news' || kind === 'appeal' || kind === 'area') return `${CONTENT_PATHS[kind]}/${key}`
  if (kind === 'contact') return CONTENT_PATHS.contact
  return key
}

/** A snippet with its match marks, in parts (rendered as text: nothing in it is ever HTML). */
export function snippetParts(snippet: string): SearchResult['snippet'] {
  const parts: SearchResult['snippet'] = []
  let match = false
  for (const piece of snippet.split(new RegExp(`([${SNIPPET_START}${SNIPPET_END}])`))) {
    if (piece === SNIPPET_START) match = true
    else if (piece === SNIPPET_END) match = false
    else if (piece) parts.push({ text: piece, match })
  }
  return parts
}

/** GET /search, /search?q=…&page=…: the form, and the ranked results a page at a time. */
export async function searchLoader({ request, context }: LoaderFunctionArgs) {
  if (context.site.kind !== 'tenant') throw data({ reason: 'not-found' }, { status: 404 })
  const tenant = context.site.tenant
  const locale = await localeFor(request, context.site)
  const forceName = tenantName(tenant, locale)
  const params = new URL(request.url).searchParams
  const raw = params.get('q')
  const base = { forceName, max: QUERY_MAX }
  if (raw === null) {
    sharePage(context)
    return data({ ...base, query: '', error: null, results: null })
  }
  const t = translator(locale)
  // What was typed comes back in the box, cut to a length the page can show.
  const shown = raw.slice(0, QUERY_MAX + 50)
  const refuse = (error: string) => data({ ...base, query: shown, error, results: null }, { status: 400, headers: noStore })
  if (hasControlCharacters(raw)) return refuse(t('search.control'))
  if (raw.length > QUERY_MAX) return refuse(t('search.tooLong', { max: QUERY_MAX }))
  const query = raw.trim().replace(/\s+/g, ' ')
  if (query === '') return refuse(t('search.empty'))
  const page = parsePage(params.get('page'))
  if (page === undefined) throw data({ reason: 'not-found' }, { status: 404, headers: noStore })

  const now = new Date()
  const database = context.services.database
  const advice = await advicePages(database, tenant, locale, now)
  const documents: SearchDocument[] = [
    ...[...advice.values()].map((view) => ({
      kind: 'advice',
      key: `${CONTENT_PATHS.advice}/${view.slug}`,
      lang: view.lang,
      title: view.title,
      summary: view.summary,
      body: view.sections.map((s) => `${s.heading ?? ''}\n${s.body}`).join('\n'),
    })),
    ...servicesFor(tenant).map((s) => ({ kind: 'service', key: `/services/${s.id}`, lang: locale, title: s.title[locale], summary: s.description[locale], body: '' })),
  ]
  const { hits, total } = await database.queries.searchSite(tenant.id, query, { locale, at: now, kinds: KINDS, documents, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
  const pagination = paginate(total, page, PAGE_SIZE)
  const href = (n: number) => `${pageHref('/search', n)}${n > 1 ? '&' : '?'}q=${encodeURIComponent(query)}`
  const results: SearchResult[] = hits.map((hit) => ({ href: hrefOf(hit.kind, hit.key), kind: hit.kind as SearchKind, title: hit.title, lang: hit.lang, snippet: snippetParts(hit.snippet) }))
  return data({ ...base, query, error: null, results: { items: results, total, page, pagination: paginationLinks(pagination, href) } }, { headers: noStore })
}
