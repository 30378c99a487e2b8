import { describe, expect, it } from 'vitest'
import { isSlug, slugSchema, suggestSlug, uniqueSlug } from './slug.ts'

describe('slugs', () => {
  it.each(['burglary-prevention', 'appeal-2026-tractor', 'abc'])('%s is a slug', (s) => expect(isSlug(s)).toBe(true))

  it.each(['', 'ab', 'Burglary', 'two--hyphens', '-leading', 'trailing-', 'with space', 'ŵyn', 'new', 'page', 'a'.repeat(81), 'dots.in.it'])('%j is not', (s) => {
    expect(isSlug(s)).toBe(false)
  })

  it('explains what is wrong', () => {
    expect(slugSchema.safeParse('Burglary Advice').error?.issues[0]?.message).toMatch(/lower-case letters and digits/)
    expect(slugSchema.safeParse('edit').error?.issues[0]?.message).toMatch(/addresses use/)
  })

  it.each([
    ['Appeal: stolen quad bike – Melton', 'appeal-stolen-quad-bike-melton'],
    ['Cadw’n ddiogel ar-lein', 'cadwn-ddiogel-ar-lein'],
    ['Ŵyn wedi’u dwyn o fferm ger Llanymddyfri', 'wyn-wediu-dwyn-o-fferm-ger-llanymddyfri'],
    ['Fraud & scams', 'fraud-and-scams'],
    ['  New  ', 'new-page'],
  ])('suggests a slug for %j', (title, slug) => expect(suggestSlug(title)).toBe(slug))

  it('cuts a long title at a word and gives up on a title with nothing usable', () => {
    const slug = suggestSlug('word '.repeat(40))!
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('word')).toBe(true)
    expect(suggestSlug('!!!')).toBeUndefined()
    expect(suggestSlug('ab')).toBeUndefined()
  })

  it('finds a free slug by numbering', () => {
    expect(uniqueSlug('appeal', [])).toBe('appeal')
    expect(uniqueSlug('appeal', ['appeal', 'appeal-2'])).toBe('appeal-3')
    const long = 'a'.repeat(80)
    expect(uniqueSlug(long, [long])).toBe(`${'a'.repeat(78)}-2`)
    expect(isSlug(uniqueSlug(long, [long]))).toBe(true)
  })
})
