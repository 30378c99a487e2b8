// A sitemap (sitemaps.org protocol 0.9) of one force's public pages.
import { absoluteUrl, escapeXml } from './xml.ts'

export interface SitemapUrl {
  /** Absolute address on the force's own host. */
  loc: string
  /** When the page last changed: a date (YYYY-MM-DD) or an ISO time. */
  lastmod?: string | Date
}

/** The protocol's limit for one file; a site past it needs a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000

export function buildSitemap(urls: readonly SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new RangeError(`a sitemap holds at most ${SITEMAP_MAX_URLS} addresses, got ${urls.length}`)
  const seen = new Set<string>()
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const url of urls) {
    const loc = absoluteUrl(url.loc, 'loc')
    if (seen.has(loc)) continue
    seen.add(loc)
    const lastmod = url.lastmod === undefined ? undefined : w3cDate(url.lastmod)
    lines.push(`  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
  }
  lines.push('</urlset>', '')
  return lines.join('\n')
}

function w3cDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new TypeError(`lastmod is not a valid time: ${String(value)}`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export const SITEMAP_CONTENT_TYPE = 'application/xml; charset=utf-8'
