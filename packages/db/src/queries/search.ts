// One search box over a force's site (docs/decisions/023): its live content from content_items (the vectors Postgres
// keeps in search_en and search_cy) and documents the app hands in (the force's services and its advice as the
// visitor sees it, national files included, which are not rows), ranked together by Postgres full-text search.
//
// English words are searched with the 'english' configuration (stemmed: "burglaries" finds "burglary"), Welsh words
// with 'simple' (Postgres has no Welsh stemmer: words match as written). An item is searched in the language the
// visitor would read it in: Welsh on a Welsh page when it has Welsh, else English (and Welsh when that is all it has).
// What someone typed goes to websearch_to_tsquery as a bound parameter: it never fails on odd syntax and is never SQL.
import { sql } from 'drizzle-orm'
import { queryRows } from '../client.ts'
import { contentItems, type ContentItemKind } from '../schema-content.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'
import { liveAt } from './content.ts'

/** Marks around the words that matched in a snippet (private-use characters no content contains). */
export const SNIPPET_START = '\uE000'
export const SNIPPET_END = '\uE001'

/** Something searchable that is not a row of content_items: a service, a national advice page. */
export interface SearchDocument {
  /** What it is ('service', 'advice'): the result's kind. */
  kind: string
  /** Where it is, or its id: handed back as it came. */
  key: string
  lang: 'en' | 'cy'
  title: string
  summary: string
  body: string
}

export interface SearchOptions {
  /** The visitor's language. */
  locale: 'en' | 'cy'
  /** Only items live at this moment (the public's rule, liveAt). */
  at: Date
  /** Which kinds of the force's rows to search. */
  kinds: readonly ContentItemKind[]
  documents?: readonly SearchDocument[]
  offset?: number
  limit?: number
}

export interface SearchHit {
  kind: string
  /** A row's slug, or a document's key. */
  key: string
  lang: 'en' | 'cy'
  title: string
  /** The summary, with SNIPPET_START and SNIPPET_END around each word that matched. */
  snippet: string
}

export interface SearchResults {
  hits: SearchHit[]
  /** How many match in all (for pagination). */
  total: number
}

function vector(config: 'english' | 'simple') {
  const c = sql.raw(`'${config}'::regconfig`)
  return sql`setweight(to_tsvector(${c}, d.title), 'A') || setweight(to_tsvector(${c}, d.summary), 'B') || setweight(to_tsvector(${c}, d.body), 'C')`
}

export function searchQueries(db: Db) {
  return {
    /** This force's live items and the given documents that match `query`, best first, a page at a time. */
    async searchSite(tenantId: string, query: string, options: SearchOptions): Promise<SearchResults> {
      const kinds = options.kinds.length > 0 ? options.kinds : (['news'] as const)
      const preferCy = options.locale === 'cy'
      const documents = JSON.stringify(options.documents ?? [])
      const kindList = sql.join(
        kinds.map((k) => sql`${k}`),
        sql`, `,
      )
      const headlineOptions = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_END}, HighlightAll=true`
      return withTenant(db, tenantId, async (tx) => {
        const rows = await queryRows<{ kind: string; key: string; lang: 'en' | 'cy'; title: string; snippet: string; total: string | number }>(
          tx,
          sql`
          with q as (select websearch_to_tsquery('english', ${query}) as en, websearch_to_tsquery('simple', ${query}) as cy),
          items as (
            select ${contentItems.kind} as kind, ${contentItems.slug} as key,
              case when ${preferCy} and ${contentItems.textCy} is not null then 'cy' when ${contentItems.textEn} is not null then 'en' else 'cy' end as lang,
              ${contentItems.textEn} as text_en, ${contentItems.textCy} as text_cy,
              ${contentItems.searchEn} as search_en, ${contentItems.searchCy} as search_cy
            from ${contentItems}, q
            where ${contentItems.tenantId} = ${tenantId} and ${contentItems.kind} in (${kindList}) and ${liveAt(options.at)}
              and (${contentItems.searchEn} @@ q.en or ${contentItems.searchCy} @@ q.cy)
          ),
          docs as (
            select kind, key, lang,
              coalesce(case when lang = 'cy' then text_cy->>'title' else text_en->>'title' end, '') as title,
              coalesce(case when lang = 'cy' then text_cy->>'summary' else text_en->>'summary' end, '') as summary,
              case when lang = 'cy' then search_cy else search_en end as vector
            from items
            union all
            select d.kind, d.key, d.lang, d.title, d.summary, case when d.lang = 'cy' then ${vector('simple')} else ${vector('english')} end
            from jsonb_to_recordset(${documents}::jsonb) as d(kind text, key text, lang text, title text, summary text, body text)
          ),
          matched as (
            select docs.*, case when lang = 'cy' then q.cy else q.en end as tsq from docs, q
          )
          select kind, key, lang, title,
            ts_headline(case when lang = 'cy' then 'simple'::regconfig else 'english'::regconfig end, summary, tsq, ${headlineOptions}) as snippet,
            count(*) over () as total
          from matched
          where vector @@ tsq
          order by ts_rank(vector, tsq) desc, title, kind, key
          offset ${options.offset ?? 0} limit ${options.limit ?? 10}
        `,
        )
        const hits = rows.map(({ kind, key, lang, title, snippet }) => ({ kind, key, lang, title, snippet }))
        return { hits, total: Number(rows[0]?.total ?? 0) }
      })
    },
  }
}
