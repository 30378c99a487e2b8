// Turns a service definition into the structure the engine walks: conditions become closures, and each
// stop rule is filed under the last question it reads, so it is checked the moment that question is passed.
// Compiled once per service object (WeakMap), so a hot next() does no parsing and little allocation.
import { compile, conditionDeps, type Compiled } from './conditions.ts'
import type { AdviceOutcome, EmergencyOutcome } from './outcome.ts'
import type { AssessRule, Service, StopRule } from './types.ts'

export type CompiledStop =
  | { kind: 'fixed'; test: Compiled; outcome: EmergencyOutcome | AdviceOutcome }
  | { kind: 'redirect'; test: Compiled; rule: Extract<StopRule, { outcome: 'REDIRECT' }> }

export interface CompiledAssess {
  test: Compiled
  rule: AssessRule
}

export interface CompiledService {
  service: Service
  ids: string[]
  /** null: always shown. */
  when: (Compiled | null)[]
  /** Rules that read no question: checked before the first. */
  before: CompiledStop[]
  /** Emergency rules to check once question i has been passed. */
  emergencyAfter: CompiledStop[][]
  /** Other stop rules to check once question i has been passed (after the cross-border check). */
  otherAfter: CompiledStop[][]
  /** Question i asks where the incident happened. */
  incident: boolean[]
  /** 1 when anything is checked after question i (a stop rule or the cross-border check). */
  checkAfter: Uint8Array
  /** How many questions after i are always shown. */
  alwaysAfter: Int32Array
  /** Indexes of the questions that have a condition, in order. */
  conditional: Int32Array
  assess: CompiledAssess[]
  /** Scratch buffer for the current path (next() is synchronous, so one per service is enough). */
  onPath: Uint8Array
}

const cache = new WeakMap<Service, CompiledService>()
const NONE: CompiledStop[] = []

function compileStop(service: Service, rule: StopRule, test: Compiled): CompiledStop {
  const base = { serviceId: service.id, serviceVersion: service.version, ruleId: rule.id }
  if (rule.outcome === 'EMERGENCY') {
    return {
      kind: 'fixed',
      test,
      outcome: {
        ...base,
        type: 'EMERGENCY',
        reason: rule.reason,
        call: '999',
        textphone: '18000',
        ...(rule.advice ? { advice: rule.advice } : {}),
        ...(rule.links ? { links: rule.links } : {}),
      },
    }
  }
  if (rule.outcome === 'ADVICE') {
    return {
      kind: 'fixed',
      test,
      outcome: { ...base, type: 'ADVICE', title: rule.title, advice: rule.advice, links: rule.links ?? [] },
    }
  }
  return { kind: 'redirect', test, rule }
}

const isEmergency = (stop: CompiledStop) => stop.kind === 'fixed' && stop.outcome.type === 'EMERGENCY'

export function compiled(service: Service): CompiledService {
  const hit = cache.get(service)
  if (hit) return hit
  const ids = service.questions.map((q) => q.id)
  const position = new Map(ids.map((id, i) => [id, i]))
  const indexOf = (id: string) => position.get(id) ?? -1
  const n = ids.length
  const before: CompiledStop[] = []
  const emergencyAfter: CompiledStop[][] = Array.from({ length: n }, () => NONE)
  const otherAfter: CompiledStop[][] = Array.from({ length: n }, () => NONE)
  for (const rule of service.stops) {
    const deps = conditionDeps(rule.when)
    const last = Math.max(-1, ...deps.map(indexOf))
    const stop = compileStop(service, rule, compile(rule.when, indexOf))
    if (last < 0) {
      before.push(stop)
      continue
    }
    const table = rule.outcome === 'EMERGENCY' ? emergencyAfter : otherAfter
    table[last] = table[last] === NONE ? [stop] : [...table[last]!, stop]
  }
  before.sort((a, b) => Number(isEmergency(b)) - Number(isEmergency(a)))
  const incident = service.questions.map((q) => q.type === 'postcode' && q.incidentLocation === true)
  const alwaysAfter = new Int32Array(n)
  for (let i = n - 2; i >= 0; i--) alwaysAfter[i] = alwaysAfter[i + 1]! + (service.questions[i + 1]!.when ? 0 : 1)
  const result: CompiledService = {
    service,
    ids,
    when: service.questions.map((q) => (q.when ? compile(q.when, indexOf) : null)),
    before,
    emergencyAfter,
    otherAfter,
    incident,
    checkAfter: Uint8Array.from(ids, (_, i) => (emergencyAfter[i] !== NONE || otherAfter[i] !== NONE || incident[i] ? 1 : 0)),
    alwaysAfter,
    conditional: Int32Array.from(service.questions.flatMap((q, i) => (q.when ? [i] : []))),
    assess: service.assess.map((rule) => ({ test: compile(rule.when, indexOf), rule })),
    onPath: new Uint8Array(n),
  }
  cache.set(service, result)
  return result
}
