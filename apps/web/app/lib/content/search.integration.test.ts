// The site search through its loader on the demo content as the server seeds it, on both drivers: a force's live
// items, its advice and its services are found and ranked, Welsh pages are searched in Welsh, another force's items
// are never found, and hostile input gets a clear message, no error, and no cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { seedDemoContent } from './seed.server.ts'
import { contextFor, dataOf as wrapped, statusOf, TestBrowser } from '../testing/browser.server.ts'
import { snippetParts } from './search.server.ts'
import * as search from '../../routes/search.tsx'

const LEICS = 'leicestershire.localhost'
const MET = 'metropolitan.localhost'
const DYFED_CY = 'www.heddlu-dyfed-powys.police.uk'

type Results = {
  query: string
  error: string | null
  results: { total: number; page: number; items: { href: string; kind: string; title: string; lang: string; snippet: { text: string; match: boolean }[] }[]; pagination: { next?: { href: string } } } | null
}
const dataOf = (r: unknown): Results => (typeof r === 'object' && r !== null && 'init' in r && 'data' in r ? wrapped<Results>(r) : (r as Results))
const headerOf = (r: unknown, name: string) => (r as { init?: { headers?: Record<string, string> } }).init?.headers?.[name]

for (const driver of testDrivers()) {
  describe(`site search on ${driver.name}`, () => {
    let database: Database
    const find = (host: string, q: string | null, page?: number) => {
      const params = new URLSearchParams()
      if (q !== null) params.set('q', q)
      if (page) params.set('page', String(page))
      const path = `/search${params.size ? `?${params}` : ''}`
      return new TestBrowser(contextFor(database, host), host).get(search.loader, path, {})
    }

    beforeAll(async () => {
      database = await driver.create()
      expect(await seedDemoContent(contextFor(database, LEICS).services)).toBeGreaterThan(10)
    })
    afterAll(() => database?.close())

    it('finds a force’s demo appeal and news by stemmed words, with kind, title and a marked snippet, never cached', async () => {
      const result = await find(LEICS, 'tractors stolen')
      expect(statusOf(result)).toBe(200)
      expect(headerOf(result, 'Cache-Control')).toBe('no-store')
      const { results } = dataOf(result)
      expect(results!.items[0]).toMatchObject({ href: '/appeals/stolen-tractor-near-melton', kind: 'appeal', title: 'Witnesses sought after a tractor was stolen near Melton Mowbray' })
      const news = dataOf(await find(LEICS, 'thefts from vehicles')).results!
      expect(news.items.map((i) => i.href)).toContain('/news/winter-vehicle-crime-patrols')
      expect(news.items.find((i) => i.href === '/news/winter-vehicle-crime-patrols')!.snippet.some((p) => p.match)).toBe(true)
    })

    it('finds the force’s services and national advice beside its own items', async () => {
      const { results } = dataOf(await find(LEICS, 'report a theft'))
      expect(results!.items.find((i) => i.kind === 'service')).toMatchObject({ href: '/services/theft', title: 'Report a theft' })
      const advice = dataOf(await find(LEICS, 'burglary')).results!
      expect(advice.items.some((i) => i.kind === 'advice' && i.href === '/advice/burglary-prevention')).toBe(true)
    })

    it('never finds another force’s items', async () => {
      const met = dataOf(await find(MET, 'tractor Melton Mowbray')).results!
      expect(met.items.map((i) => i.href)).not.toContain('/appeals/stolen-tractor-near-melton')
      expect(met.items.every((i) => i.kind === 'service' || i.kind === 'advice' || !i.href.includes('melton'))).toBe(true)
      const leics = dataOf(await find(LEICS, 'cargo bike')).results!
      expect(leics.items.map((i) => i.href)).not.toContain('/appeals/cargo-bike-stolen-in-hackney')
      expect(dataOf(await find(MET, 'cargo bike')).results!.items.map((i) => i.href)).toContain('/appeals/cargo-bike-stolen-in-hackney')
    })

    it('searches a Welsh page in Welsh with the simple configuration', async () => {
      const welsh = dataOf(await find(DYFED_CY, 'cerddwr Brycheiniog')).results!
      expect(welsh.items[0]).toMatchObject({ href: '/appeals/missing-walker-brecon-beacons', lang: 'cy', title: 'Ydych chi wedi gweld y cerddwr hwn ym Mannau Brycheiniog?' })
      // The English words are not the Welsh page's.
      expect(dataOf(await find(DYFED_CY, 'walker')).results!.items.map((i) => i.href)).not.toContain('/appeals/missing-walker-brecon-beacons')
    })

    it('answers hostile or empty input with a clear message and no error, and keeps what was typed', async () => {
      const cases: [string, RegExp][] = [
        ['', /Enter words to search for/],
        ['    ', /Enter words to search for/],
        ['x'.repeat(201), /200 characters or fewer/],
        ['stolen\u0000tractor', /cannot be searched for/],
        ['bad\u001b[31m', /cannot be searched for/],
      ]
      for (const [q, message] of cases) {
        const result = await find(LEICS, q)
        expect(statusOf(result), JSON.stringify(q)).toBe(400)
        expect(headerOf(result, 'Cache-Control')).toBe('no-store')
        expect(dataOf(result).error).toMatch(message)
        expect(dataOf(result).query).toBe(q.slice(0, 250))
      }
      for (const q of ["'; drop table content_items; --", '" OR 1=1 --', 'the and of', '&|!<->():*']) {
        const result = await find(LEICS, q)
        expect(statusOf(result), q).toBe(200)
        expect(dataOf(result).results!.total).toBeGreaterThanOrEqual(0)
      }
      expect(dataOf(await find(LEICS, 'the and of')).results!.total).toBe(0)
    })

    it('shows the bare form to everyone alike, and pages through results', async () => {
      const bare = await find(LEICS, null)
      expect(dataOf(bare).results).toBeNull()
      const first = dataOf(await find(LEICS, 'report')).results!
      expect(first.total).toBeGreaterThan(10)
      expect(first.items).toHaveLength(10)
      expect(first.pagination.next?.href).toBe('/search?page=2&q=report')
      const second = dataOf(await find(LEICS, 'report', 2)).results!
      expect(second.page).toBe(2)
      expect(second.items.map((i) => i.href)).not.toContain(first.items[0]!.href)
      const badPage = await new TestBrowser(contextFor(database, LEICS), LEICS).get(search.loader, '/search?q=report&page=abc', {})
      expect(statusOf(badPage)).toBe(404)
    })
  })
}

describe('snippetParts', () => {
  it('splits the marks into parts, and never reads HTML', () => {
    expect(snippetParts('A \uE000tractor\uE001 <b>stolen</b>')).toEqual([
      { text: 'A ', match: false },
      { text: 'tractor', match: true },
      { text: ' <b>stolen</b>', match: false },
    ])
  })
})
