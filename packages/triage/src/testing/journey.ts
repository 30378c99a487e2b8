// Test helpers: play a journey the way a person would, answering each question the engine asks. Answers
// not given in a scenario get a plain, harmless default, so a test states only what matters to it.
import { next } from '../engine.ts'
import type { Outcome, TriageContext } from '../outcome.ts'
import type { AnswerValue, Answers, Question, Service } from '../types.ts'

export const NOW = '2026-03-27T10:00:00.000Z'

export const context = (overrides: Partial<TriageContext> = {}): TriageContext => ({
  forceId: 'leicestershire',
  now: NOW,
  ...overrides,
})

export function defaultAnswer(question: Question): AnswerValue {
  switch (question.type) {
    case 'yes-no':
      return 'no'
    case 'single-choice':
      return question.options[0]!.value
    case 'multiple-choice':
      return [(question.options.find((o) => o.exclusive) ?? question.options[0]!).value]
    case 'short-text':
      return 'Example'
    case 'long-text':
      return 'It happened as described.'
    case 'location':
      return 'Outside the library on the High Street'
    case 'date':
      return '2026-03-20'
    case 'approximate-time':
      return { date: '2026-03-20', timeOfDay: 'evening' }
    case 'date-range':
      return { from: '2026-03-19', to: '2026-03-20' }
    case 'postcode':
      return 'LE1 6TH'
    case 'person-description':
      return { age: 'About 30' }
    case 'contact-details':
      return { anonymous: false, name: 'Sam Jones', email: 'sam@example.com' }
    case 'vehicle-registration':
      return 'AB12CDE'
    case 'evidence-upload':
      return null
    case 'declaration':
      return question.kind === 'statement' ? { agreed: true, name: 'Sam Jones', signedAt: NOW } : { agreed: true, signedAt: NOW }
  }
}

export interface Played {
  outcome: Outcome
  asked: string[]
  answers: Answers
}

/** Answers every question the engine asks (from `given`, else the default) until the journey ends. */
export function play(service: Service, given: Answers = {}, ctx: TriageContext = context()): Played {
  const answers: Answers = {}
  const asked: string[] = []
  // One more than the catalogue holds: the force-area question a border district adds.
  for (let guard = 0; guard <= service.questions.length + 1; guard++) {
    const step = next(service, answers, ctx)
    if (step.type !== 'question') return { outcome: step, asked, answers }
    const id = step.question.id
    asked.push(id)
    answers[id] = id in given ? given[id] : defaultAnswer(step.question)
  }
  throw new Error(`${service.id}: the journey did not end within ${service.questions.length} questions`)
}
