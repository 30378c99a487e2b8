import { describe, expect, it } from 'vitest'
import { news } from '../testing.ts'
import { byPublishedDesc, isLive, nextScheduledChange, publicationState } from './schedule.ts'

const at = (iso: string) => new Date(iso)

describe('scheduling', () => {
  const scheduled = { status: 'published' as const, publishAt: '2026-12-02T09:00:00Z', unpublishAt: '2026-12-09T09:00:00Z' }

  it.each([
    ['2026-12-02T08:59:59Z', 'scheduled'],
    ['2026-12-02T09:00:00Z', 'published'],
    ['2026-12-09T08:59:59Z', 'published'],
    ['2026-12-09T09:00:00Z', 'expired'],
  ])('a page scheduled for a week is, at %s, %s', (now, state) => {
    expect(publicationState(scheduled, at(now))).toBe(state)
  })

  it('keeps drafts and pages taken down off the site whatever their times', () => {
    expect(publicationState({ status: 'draft', publishAt: '2020-01-01T00:00:00Z' }, at('2026-12-01T00:00:00Z'))).toBe('draft')
    expect(publicationState({ status: 'unpublished', publishAt: '2020-01-01T00:00:00Z' }, at('2026-12-01T00:00:00Z'))).toBe('unpublished')
    expect(isLive({ status: 'published', publishAt: '2020-01-01T00:00:00Z' }, at('2026-12-01T00:00:00Z'))).toBe(true)
  })

  it('says when a listing next changes by itself', () => {
    const now = at('2026-12-03T00:00:00Z')
    expect(nextScheduledChange([scheduled, { status: 'published', publishAt: '2026-12-05T00:00:00Z' }, { status: 'draft', publishAt: '2026-12-04T00:00:00Z' }], now)).toEqual(
      at('2026-12-05T00:00:00Z'),
    )
    expect(nextScheduledChange([{ status: 'published', publishAt: '2026-12-01T00:00:00Z' }], now)).toBeUndefined()
  })

  it('orders newest first, then by slug', () => {
    const a = news({ slug: 'aaa', publication: { status: 'published', publishAt: '2026-11-01T00:00:00Z' } })
    const b = news({ slug: 'bbb', publication: { status: 'published', publishAt: '2026-11-02T00:00:00Z' } })
    const c = news({ slug: 'ccc', publication: { status: 'published', publishAt: '2026-11-02T00:00:00Z' } })
    expect([a, c, b].sort(byPublishedDesc).map((n) => n.slug)).toEqual(['bbb', 'ccc', 'aaa'])
  })
})
