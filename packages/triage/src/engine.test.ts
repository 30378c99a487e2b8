import { describe, expect, it } from 'vitest'
import antisocialBehaviour from './catalogue/antisocial-behaviour.ts'
import assault from './catalogue/assault.ts'
import generalEnquiry from './catalogue/general-enquiry.ts'
import theft from './catalogue/theft.ts'
import { services } from './catalogue/index.ts'
import { all, not } from './conditions.ts'
import { next, pathOf, pruneAnswers, screen } from './engine.ts'
import { MODEL_VERSION } from './priority.ts'
import type { PlacesLookup } from './outcome.ts'
import { forces } from './testing/forces.ts'
import { context, play } from './testing/journey.ts'
import { PRIORITIES, type Answers } from './types.ts'

const places: PlacesLookup = (postcode) =>
  ({
    'LE1 6TH': { forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester' }] },
    'NG1 1AA': { forceIds: ['nottinghamshire'], councils: [{ code: 'E06000018', name: 'Nottingham' }] },
    'LE12 9AA': { forceIds: ['leicestershire', 'nottinghamshire'], councils: [] },
    'DE1 1AA': { forceIds: ['derbyshire', 'nottinghamshire'], councils: [] },
  })[postcode]

describe('next', () => {
  it('asks the first question of a fresh journey, numbered 1 of an estimate', () => {
    const step = next(theft, {}, context())
    expect(step).toMatchObject({ type: 'question', index: 1, question: { id: 'danger' } })
    expect(step.type === 'question' && step.estimatedTotal).toBeGreaterThan(10)
    expect(step.type === 'question' && step.estimatedTotal).toBeLessThanOrEqual(theft.questions.length)
  })

  it('numbers questions by the path actually taken', () => {
    const step = next(theft, { danger: 'no', 'happening-now': 'no', how: 'taken', 'for-business': 'no' }, context())
    expect(step).toMatchObject({ type: 'question', index: 5, question: { id: 'stolen' } })
  })

  it('skips a question whose condition does not hold', () => {
    const { asked } = play(theft, { postcode: 'LE1 6TH' })
    expect(asked).not.toContain('where')
    expect(play(theft, { postcode: null }).asked).toContain('where')
  })

  it('returns plain JSON that survives a round trip', () => {
    const outcome = play(theft, { 'victim-age': '65-or-over' }).outcome
    expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome)
    expect(outcome).toMatchObject({ serviceId: 'theft', serviceVersion: theft.version, modelVersion: MODEL_VERSION })
  })

  it('gives the links of the rules that fired once each, in rule order, as copies', () => {
    const iwf = { text: { en: 'The IWF', cy: 'Yr IWF' }, url: 'https://report.iwf.org.uk/' }
    const ceop = { text: { en: 'CEOP', cy: 'CEOP' }, url: 'https://www.ceop.police.uk/ceop-reporting/' }
    const service = {
      ...generalEnquiry,
      assess: [
        ...generalEnquiry.assess,
        { id: 'test.one', when: all(), reason: { en: 'One', cy: 'Un' }, links: [iwf] },
        { id: 'test.never', when: not(all()), reason: { en: 'Never', cy: 'Byth' }, links: [{ ...ceop, url: 'https://example.org/never' }] },
        { id: 'test.two', when: all(), reason: { en: 'Two', cy: 'Dau' }, links: [ceop, iwf] },
      ],
    }
    const { outcome } = play(service)
    expect(outcome.type === 'SUBMIT' && outcome.links).toEqual([iwf, ceop])
    if (outcome.type === 'SUBMIT') outcome.links![0]!.text.en = 'changed'
    expect(iwf.text.en).toBe('The IWF')
    // A service whose rules give no links has none on its outcome (and stores none).
    expect('links' in play(generalEnquiry).outcome).toBe(false)
  })

  it('does not let a caller change the catalogue through an outcome', () => {
    const first = next(theft, { danger: 'yes' }, context())
    if (first.type === 'EMERGENCY') first.reason = { en: 'changed', cy: 'changed' }
    expect(next(theft, { danger: 'yes' }, context())).toMatchObject({ reason: { en: 'Someone is in immediate danger.' } })
  })
})

describe('cross-border incidents', () => {
  // The details are in cross-border.test.ts; here, that the engine's walk is unchanged where nothing is routed.
  const at = (postcode: string, forceId = 'leicestershire') => play(theft, { postcode }, context({ forceId, places, forces })).outcome

  it('carries on as before when the postcode is unknown, the lookup fails, or the app gives no force list', () => {
    expect(at('ZZ1 1ZZ')).toMatchObject({ type: 'SUBMIT' })
    expect(at('ZZ1 1ZZ')).not.toHaveProperty('route')
    const broken = context({ forces, places: () => { throw new Error('lookup down') } })
    expect(play(theft, { postcode: 'NG1 1AA' }, broken).outcome).not.toHaveProperty('route')
    expect(play(theft, { postcode: 'NG1 1AA' }, context({ places })).outcome).not.toHaveProperty('route')
  })

  it('still puts danger first', () => {
    expect(next(theft, { danger: 'yes', postcode: 'NG1 1AA' }, context({ places, forces })).type).toBe('EMERGENCY')
  })
})

