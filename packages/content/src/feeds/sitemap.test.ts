// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { buildSitemap, SITEMAP_MAX_URLS } from './sitemap.ts'
import { parseXml, texts } from './xml-parse.ts'

describe('the sitemap', () => {
  it('lists each address once, with its last change', () => {
    const xml = buildSitemap([
      { loc: 'https://www.leics.example/' },
      { loc: 'https://www.leics.example/news/a?x=1&y=2', lastmod: '2026-11-21T10:00:00.123Z' },
      { loc: 'https://www.leics.example/advice/burglary-prevention', lastmod: '2026-11-30' },
      { loc: 'https://www.leics.example/' },
    ])
    const doc = parseXml(xml)
    expect(doc.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(texts(doc, 'loc')).toEqual(['https://www.leics.example/', 'https://www.leics.example/news/a?x=1&y=2', 'https://www.leics.example/advice/burglary-prevention'])
    expect(texts(doc, 'lastmod')).toEqual(['2026-11-21T10:00:00Z', '2026-11-30'])
  })

  it('refuses relative addresses and more than the protocol allows', () => {
    expect(() => buildSitemap([{ loc: '/news' }])).toThrow(/absolute/)
    expect(() => buildSitemap(Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://x.example/${i}` })))).toThrow(/at most 50000/)
  })
})
