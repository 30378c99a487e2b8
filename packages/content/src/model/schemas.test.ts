import { describe, expect, it } from 'vitest'
import { appeal, area, news } from '../testing.ts'
import { appealSchema } from './appeal.ts'
import { areaPageSchema } from './area.ts'
import { instantSchema, isoDateSchema, publicationSchema } from './common.ts'
import { forceContentSchema } from './index.ts'
import { nationalNoticeSchema } from './notice.ts'
import { localAdviceSchema } from './advice.ts'

const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const issue = result.error?.issues[0]
  return issue ? { path: issue.path.join('.'), message: issue.message } : undefined
}

describe('content schemas', () => {
  it('accept a valid item of every kind, told apart by kind', () => {
    for (const item of [news(), appeal(), area()]) expect(forceContentSchema.parse(item)).toEqual(item)
  })

  it('accept real dates and instants only', () => {
    expect(isoDateSchema.safeParse('2026-02-28').success).toBe(true)
    expect(isoDateSchema.safeParse('2026-02-29').success).toBe(false)
    expect(isoDateSchema.safeParse('2026-2-1').success).toBe(false)
    expect(instantSchema.safeParse('2026-12-01T09:00:00Z').success).toBe(true)
    expect(instantSchema.safeParse('2026-07-01T09:00:00+01:00').success).toBe(true)
    expect(instantSchema.safeParse('2026-12-01 09:00').success).toBe(false)
  })

  it('need publishAt on a published page, and unpublishAt after it', () => {
    expect(firstIssue(publicationSchema.safeParse({ status: 'published' }))).toEqual({ path: 'publishAt', message: 'a published page needs publishAt' })
    expect(firstIssue(publicationSchema.safeParse({ status: 'published', publishAt: '2026-12-01T09:00:00Z', unpublishAt: '2026-12-01T08:00:00Z' }))).toEqual({
      path: 'unpublishAt',
      message: 'must be after publishAt',
    })
    expect(publicationSchema.safeParse({ status: 'draft' }).success).toBe(true)
  })

  it('let a draft have only one language, but not none', () => {
    expect(appealSchema.safeParse({ ...appeal(), text: { cy: { title: 'Tractor wedi’i ddwyn', summary: 'Crynodeb', body: '' } } }).success).toBe(true)
    expect(firstIssue(appealSchema.safeParse({ ...appeal(), text: {} }))).toEqual({ path: 'text', message: 'needs an English or a Welsh version' })
  })

  it('normalise and check appeal references', () => {
    expect(appeal({ reference: ' le-2026-0142 ' }).reference).toBe('LE-2026-0142')
    expect(appeal({ reference: 'DP/2026/0077' }).reference).toBe('DP/2026/0077')
    for (const reference of ['LE', 'LE 2026', '-LE-1', 'LE-1-', 'A'.repeat(31), '<b>']) {
      expect(firstIssue(appealSchema.safeParse({ ...appeal(), reference }))?.path).toBe('reference')
    }
  })

  it('require an appeal’s service to be in the national catalogue', () => {
    expect(firstIssue(appealSchema.safeParse({ ...appeal(), serviceId: 'not-a-service' }))).toEqual({ path: 'serviceId', message: 'is not a service in the national catalogue' })
  })

  it('refuse images without an uploaded id, and empty alt text', () => {
    expect(firstIssue(appealSchema.safeParse({ ...appeal(), photo: { id: 'https://e.example/a.png', alt: { en: 'x' } } }))?.path).toBe('photo.id')
    expect(firstIssue(appealSchema.safeParse({ ...appeal(), photo: { id: 'abc-123', alt: { en: '  ' } } }))).toEqual({ path: 'photo.alt.en', message: 'must describe the image' })
  })

  it('normalise postcode districts and refuse anything else', () => {
    expect(area({ postcodeDistricts: [' le1 ', 'sa31'] }).postcodeDistricts).toEqual(['LE1', 'SA31'])
    expect(firstIssue(areaPageSchema.safeParse({ ...area(), postcodeDistricts: ['LE1 6AA'] }))).toEqual({ path: 'postcodeDistricts.0', message: 'must be a postcode district such as LE1 or SA31' })
    expect(firstIssue(areaPageSchema.safeParse({ ...area(), postcodeDistricts: [] }))?.message).toBe('must list at least one postcode district')
  })

  it('refuse unknown fields, so a misspelt field is not silently lost', () => {
    expect(firstIssue(appealSchema.safeParse({ ...appeal(), closingDate: '2026-12-31' }))?.message).toMatch(/closingDate/)
  })

  it('tell local advice modes apart', () => {
    const base = { kind: 'advice', slug: 'burglary-prevention', publication: { status: 'draft' }, updatedAt: '2026-11-01T09:00:00Z' }
    expect(localAdviceSchema.parse({ ...base, mode: 'addition', text: { en: { heading: 'Free door locks in Leicester', body: 'Call us.' } } }).mode).toBe('addition')
    expect(localAdviceSchema.safeParse({ ...base, mode: 'addition', text: { en: { title: 'x', summary: 'y', body: 'z' } } }).success).toBe(false)
    expect(localAdviceSchema.parse({ ...base, mode: 'replacement', text: { en: { title: 'x', summary: 'y', body: 'z' } } })).toMatchObject({ mode: 'replacement', relatedServices: [] })
  })

  describe('national notices', () => {
    const notice = {
      kind: 'notice',
      id: 'new-service-2026',
      text: {
        en: { title: 'A new online service', body: 'You can now report it online.', linkText: 'Report it' },
        cy: { title: 'Gwasanaeth ar-lein newydd', body: 'Gallwch roi gwybod ar-lein nawr.', linkText: 'Rhoi gwybod' },
      },
      startsAt: '2026-12-01T00:00:00Z',
      endsAt: '2026-12-31T00:00:00Z',
      forces: ['leicestershire', 'dyfed-powys'],
      serviceId: 'general-enquiry',
    }

    it('need both languages, a real time window and at least one force', () => {
      expect(nationalNoticeSchema.parse(notice)).toEqual(notice)
      expect(firstIssue(nationalNoticeSchema.safeParse({ ...notice, text: { en: notice.text.en } }))?.path).toBe('text.cy')
      expect(firstIssue(nationalNoticeSchema.safeParse({ ...notice, endsAt: notice.startsAt }))).toEqual({ path: 'endsAt', message: 'must be after startsAt' })
      expect(firstIssue(nationalNoticeSchema.safeParse({ ...notice, forces: [] }))?.message).toBe('must name at least one force')
      expect(nationalNoticeSchema.safeParse({ ...notice, forces: 'all' }).success).toBe(true)
    })

    it('need the link’s words in both languages when it links to a service', () => {
      const noLink = { ...notice, text: { en: { ...notice.text.en, linkText: undefined }, cy: notice.text.cy } }
      expect(firstIssue(nationalNoticeSchema.safeParse(noLink))?.path).toBe('text')
    })
  })
})
