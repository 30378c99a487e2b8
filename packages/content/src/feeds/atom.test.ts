// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildAtomFeed, type AtomFeed } from './atom.ts'
import { parseXml, texts } from './xml-parse.ts'

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  selfUrl: 'https://www.leics.example/news.atom',
  siteUrl: 'https://www.leics.example/news',
  title: 'Leicestershire Police news',
  lang: 'en',
  author: 'Leicestershire Police',
  entries: [
    { url: 'https://www.leics.example/news/b', title: 'Second', summary: 'Newer', published: '2026-11-20T09:00:00Z', updated: '2026-11-21T10:00:00.000Z' },
    { url: 'https://www.leics.example/news/a', title: 'First', published: '2026-11-01T09:00:00Z', updated: '2026-11-01T09:00:00Z' },
  ],
  ...overrides,
})

describe('the Atom feed', () => {
  it('is well-formed Atom with one entry per item, the newest update as the feed’s', () => {
    const xml = buildAtomFeed(feed())
    const doc = parseXml(xml)
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom')
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('en')
    expect(texts(doc, 'title')).toEqual(['Leicestershire Police news', 'Second', 'First'])
    expect(texts(doc, 'id')).toEqual(['https://www.leics.example/news.atom', 'https://www.leics.example/news/b', 'https://www.leics.example/news/a'])
    expect(texts(doc, 'updated')).toEqual(['2026-11-21T10:00:00Z', '2026-11-21T10:00:00Z', '2026-11-01T09:00:00Z'])
    expect(texts(doc, 'summary')).toEqual(['Newer'])
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://www.leics.example/news.atom"/>')
  })

  it('escapes what the force wrote and drops characters XML cannot hold', () => {
    const title = 'Fish & chips <shop> "raid" it’s\u0000\u0008 done \ud800'
    const xml = buildAtomFeed(feed({ title: 'A & B', entries: [{ url: 'https://www.leics.example/news/x?a=1&b=2', title, published: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }] }))
    const doc = parseXml(xml)
    expect(texts(doc, 'title')).toEqual(['A & B', 'Fish & chips <shop> "raid" it’s done '])
    expect(texts(doc, 'id')[1]).toBe('https://www.leics.example/news/x?a=1&b=2')
  })

  it('holds any text as text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }), (title, summary) => {
        const doc = parseXml(buildAtomFeed(feed({ entries: [{ url: 'https://www.leics.example/news/x', title, summary: summary || undefined, published: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }] })))
        expect(texts(doc, 'entry')).toHaveLength(1)
      }),
      { numRuns: 100 },
    )
  })

  it('keeps the newest 20 entries by default, and has a time when empty', () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({ url: `https://www.leics.example/news/${i}`, title: `${i}`, published: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }))
    expect(texts(parseXml(buildAtomFeed(feed({ entries }))), 'entry')).toHaveLength(20)
    const empty = parseXml(buildAtomFeed(feed({ entries: [], emptyUpdated: '2026-12-01T00:00:00Z' })))
    expect(texts(empty, 'updated')).toEqual(['2026-12-01T00:00:00Z'])
  })

  it('refuses relative addresses and bad times (mistakes in the caller)', () => {
    expect(() => buildAtomFeed(feed({ selfUrl: '/news.atom' }))).toThrow(/selfUrl must be an absolute address/)
    expect(() => buildAtomFeed(feed({ entries: [{ url: 'javascript:alert(1)', title: 't', published: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' }] }))).toThrow(/http\(s\)/)
    expect(() => buildAtomFeed(feed({ entries: [{ url: 'https://x.example/', title: 't', published: 'yesterday', updated: '2026-11-01T00:00:00Z' }] }))).toThrow(/not a valid time/)
  })
})
