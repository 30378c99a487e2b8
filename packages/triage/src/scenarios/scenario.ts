// Scenario tests: what a person would tell us, the answers they would give, and what should happen.
import { expect, it } from 'vitest'
import { getService } from '../catalogue/index.ts'
import type { Outcome, PlacesLookup } from '../outcome.ts'
import { context, play } from '../testing/journey.ts'
import type { Answers, Flag, Priority, Queue } from '../types.ts'

export interface Scenario {
  story: string
  service: string
  answers: Answers
  forceId?: string
  expect:
    | { type: 'EMERGENCY' | 'ADVICE'; ruleId?: string }
    | { type: 'REDIRECT'; agency: string; ruleId?: string }
    | { type: 'SUBMIT'; priority: Priority; flags?: Flag[]; queue?: Queue; rules?: string[] }
}

export const places: PlacesLookup = (postcode) =>
  ({
    'LE1 6TH': { forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester' }] },
    'LE11 3AA': { forceIds: ['leicestershire'], councils: [{ code: 'E07000130', name: 'Charnwood' }] },
    'NG7 2RD': { forceIds: ['nottinghamshire'], councils: [{ code: 'E06000018', name: 'Nottingham' }] },
    'CF10 1AA': { forceIds: ['south-wales'], councils: [{ code: 'W06000015', name: 'Cardiff' }] },
  })[postcode]

export function runScenarios(scenarios: Scenario[]) {
  for (const s of scenarios) {
    it(s.story, () => {
      const service = getService(s.service)
      expect(service, s.service).toBeDefined()
      const outcome: Outcome = play(service!, s.answers, context({ forceId: s.forceId ?? 'leicestershire', places })).outcome
      const want = s.expect
      expect(outcome.type).toBe(want.type)
      if ('ruleId' in want && want.ruleId) expect(outcome.ruleId).toBe(want.ruleId)
      if (want.type === 'REDIRECT' && outcome.type === 'REDIRECT') expect(outcome.agency.id).toBe(want.agency)
      if (want.type === 'SUBMIT' && outcome.type === 'SUBMIT') {
        expect({ priority: outcome.priority, score: outcome.score }).toMatchObject({ priority: want.priority })
        expect([...outcome.flags].sort()).toEqual([...(want.flags ?? [])].sort())
        if (want.queue) expect(outcome.queue).toBe(want.queue)
        for (const rule of want.rules ?? []) expect(outcome.rationale.map((r) => r.ruleId)).toContain(rule)
      }
    })
  }
}
