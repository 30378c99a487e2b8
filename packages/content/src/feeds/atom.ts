// An Atom 1.0 feed (RFC 4287) of a force's news or appeals: entries in, XML out.
import { absoluteUrl, escapeXml, rfc3339 } from './xml.ts'

export interface AtomEntry {
  /** The entry's permanent address on the force's site; also its id. */
  url: string
  title: string
  summary?: string
  /** When it went live. */
  published: string | Date
  /** When its words last changed (at least `published`). */
  updated: string | Date
}

export interface AtomFeed {
  /** The feed's own address (rel="self"); also its id. */
  selfUrl: string
  /** The page the feed mirrors, e.g. https://www.force.example/news. */
  siteUrl: string
  title: string
  subtitle?: string
  /** The language of the entries ("en" or "cy"). */
  lang: string
  /** The force's name. */
  author: string
  /** Newest first; only the first `limit` are included. */
  entries: readonly AtomEntry[]
  /** When nothing has been published yet, the feed's updated time. */
  emptyUpdated?: string | Date
  limit?: number
}

export const ATOM_LIMIT = 20

export function buildAtomFeed(feed: AtomFeed): string {
  const entries = feed.entries.slice(0, feed.limit ?? ATOM_LIMIT)
  const times = entries.map((e) => rfc3339(e.updated, `updated of ${e.url}`))
  const updated = times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : rfc3339(feed.emptyUpdated ?? new Date(0), 'emptyUpdated')
  const self = absoluteUrl(feed.selfUrl, 'selfUrl')
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(feed.siteUrl, 'siteUrl'))}"/>`,
  ]
  entries.forEach((entry, i) => {
    const url = absoluteUrl(entry.url, 'entry url')
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${rfc3339(entry.published, `published of ${entry.url}`)}</published>`,
      `    <updated>${times[i]}</updated>`,
      ...(entry.summary ? [`    <summary>${escapeXml(entry.summary)}</summary>`] : []),
      '  </entry>',
    )
  })
  lines.push('</feed>', '')
  return lines.join('\n')
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'
