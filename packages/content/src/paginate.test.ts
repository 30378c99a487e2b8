import { describe, expect, it } from 'vitest'
import { pageHref, pageWindow, paginate, paginationLinks, parsePage } from './paginate.ts'

describe('pagination', () => {
  it.each([
    [null, 1],
    ['', 1],
    ['1', 1],
    ['12', 12],
    ['0', undefined],
    ['-1', undefined],
    ['01', undefined],
    ['2.5', undefined],
    ['1e3', undefined],
    ['abc', undefined],
    ['99999', undefined],
  ] as const)('reads ?page=%j as %j', (raw, page) => expect(parsePage(raw)).toBe(page))

  it('works out the slice and the neighbours', () => {
    expect(paginate(45, 2)).toMatchObject({ pageCount: 5, offset: 10, limit: 10, previous: 1, next: 3, outOfRange: false })
    expect(paginate(45, 5)).toMatchObject({ previous: 4, next: undefined })
    expect(paginate(0, 1)).toMatchObject({ pageCount: 1, outOfRange: false, window: [] })
    expect(paginate(45, 6)).toMatchObject({ outOfRange: true, previous: undefined, next: undefined, window: [] })
  })

  it.each([
    [1, 1, []],
    [1, 3, [1, 2, 3]],
    [1, 12, [1, 2, null, 12]],
    [5, 12, [1, null, 4, 5, 6, null, 12]],
    [3, 12, [1, 2, 3, 4, null, 12]],
    [4, 12, [1, 2, 3, 4, 5, null, 12]],
    [12, 12, [1, null, 11, 12]],
  ] as const)('on page %i of %i shows %j', (page, count, window) => expect(pageWindow(page, count)).toEqual(window))

  it('builds links for the Pagination component, page 1 without a query', () => {
    const links = paginationLinks(paginate(25, 2), (n) => pageHref('/news', n))
    expect(links).toEqual({
      previous: { href: '/news' },
      next: { href: '/news?page=3' },
      pages: [
        { number: 1, href: '/news', current: false },
        { number: 2, href: '/news?page=2', current: true },
        { number: 3, href: '/news?page=3', current: false },
      ],
    })
  })

  it('refuses impossible arguments', () => {
    expect(() => paginate(-1, 1)).toThrow(RangeError)
    expect(() => paginate(1, 0)).toThrow(RangeError)
    expect(() => paginate(1, 1, 0)).toThrow(RangeError)
  })
})
