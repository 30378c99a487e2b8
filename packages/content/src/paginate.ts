// Pages of a listing (/news?page=2), following the GOV.UK pagination pattern: previous and next, the first
// and last page, the pages either side of the current one, and gaps (null) between.

export const PAGE_SIZE = 10
const MAX_PAGE = 10_000

/**
 * The page number from the query string: 1 when absent; undefined when it is not a plain page number
 * ("0", "-1", "2.5", "01", "abc"), which the route answers with 404 rather than a guess.
 */
export function parsePage(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || raw === '') return 1
  if (!/^[1-9][0-9]{0,4}$/.test(raw)) return undefined
  const page = Number(raw)
  return page <= MAX_PAGE ? page : undefined
}

export interface Pagination {
  page: number
  perPage: number
  total: number
  pageCount: number
  /** For the query: skip this many, take `limit`. */
  offset: number
  limit: number
  /** A page past the last (other than page 1 of an empty list): the route answers 404. */
  outOfRange: boolean
  previous?: number
  next?: number
  /** Page numbers to link, with null for a gap. */
  window: (number | null)[]
}

export function paginate(total: number, page: number, perPage = PAGE_SIZE): Pagination {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, got ${total}`)
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a whole number ≥ 1, got ${page}`)
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a whole number ≥ 1, got ${perPage}`)
  const pageCount = Math.max(1, Math.ceil(total / perPage))
  return {
    page,
    perPage,
    total,
    pageCount,
    offset: (page - 1) * perPage,
    limit: perPage,
    outOfRange: page > pageCount,
    previous: page > 1 && page <= pageCount ? page - 1 : undefined,
    next: page < pageCount ? page + 1 : undefined,
    window: pageWindow(page, pageCount),
  }
}

/** 1 … 4 5 6 … 12: the first, the last, the current and its neighbours; a gap of one page shows the page. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  if (pageCount <= 1 || page > pageCount) return []
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount))
  const sorted = [...wanted].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const n of sorted) {
    const last = out[out.length - 1]
    if (typeof last === 'number' && n - last === 2) out.push(last + 1)
    else if (typeof last === 'number' && n - last > 2) out.push(null)
    out.push(n)
  }
  return out
}

/** The links for the ui package's Pagination component, given how to write the address of page n. */
export function paginationLinks(p: Pagination, href: (page: number) => string) {
  return {
    previous: p.previous ? { href: href(p.previous) } : undefined,
    next: p.next ? { href: href(p.next) } : undefined,
    pages: p.window.map((n) => (n === null ? null : { number: n, href: href(n), current: n === p.page })),
  }
}

/** The address of page n of a listing: page 1 has no query, so there is one address per page. */
export function pageHref(path: string, page: number): string {
  return page === 1 ? path : `${path}?page=${page}`
}