describe('council redirects', () => {
  const noise: Answers = { kind: 'noise' }

  it('names the council for the postcode when it is known', () => {
    const outcome = play(antisocialBehaviour, { ...noise, postcode: 'LE1 6TH' }, context({ places })).outcome
    expect(outcome).toMatchObject({ type: 'REDIRECT', agency: { id: 'local-council', name: { en: 'Leicester council', cy: 'Cyngor Leicester' } } })
    expect(outcome.type === 'REDIRECT' && outcome.councils).toEqual([{ code: 'E06000016', name: 'Leicester' }])
  })

  it('falls back to the force’s own council contact', () => {
    const localContacts = [
      { id: 'vs', name: 'Victim First', description: 'Support for victims.', kind: 'victim-support' as const },
      { id: 'cc', name: 'Charnwood Borough Council', description: 'Noise and nuisance team.', phone: '01509 263151', url: 'https://www.charnwood.gov.uk/', kind: 'council' as const },
    ]
    const outcome = play(antisocialBehaviour, { ...noise, postcode: null }, context({ localContacts })).outcome
    expect(outcome).toMatchObject({ agency: { name: { en: 'Charnwood Borough Council' }, phone: '01509 263151', url: 'https://www.charnwood.gov.uk/' } })
  })

  it('falls back to “your local council” and the GOV.UK finder', () => {
    const outcome = play(antisocialBehaviour, noise).outcome
    expect(outcome).toMatchObject({ agency: { name: { en: 'your local council' }, url: 'https://www.gov.uk/find-local-council' }, councils: [] })
  })
})

describe('other agencies', () => {
  it('sends health concerns to NHS 111, and to NHS 111 Wales on a Welsh force’s site', () => {
    expect(play(generalEnquiry, { topic: 'health' }).outcome).toMatchObject({ agency: { id: 'nhs-111', url: 'https://111.nhs.uk/' } })
    expect(play(generalEnquiry, { topic: 'health' }, context({ forceId: 'dyfed-powys', forces })).outcome).toMatchObject({
      agency: { url: 'https://111.wales.nhs.uk/' },
    })
  })
})

describe('pathOf and pruneAnswers', () => {
  const answers: Answers = { danger: 'no', 'happening-now': 'no', how: 'taken', 'for-business': 'yes', stolen: ['stock'] }

  it('lists the answered questions on the path, then the current one', () => {
    expect(pathOf(theft, answers, context())).toEqual(['danger', 'happening-now', 'how', 'for-business', 'stolen', 'value'])
  })

  it('drops answers the path no longer reaches when an earlier answer changes', () => {
    const full = play(theft, { 'for-business': 'no', 'victim-age': '65-or-over' }).answers
    expect(full['victim-age']).toBe('65-or-over')
    const changed = pruneAnswers(theft, { ...full, 'for-business': 'yes' }, context())
    expect(changed).not.toHaveProperty('victim-age')
    expect(changed).not.toHaveProperty('disability')
    expect(changed).toHaveProperty('details')
  })

  it('drops everything after the point where the journey now ends', () => {
    const full = play(theft).answers
    const ended = pruneAnswers(theft, { ...full, how: 'tricked' }, context())
    expect(Object.keys(ended)).toEqual(['danger', 'happening-now', 'how'])
  })
})

describe('free text read for risk at the end of a journey', () => {
  const worrying = 'He had a knife and said he is going to kill me'

  it('only ever adds: for every service, worrying words never lower the priority or remove a flag', () => {
    for (const service of services) {
      const plain = play(service).outcome
      if (plain.type !== 'SUBMIT') continue
      const texts: Answers = {}
      for (const q of service.questions) if (q.type === 'long-text' || q.type === 'short-text') texts[q.id] = worrying
      const read = play(service, texts).outcome
      if (read.type !== 'SUBMIT') continue
      expect(PRIORITIES.indexOf(read.priority), service.id).toBeGreaterThanOrEqual(PRIORITIES.indexOf(plain.priority))
      expect(PRIORITIES.indexOf(read.priority), service.id).toBe(PRIORITIES.indexOf('high'))
      for (const flag of plain.flags) expect(read.flags, service.id).toContain(flag)
      expect(read.flags, service.id).toEqual(expect.arrayContaining(['weapon', 'danger-now']))
      expect(read.queue, service.id).toBe(plain.queue)
    }
  })

  it('reads only the answers on the path: an answer the journey no longer asks for counts for nothing', () => {
    const named = play(assault, { relationship: 'stranger', 'suspect-known': 'yes', 'suspect-name': 'The man with the knife' })
    expect(named.outcome.type === 'SUBMIT' && named.outcome.flags).toContain('weapon')
    // The person then says they do not know who it was: the name question leaves the path, and its words with it.
    const changed = play(assault, { ...named.answers, 'suspect-known': 'no' })
    expect(changed.asked).not.toContain('suspect-name')
    expect(changed.outcome.type === 'SUBMIT' && changed.outcome.flags).not.toContain('weapon')
  })

  it('tells the check answers page when the person should see the 999 advice', () => {
    const answers = play(theft, { details: worrying }).answers
    expect(screen(theft, answers, context())).toMatchObject({ dangerNow: true, suicide: false })
    expect(screen(theft, play(theft).answers, context())).toMatchObject({ dangerNow: false, findings: [] })
  })
})
