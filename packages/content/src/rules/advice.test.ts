import { describe, expect, it } from 'vitest'
import { localAdviceSchema, type LocalAdvice } from '../model/advice.ts'
import { dyfedPowys, leicestershire, nationalAdvice } from '../testing.ts'
import { adviceForVisitor, missingWelshAdvice } from './advice.ts'

const base = { kind: 'advice', slug: 'burglary-prevention', publication: { status: 'published', publishAt: '2026-11-01T00:00:00Z' }, updatedAt: '2026-11-02T10:00:00Z' }
const addition = (text: object): LocalAdvice => localAdviceSchema.parse({ ...base, mode: 'addition', text })
const replacement = (text: object): LocalAdvice => localAdviceSchema.parse({ ...base, mode: 'replacement', text })

describe('which advice a visitor sees', () => {
  const national = nationalAdvice('burglary-prevention')

  it('the national page, labelled as national', () => {
    const view = adviceForVisitor({ national, locale: 'en', force: leicestershire })!
    expect(view).toMatchObject({ title: 'burglary-prevention (en)', owner: 'national', lang: 'en', updated: '2026-11-30', relatedServices: ['burglary'] })
    expect(view.label).toBe('National police advice: the same on every force’s website')
    expect(view.sections).toEqual([{ owner: 'national', body: 'Body (en)', lang: 'en' }])
  })

  it('the Welsh national page in Welsh', () => {
    const view = adviceForVisitor({ national, locale: 'cy', force: dyfedPowys })!
    expect(view).toMatchObject({ title: 'burglary-prevention (cy)', lang: 'cy', label: 'Cyngor cenedlaethol yr heddlu: yr un fath ar wefan pob heddlu' })
  })

  it('the national page followed by the force’s section, labelled with both', () => {
    const view = adviceForVisitor({ national, local: addition({ en: { heading: 'Free door chains', body: 'Ask your team.' } }), locale: 'en', force: leicestershire })!
    expect(view.owner).toBe('national-and-force')
    expect(view.label).toBe('National police advice, with a section from Leicestershire Police')
    expect(view.sectionLabel).toBe('From Leicestershire Police')
    expect(view.sections).toEqual([
      { owner: 'national', body: 'Body (en)', lang: 'en' },
      { owner: 'force', heading: 'Free door chains', body: 'Ask your team.', lang: 'en' },
    ])
  })

  it('the force’s replacement instead of the national page, labelled as the force’s', () => {
    const local = replacement({ en: { title: 'Our burglary advice', summary: 'S', body: 'Ours.' }, cy: { title: 'Ein cyngor', summary: 'C', body: 'Ein un ni.' } })
    const view = adviceForVisitor({ national, local, locale: 'cy', force: dyfedPowys })!
    expect(view).toMatchObject({ title: 'Ein cyngor', owner: 'force', label: 'Cyngor gan Heddlu Dyfed-Powys', updated: '2026-11-02T10:00:00Z' })
    expect(view.sections).toEqual([{ owner: 'force', body: 'Ein un ni.', lang: 'cy' }])
  })

  it('English marked as English when a Welsh version is missing, and nothing when there is no page', () => {
    const view = adviceForVisitor({ national: nationalAdvice('x', false), locale: 'cy', force: dyfedPowys })!
    expect(view.lang).toBe('en')
    expect(view.sections[0]!.lang).toBe('en')
    expect(view.label).toMatch(/^Cyngor/)
    expect(adviceForVisitor({ locale: 'en', force: leicestershire })).toBeUndefined()
    expect(adviceForVisitor({ local: addition({ en: { heading: 'h', body: 'b' } }), locale: 'en', force: leicestershire })).toBeUndefined()
  })
})

describe('a Welsh force shows every advice page in both languages', () => {
  it('lists national pages and local advice with no Welsh version', () => {
    const pages = [nationalAdvice('burglary-prevention'), nationalAdvice('fraud-and-scams', false)]
    const local = [addition({ en: { heading: 'h', body: 'b' } })]
    expect(missingWelshAdvice(dyfedPowys, pages, local).map((m) => m.message)).toEqual([
      'content/advice/fraud-and-scams.en.md has no Welsh version (fraud-and-scams.cy.md), and Dyfed-Powys Police shows every page in Welsh',
      'Dyfed-Powys Police’s addition for “burglary-prevention” has no Welsh version',
    ])
    expect(missingWelshAdvice(leicestershire, pages, local)).toEqual([])
  })

  it('does not ask for the Welsh of a national page the force has replaced', () => {
    const local = [localAdviceSchema.parse({ ...base, slug: 'fraud-and-scams', mode: 'replacement', text: { en: { title: 't', summary: 's', body: 'b' }, cy: { title: 't', summary: 's', body: 'b' } } })]
    expect(missingWelshAdvice(dyfedPowys, [nationalAdvice('fraud-and-scams', false)], local)).toEqual([])
  })
})
