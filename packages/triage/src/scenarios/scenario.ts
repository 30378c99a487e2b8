// Scenario tests: what a person would tell us, the answers they would give, and what should happen.
import { expect, it } from 'vitest'
import { getService } from '../catalogue/index.ts'
import type { Outcome, PlacesLookup } from '../outcome.ts'
import { forces } from '../testing/forces.ts'
import { context, play } from '../testing/journey.ts'
import type { Answers, Flag, Locale, Priority, Queue, Text } from '../types.ts'

export interface Scenario {
  story: string
  service: string
  answers: Answers
  forceId?: string
  /** The language the person uses: with 'cy', every question they are asked and the outcome they see must be in Welsh. */
  locale?: Locale
  expect:
    | { type: 'EMERGENCY' | 'ADVICE'; ruleId?: string }
    | { type: 'REDIRECT'; agency: string; ruleId?: string }
    | { type: 'SUBMIT'; priority: Priority; flags?: Flag[]; queue?: Queue; rules?: string[]; receivedBy?: string }
}

export const places: PlacesLookup = (postcode) =>
  ({
    'LE1 6TH': { forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester' }] },
    'LE11 3AA': { forceIds: ['leicestershire'], councils: [{ code: 'E07000130', name: 'Charnwood' }] },
    'NG7 2RD': { forceIds: ['nottinghamshire'], councils: [{ code: 'E06000018', name: 'Nottingham' }] },
    'CF10 1AA': { forceIds: ['south-wales'], councils: [{ code: 'W06000015', name: 'Cardiff' }] },
    'M1 1AE': { forceIds: ['greater-manchester'], councils: [{ code: 'E08000003', name: 'Manchester' }] },
  })[postcode]

export function runScenarios(scenarios: Scenario[]) {
  for (const s of scenarios) {
    it(s.story, () => {
      const service = getService(s.service)
      expect(service, s.service).toBeDefined()
      const played = play(service!, s.answers, context({ forceId: s.forceId ?? 'leicestershire', places, forces }))
      const { outcome } = played
      const want = s.expect
      if (s.locale === 'cy') {
        for (const id of played.asked) {
          const question = service!.questions.find((q) => q.id === id)
          if (question) expect(question.text.cy.trim(), id).not.toBe('')
        }
        for (const text of shownText(outcome)) expect(text.cy.trim() !== '' && text.cy !== text.en, `Welsh for “${text.en}”`).toBe(true)
      }
      expect(outcome.type).toBe(want.type)
      if ('ruleId' in want && want.ruleId) expect(outcome.ruleId).toBe(want.ruleId)
      if (want.type === 'REDIRECT' && outcome.type === 'REDIRECT') expect(outcome.agency.id).toBe(want.agency)
      if (want.type === 'SUBMIT' && outcome.type === 'SUBMIT') {
        expect({ priority: outcome.priority, score: outcome.score }).toMatchObject({ priority: want.priority })
        expect([...outcome.flags].sort()).toEqual([...(want.flags ?? [])].sort())
        if (want.queue) expect(outcome.queue).toBe(want.queue)
        for (const rule of want.rules ?? []) expect(outcome.rationale.map((r) => r.ruleId)).toContain(rule)
        expect(outcome.route?.forceId).toBe(want.receivedBy)
      }
    })
  }
}

/** The words a person reads on an outcome page, beside the app's own. */
function shownText(outcome: Outcome): Text[] {
  switch (outcome.type) {
    case 'EMERGENCY':
      return [outcome.reason, ...(outcome.advice ? [outcome.advice] : []), ...(outcome.links ?? []).map((l) => l.text)]
    case 'REDIRECT':
      return [outcome.why, outcome.agency.linkText, outcome.agency.howToContact]
    case 'ADVICE':
      return [outcome.title, outcome.advice, ...outcome.links.map((l) => l.text)]
    case 'SUBMIT':
      return outcome.rationale.map((r) => r.reason)
  }
}
