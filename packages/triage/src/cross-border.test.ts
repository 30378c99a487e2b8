import { describe, expect, it } from 'vitest'
import antisocialBehaviour from './catalogue/antisocial-behaviour.ts'
import theft from './catalogue/theft.ts'
import { FORCE_AREA_NOT_SURE, FORCE_AREA_QUESTION } from './cross-border.ts'
import { findQuestion, next, pathOf, pruneAnswers, routeOf } from './engine.ts'
import type { PlacesLookup } from './outcome.ts'
import { summarise } from './summarise.ts'
import { forces } from './testing/forces.ts'
import { context, play } from './testing/journey.ts'
import type { Answers, ChoiceQuestion } from './types.ts'

const places: PlacesLookup = (postcode) =>
  ({
    'LE1 6TH': { forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester', forceId: 'leicestershire' }] },
    'NG1 1AA': { forceIds: ['nottinghamshire'], councils: [{ code: 'E06000018', name: 'Nottingham', forceId: 'nottinghamshire' }] },
    'M1 1AE': { forceIds: ['greater-manchester'], councils: [{ code: 'E08000003', name: 'Manchester', forceId: 'greater-manchester' }] },
    'LE12 9AA': {
      forceIds: ['leicestershire', 'nottinghamshire'],
      councils: [
        { code: 'E07000130', name: 'Charnwood', forceId: 'leicestershire' },
        { code: 'E07000176', name: 'Rushcliffe', forceId: 'nottinghamshire' },
      ],
    },
    'DE1 1AA': { forceIds: ['nottinghamshire', 'derbyshire'], councils: [] },
    'DG1 1AA': { forceIds: ['police-scotland'], councils: [] },
    'LN1 1AA': { forceIds: ['lincolnshire'], councils: [] },
  })[postcode]

const leics = context({ forceId: 'leicestershire', places, forces })
const journey = (answers: Answers, ctx = leics) => play(theft, answers, ctx)

describe('a report about another force’s area', () => {
  it('goes to that force when it is on the platform, keeping every answer, with why', () => {
    const { outcome, asked, answers } = journey({ postcode: 'M1 1AE', details: 'My phone was taken on Market Street.' })
    expect(outcome).toMatchObject({
      type: 'SUBMIT',
      route: { forceId: 'greater-manchester', ruleId: 'cross-border', postcode: 'M1 1AE' },
    })
    expect(outcome.type === 'SUBMIT' && outcome.route?.why.en).toBe(
      'The postcode M1 1AE is in the Greater Manchester Police area, and each police force deals with what happens in its own area.',
    )
    // The journey did not end at the postcode: every later question was asked and answered.
    expect(asked.indexOf('postcode')).toBeLessThan(asked.indexOf('details'))
    expect(pruneAnswers(theft, answers, leics).details).toBe('My phone was taken on Market Street.')
    expect(routeOf(theft, answers, leics)).toMatchObject({ forceId: 'greater-manchester' })
  })

  it('is known as soon as the postcode is answered, before the report is finished', () => {
    const answers: Answers = { danger: 'no', 'happening-now': 'no', how: 'taken', 'for-business': 'no', stolen: ['phone'], value: 'under-100', postcode: 'M1 1AE' }
    expect(next(theft, answers, leics)).toMatchObject({ type: 'question', question: { id: 'when' } })
    expect(routeOf(theft, answers, leics)?.forceId).toBe('greater-manchester')
    expect(routeOf(theft, { ...answers, postcode: 'LE1 6TH' }, leics)).toBeUndefined()
  })

  it('gives a link to its own site when the force is not on the platform, and the journey ends there', () => {
    const { outcome } = journey({ postcode: 'DG1 1AA' })
    expect(outcome).toMatchObject({
      type: 'REDIRECT',
      ruleId: 'cross-border',
      forceIds: ['police-scotland'],
      agency: { id: 'another-force', name: { en: 'Police Scotland' }, url: 'https://www.scotland.police.uk/', linkText: { en: 'Report it on the Police Scotland website' } },
    })
  })

  it('gives a link to a force on the platform that does not offer the service here', () => {
    expect(journey({ postcode: 'LN1 1AA' }).outcome).toMatchObject({ type: 'REDIRECT', forceIds: ['lincolnshire'], agency: { id: 'another-force' } })
  })

  it('lets another agency’s matter end the journey first, whoever’s area it is in', () => {
    const outcome = play(antisocialBehaviour, { kind: 'noise', postcode: 'M1 1AE' }, leics).outcome
    expect(outcome).toMatchObject({ type: 'REDIRECT', agency: { id: 'local-council', name: { en: 'Manchester council' } } })
  })

  it('never routes away from, or to, a force with no area', () => {
    const btp = context({ forceId: 'btp', places, forces })
    const { outcome } = play(theft, { postcode: 'M1 1AE' }, btp)
    expect(outcome.type).toBe('SUBMIT')
    expect(outcome).not.toHaveProperty('route')
    expect(pathOf(theft, { postcode: 'LE12 9AA' }, btp)).not.toContain(FORCE_AREA_QUESTION)
  })

  it('stays with this force when the postcode is in its own area', () => {
    expect(journey({ postcode: 'LE1 6TH' }).outcome).not.toHaveProperty('route')
  })
})

describe('a district on a border', () => {
  const before: Answers = { danger: 'no', 'happening-now': 'no', how: 'taken', 'for-business': 'no', stolen: ['phone'], value: 'under-100' }

  it('asks which force area it happened in, right after the postcode, as the finder does', () => {
    const step = next(theft, { ...before, postcode: 'LE12 9AA' }, leics)
    expect(step).toMatchObject({ type: 'question', index: 8, question: { id: FORCE_AREA_QUESTION, type: 'single-choice' } })
    const question = (step as { question: ChoiceQuestion }).question
    expect(question.hint?.en).toContain('LE12 9AA is on the border of more than one police force area')
    expect(question.options.map((o) => [o.value, o.label.en, o.hint?.en])).toEqual([
      ['leicestershire', 'Leicestershire Police', 'Covers parts of Charnwood'],
      ['nottinghamshire', 'Nottinghamshire Police', 'Covers parts of Rushcliffe'],
      [FORCE_AREA_NOT_SURE, 'I do not know', 'We will send it to Leicestershire Police, who will pass it on if it belongs to another force.'],
    ])
    expect(question.text.cy).toBe('Ym mha ardal heddlu y digwyddodd?')
    expect(pathOf(theft, { ...before, postcode: 'LE12 9AA' }, leics).slice(-2)).toEqual(['postcode', FORCE_AREA_QUESTION])
  })

  it('sends it to the force chosen, or keeps it here for this force or “I do not know”', () => {
    const chosen = journey({ postcode: 'LE12 9AA', [FORCE_AREA_QUESTION]: 'nottinghamshire' }).outcome
    expect(chosen).toMatchObject({ type: 'SUBMIT', route: { forceId: 'nottinghamshire', ruleId: 'cross-border.chosen' } })
    expect(chosen.type === 'SUBMIT' && chosen.route?.why.en).toBe(
      'You told us it happened in the Nottinghamshire Police area, and each police force deals with what happens in its own area.',
    )
    expect(journey({ postcode: 'LE12 9AA', [FORCE_AREA_QUESTION]: 'leicestershire' }).outcome).not.toHaveProperty('route')
    expect(journey({ postcode: 'LE12 9AA', [FORCE_AREA_QUESTION]: FORCE_AREA_NOT_SURE }).outcome).not.toHaveProperty('route')
  })

  it('asks even when this force is not one of them, and keeps “I do not know” here to pass on', () => {
    const question = findQuestion(theft, FORCE_AREA_QUESTION, { ...before, postcode: 'DE1 1AA' }, leics) as ChoiceQuestion
    expect(question.options.map((o) => o.value)).toEqual(['derbyshire', 'nottinghamshire', FORCE_AREA_NOT_SURE])
    expect(journey({ postcode: 'DE1 1AA', [FORCE_AREA_QUESTION]: 'derbyshire' }).outcome).toMatchObject({ route: { forceId: 'derbyshire' } })
    expect(journey({ postcode: 'DE1 1AA', [FORCE_AREA_QUESTION]: FORCE_AREA_NOT_SURE }).outcome).not.toHaveProperty('route')
  })

  it('asks again when the postcode changes to a border the answer does not fit', () => {
    const answers = journey({ postcode: 'LE12 9AA', [FORCE_AREA_QUESTION]: 'leicestershire' }).answers
    const changed = { ...answers, postcode: 'DE1 1AA' }
    expect(next(theft, changed, leics)).toMatchObject({ type: 'question', question: { id: FORCE_AREA_QUESTION } })
    // Off the border, the answer is no longer on the path and is not submitted.
    expect(pruneAnswers(theft, { ...answers, postcode: 'LE1 6TH' }, leics)).not.toHaveProperty(FORCE_AREA_QUESTION)
  })

  it('keeps the answer on the path and in check answers, right after the postcode', () => {
    const { answers } = journey({ postcode: 'LE12 9AA', [FORCE_AREA_QUESTION]: 'nottinghamshire' })
    expect(pruneAnswers(theft, answers, leics)[FORCE_AREA_QUESTION]).toBe('nottinghamshire')
    const rows = summarise(theft, answers, 'en', leics)
    const at = rows.findIndex((r) => r.questionId === 'postcode')
    expect(rows[at + 1]).toMatchObject({ questionId: FORCE_AREA_QUESTION, question: 'Which police force area did it happen in?', answer: 'Nottinghamshire Police', changeId: FORCE_AREA_QUESTION })
    expect(pathOf(theft, answers, leics)).toContain(FORCE_AREA_QUESTION)
  })

  it('finds the question only while it is on the person’s path', () => {
    expect(findQuestion(theft, FORCE_AREA_QUESTION, { ...before, postcode: 'LE1 6TH' }, leics)).toBeUndefined()
    expect(findQuestion(theft, FORCE_AREA_QUESTION, { ...before, postcode: 'LE12 9AA' }, leics)).toMatchObject({ id: FORCE_AREA_QUESTION })
    expect(findQuestion(theft, 'postcode', {}, leics)).toMatchObject({ id: 'postcode' })
  })
})
