// One test per triage rule: each service's test file gives, for every rule id, the answers (as a person
// would give them) that should make it fire. A rule without a case fails the "every rule" test.
import { describe, expect, it } from 'vitest'
import type { Answers, Service } from '../types.ts'
import { play } from './journey.ts'

/** `base`: answers every case starts from (for journeys where the ordinary answer is not the default). */
export function describeRules(service: Service, cases: Record<string, Answers>, base: Answers = {}) {
  describe(`${service.id} rules`, () => {
    it('has a case for every rule, and no case for a rule that does not exist', () => {
      const ids = [...service.stops, ...service.assess].map((r) => r.id)
      expect(Object.keys(cases).sort()).toEqual([...ids].sort())
    })

    it('ends in a submitted report when nothing worrying is said', () => {
      expect(play(service, base).outcome.type).toBe('SUBMIT')
    })

    for (const rule of service.stops) {
      it(`${rule.id} ends the journey with ${rule.outcome}`, () => {
        const { outcome } = play(service, { ...base, ...cases[rule.id] })
        expect(outcome.type).toBe(rule.outcome)
        expect(outcome.ruleId).toBe(rule.id)
      })
    }

    for (const rule of service.assess) {
      it(`${rule.id} is in the rationale${rule.flags ? ` and flags ${rule.flags.join(', ')}` : ''}`, () => {
        const { outcome } = play(service, { ...base, ...cases[rule.id] })
        expect(outcome.type).toBe('SUBMIT')
        if (outcome.type !== 'SUBMIT') return
        expect(outcome.rationale.map((r) => r.ruleId)).toContain(rule.id)
        for (const flag of rule.flags ?? []) expect(outcome.flags).toContain(flag)
        if (rule.queue) expect(outcome.queue).toBe(rule.queue)
        if (rule.atLeast) expect(['low', 'standard', 'medium', 'high'].indexOf(outcome.priority)).toBeGreaterThanOrEqual(
          ['low', 'standard', 'medium', 'high'].indexOf(rule.atLeast),
        )
      })
    }
  })
}
