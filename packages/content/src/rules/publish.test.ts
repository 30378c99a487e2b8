import { describe, expect, it } from 'vitest'
import { localAdviceSchema } from '../model/advice.ts'
import { nationalNoticeSchema } from '../model/notice.ts'
import { appeal, area, dyfedPowys, leicestershire, news, NOW } from '../testing.ts'
import { canPublish, noticeProblems, publishProblems } from './publish.ts'

const codes = (problems: { code: string; field: string }[]) => problems.map((p) => `${p.code} ${p.field}`)
const welsh = { title: 'Tractor wedi’i ddwyn ger Melton', summary: 'Crynodeb byr.', body: 'Corff yr apêl.' }

describe('publishing', () => {
  it('lets a complete English page go live on an English force', () => {
    expect(publishProblems(appeal(), { force: leicestershire, now: NOW })).toEqual([])
    expect(canPublish(news(), { force: leicestershire, now: NOW })).toBe(true)
  })

  it('refuses a page without its Welsh version on a Welsh force, naming the force', () => {
    const problems = publishProblems(appeal(), { force: dyfedPowys, now: NOW })
    expect(codes(problems)).toEqual(['welsh-missing text.cy'])
    expect(problems[0]!.message.en).toBe('Dyfed-Powys Police offers every page in Welsh. Add the Welsh version before publishing.')
    expect(problems[0]!.message.cy).toBe('Mae Heddlu Dyfed-Powys yn cynnig pob tudalen yn Gymraeg. Ychwanegwch y fersiwn Gymraeg cyn cyhoeddi.')
    expect(canPublish(appeal({ text: { en: appeal().text.en, cy: welsh } }), { force: dyfedPowys, now: NOW })).toBe(true)
  })

  it('refuses a page with only Welsh, anywhere', () => {
    expect(codes(publishProblems(appeal({ text: { cy: welsh } }), { force: dyfedPowys, now: NOW }))).toEqual(['english-missing text.en'])
  })

  it('needs a photo’s alt text in every language the site offers', () => {
    const photo = { id: 'photo-001', alt: { en: 'A red tractor' } }
    expect(publishProblems(appeal({ photo }), { force: leicestershire, now: NOW })).toEqual([])
    const both = appeal({ photo, text: { en: appeal().text.en, cy: welsh } })
    expect(codes(publishProblems(both, { force: dyfedPowys, now: NOW }))).toEqual(['alt-missing photo.alt.cy'])
    expect(codes(publishProblems(news({ image: { id: 'photo-001', alt: {} } }), { force: leicestershire, now: NOW }))).toEqual(['alt-missing image.alt.en'])
  })

  it('refuses an open appeal whose closing date has passed, and a resolved one that does not say what happened', () => {
    expect(codes(publishProblems(appeal({ closesOn: '2026-11-30' }), { force: leicestershire, now: NOW }))).toEqual(['closing-date-past closesOn'])
    expect(publishProblems(appeal({ closesOn: '2026-12-01' }), { force: leicestershire, now: NOW })).toEqual([])
    expect(publishProblems(appeal({ closesOn: '2026-11-30', status: 'closed' }), { force: leicestershire, now: NOW })).toEqual([])
    expect(codes(publishProblems(appeal({ status: 'resolved' }), { force: leicestershire, now: NOW }))).toEqual(['outcome-missing outcome.en'])
    expect(publishProblems(appeal({ status: 'resolved', outcome: { en: 'Found safe and well.' } }), { force: leicestershire, now: NOW })).toEqual([])
  })

  it('refuses a page whose take-down time has passed', () => {
    const publication = { status: 'published' as const, publishAt: '2026-11-01T00:00:00Z', unpublishAt: '2026-11-30T00:00:00Z' }
    expect(codes(publishProblems(news({ publication }), { force: leicestershire, now: NOW }))).toEqual(['already-expired publication.unpublishAt'])
  })

  it('refuses Markdown that renders without something the editor wrote, in either language', () => {
    const text = { en: { ...appeal().text.en!, body: '[bad](javascript:alert(1))' }, cy: { ...welsh, body: '![](image:photo-001)' } }
    const problems = publishProblems(appeal({ text }), { force: dyfedPowys, now: NOW })
    expect(codes(problems)).toEqual(['markdown text.en.body', 'markdown text.cy.body'])
    expect(problems[1]!.message.cy).toMatch(/^Llinell 1: Does dim disgrifiad/)
    expect(codes(publishProblems(news({ text: { en: { ...news().text.en!, body: '![x](image:gone-000)' } } }), { force: leicestershire, now: NOW, images: () => undefined }))).toEqual([
      'markdown text.en.body',
    ])
    // A level 1 heading is shown as level 2: reported in the preview, but it does not stop publishing.
    expect(publishProblems(news({ text: { en: { ...news().text.en!, body: '# Heading' } } }), { force: leicestershire, now: NOW })).toEqual([])
  })

  it('needs every priority and the meeting place in both languages on a Welsh force', () => {
    const en = { ...area().text.en!, meetingPlace: 'Town hall' }
    const cy = { title: 'Tîm canol y dref', summary: 'Crynodeb.', body: 'Corff.', priorities: [] }
    const page = area({ text: { en, cy }, nextMeetingAt: '2026-12-10T18:30:00Z' })
    expect(codes(publishProblems(page, { force: dyfedPowys, now: NOW }))).toEqual(['priorities-mismatch text.cy.priorities', 'meeting-place-missing text.cy.meetingPlace'])
  })

  it('needs a national page for an addition or replacement, and a free slug for a local page', () => {
    const base = { kind: 'advice', slug: 'burglary-prevention', publication: { status: 'published', publishAt: '2026-11-01T00:00:00Z' }, updatedAt: '2026-11-01T00:00:00Z' }
    const addition = localAdviceSchema.parse({ ...base, mode: 'addition', text: { en: { heading: 'Free locks', body: 'Ask us.' } } })
    const local = localAdviceSchema.parse({ ...base, mode: 'local', text: { en: { title: 'Burglary', summary: 'S', body: 'B' } } })
    expect(publishProblems(addition, { force: leicestershire, now: NOW, nationalAdviceSlugs: ['burglary-prevention'] })).toEqual([])
    expect(codes(publishProblems(addition, { force: leicestershire, now: NOW, nationalAdviceSlugs: [] }))).toEqual(['no-national-page slug'])
    expect(codes(publishProblems(local, { force: leicestershire, now: NOW, nationalAdviceSlugs: ['burglary-prevention'] }))).toEqual(['clashes-with-national slug'])
  })

  describe('national notices', () => {
    const notice = nationalNoticeSchema.parse({
      kind: 'notice',
      id: 'new-number',
      text: { en: { title: 'New number', body: 'Call [101](tel:101).' }, cy: { title: 'Rhif newydd', body: 'Ffoniwch [101](tel:101).' } },
      startsAt: '2026-12-01T00:00:00Z',
      endsAt: '2026-12-08T00:00:00Z',
      forces: ['leicestershire', 'dyfed-powys'],
    })
    const known = ['leicestershire', 'metropolitan', 'dyfed-powys']

    it('may be published while it has not ended, to forces that exist', () => {
      expect(noticeProblems(notice, { now: NOW, knownForceIds: known })).toEqual([])
      expect(codes(noticeProblems(notice, { now: new Date('2026-12-08T00:00:00Z'), knownForceIds: known }))).toEqual(['notice-ended endsAt'])
      expect(noticeProblems({ ...notice, forces: ['leicestershire', 'leics'] }, { now: NOW, knownForceIds: known }).map((p) => p.message.en)).toEqual(['No such force: leics.'])
    })

    it('checks the Markdown of both languages', () => {
      const bad = { ...notice, text: { ...notice.text, cy: { ...notice.text.cy, body: '<script>x</script>' } } }
      expect(codes(noticeProblems(bad, { now: NOW, knownForceIds: known }))).toEqual(['markdown text.cy.body'])
    })
  })
})
