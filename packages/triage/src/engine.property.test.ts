// Properties of the engine over every service: journeys always end, in time, without throwing; danger
// always wins; stale answers never change the result.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { services } from './catalogue/index.ts'
import { next, pathOf, pruneAnswers } from './engine.ts'
import { context, defaultAnswer } from './testing/journey.ts'
import type { AnswerValue, Answers, Question } from './types.ts'

const ctx = context({
  places: (postcode) => (postcode.startsWith('LE') ? { forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester' }] } : undefined),
})

/** Answers a person could give to a question, picked by a random number. */
function answerFor(question: Question, seed: number): AnswerValue {
  const pick = <T,>(list: T[]): T => list[seed % list.length]!
  switch (question.type) {
    case 'yes-no':
      return pick(question.notSure ? ['yes', 'no', 'not-sure'] : ['yes', 'no'])
    case 'single-choice':
      return pick([...question.options.map((o) => o.value), ...(question.optional ? [null] : [])])
    case 'multiple-choice': {
      const chosen = question.options.filter((o, i) => !o.exclusive && (seed >> i) & 1).map((o) => o.value)
      return chosen.length > 0 ? chosen : [question.options.at(-1)!.value]
    }
    case 'contact-details':
      return pick([defaultAnswer(question), ...(question.allowAnonymous ? [{ anonymous: true as const }] : [])])
    default:
      return question.optional ? pick([defaultAnswer(question), null]) : defaultAnswer(question)
  }
}

const service = fc.constantFrom(...services)
const seeds = fc.array(fc.nat(), { minLength: 40, maxLength: 40 })
const junk = fc.dictionary(fc.oneof(fc.constantFrom('danger', 'how', 'postcode', 'contact', 'evidence', 'kind', 'item', '__proto__', 'constructor'), fc.string()), fc.jsonValue()) as fc.Arbitrary<Answers>

function journey(s: (typeof services)[number], choose: (q: Question, step: number) => AnswerValue, start: Answers = {}) {
  const answers: Answers = { ...start }
  let asked = 0
  for (;;) {
    const step = next(s, answers, ctx)
    if (step.type !== 'question') return { step, asked, answers }
    asked++
    if (asked > s.questions.length) throw new Error(`${s.id} asked more questions than it has`)
    answers[step.question.id] = choose(step.question, asked)
  }
}

describe('the engine, for any answers', () => {
  it('ends in an outcome within the service’s question count', () => {
    fc.assert(
      fc.property(service, seeds, (s, picks) => {
        const { step, asked } = journey(s, (q, i) => answerFor(q, picks[i % picks.length]!))
        expect(['EMERGENCY', 'REDIRECT', 'ADVICE', 'SUBMIT']).toContain(step.type)
        expect(asked).toBeLessThanOrEqual(s.questions.length)
        expect(step.serviceId).toBe(s.id)
        expect(step.serviceVersion).toBe(s.version)
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws, whatever junk is in the answers, and still ends', () => {
    fc.assert(
      fc.property(service, junk, fc.jsonValue(), (s, answers, anything) => {
        const step = next(s, answers, ctx)
        expect(['question', 'EMERGENCY', 'REDIRECT', 'ADVICE', 'SUBMIT']).toContain(step.type)
        expect(() => pathOf(s, answers, ctx)).not.toThrow()
        expect(JSON.parse(JSON.stringify(step))).toEqual(step)
        journey(s, () => anything as AnswerValue, answers)
      }),
      { numRuns: 1000 },
    )
  })

  it('ends in EMERGENCY whenever someone is in immediate danger, whatever else was said', () => {
    const withDanger = services.filter((s) => s.questions.some((q) => q.id === 'danger'))
    fc.assert(
      fc.property(fc.constantFrom(...withDanger), seeds, junk, (s, picks, noise) => {
        const answers: Answers = { ...noise }
        s.questions.forEach((q, i) => (answers[q.id] = answerFor(q, picks[i % picks.length]!)))
        answers.danger = 'yes'
        const step = next(s, answers, ctx)
        expect(step.type).toBe('EMERGENCY')
        expect(step.type === 'EMERGENCY' && step.call).toBe('999')
      }),
      { numRuns: 1000 },
    )
  })

  it('gives the same step for the answers and for the answers pruned to the path', () => {
    fc.assert(
      fc.property(service, seeds, junk, (s, picks, noise) => {
        const answers: Answers = { ...noise }
        s.questions.forEach((q, i) => {
          if (picks[i]! % 5 !== 0) answers[q.id] = answerFor(q, picks[i]!)
        })
        const pruned = pruneAnswers(s, answers, ctx)
        expect(next(s, pruned, ctx)).toEqual(next(s, answers, ctx))
        expect(pruneAnswers(s, pruned, ctx)).toEqual(pruned)
        const path = pathOf(s, answers, ctx)
        expect(Object.keys(pruned).every((id) => path.includes(id))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
