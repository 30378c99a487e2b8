// The question engine. Given a service and the answers so far it walks the questions in order: a question
// whose condition fails is skipped (and any answer to it is ignored); the first unanswered question shown
// is the next page; after each question is passed, the stop rules that read it are checked, so a journey
// ends at the first page where an outcome is certain. With every question passed, the report is assessed.
// Pure and deterministic: no I/O, no clock (the time comes in context.now), answers in and JSON out.
import { anotherForce, lookUp, redirectTo } from './agencies.ts'
import { compiled, type CompiledService, type CompiledStop } from './compile.ts'
import type { Outcome, RationaleEntry, Step, SubmitOutcome, TriageContext } from './outcome.ts'
import { band, emptyThrive, higher, MODEL_VERSION, score } from './priority.ts'
import { THRIVE, type Answers, type Flag, type Priority, type Queue, type Service } from './types.ts'

interface Walk {
  /** Index of the next question to ask, or -1 when the walk ended in an outcome or reached the end. */
  current: number
  /** How many questions on the path have been answered. */
  answered: number
  outcome: Outcome | undefined
}

function incidentPostcode(cs: CompiledService, answers: Answers, onPath: Uint8Array): string | undefined {
  for (let i = 0; i < cs.ids.length; i++) {
    if (onPath[i] !== 1 || !cs.incident[i]) continue
    const value = answers[cs.ids[i]!]
    if (typeof value === 'string' && value !== '') return value
  }
  return undefined
}

function fire(cs: CompiledService, rules: CompiledStop[], answers: Answers, context: TriageContext | undefined) {
  for (let r = 0; r < rules.length; r++) {
    const stop = rules[r]!
    if (!stop.test(answers, cs.onPath)) continue
    if (stop.kind === 'fixed') return { ...stop.outcome }
    const { service } = cs
    const base = { serviceId: service.id, serviceVersion: service.version, ruleId: stop.rule.id }
    return redirectTo(base, stop.rule.agency, stop.rule.why, context, incidentPostcode(cs, answers, cs.onPath))
  }
  return undefined
}

function crossBorder(cs: CompiledService, postcode: unknown, context: TriageContext | undefined): Outcome | undefined {
  if (!context || typeof postcode !== 'string' || postcode === '') return undefined
  const place = lookUp(context, postcode)
  if (!place || place.forceIds.length === 0 || place.forceIds.includes(context.forceId)) return undefined
  const { service } = cs
  const base = { serviceId: service.id, serviceVersion: service.version, ruleId: 'cross-border' }
  return anotherForce(base, [...place.forceIds])
}

function walk(cs: CompiledService, answers: Answers, context: TriageContext | undefined): Walk {
  const { ids, when, onPath } = cs
  onPath.fill(0)
  let answered = 0
  let outcome: Outcome | undefined = cs.before.length > 0 ? fire(cs, cs.before, answers, context) : undefined
  if (outcome) return { current: -1, answered, outcome }
  for (let i = 0; i < ids.length; i++) {
    const condition = when[i]!
    if (condition === null || condition(answers, onPath)) {
      const value = answers[ids[i]!]
      if (value === undefined) return { current: i, answered, outcome: undefined }
      onPath[i] = 1
      answered++
    }
    if (cs.checkAfter[i] === 0) continue
    const emergency = cs.emergencyAfter[i]!
    if (emergency.length > 0 && (outcome = fire(cs, emergency, answers, context))) break
    if (cs.incident[i] && onPath[i] === 1 && (outcome = crossBorder(cs, answers[ids[i]!], context))) break
    const other = cs.otherAfter[i]!
    if (other.length > 0 && (outcome = fire(cs, other, answers, context))) break
  }
  return { current: -1, answered, outcome }
}

function assess(cs: CompiledService, answers: Answers): SubmitOutcome {
  const { service, onPath } = cs
  const thrive = emptyThrive()
  const flags: Flag[] = []
  const rationale: RationaleEntry[] = []
  let queue: Queue | undefined
  let floor: Priority = 'low'
  for (const { test, rule } of cs.assess) {
    if (!test(answers, onPath)) continue
    rationale.push({ ruleId: rule.id, reason: rule.reason })
    if (rule.flags) for (const flag of rule.flags) if (!flags.includes(flag)) flags.push(flag)
    if (rule.thrive) for (const d of THRIVE) thrive[d] += rule.thrive[d] ?? 0
    if (rule.queue && queue === undefined) queue = rule.queue
    if (rule.atLeast) floor = higher(floor, rule.atLeast)
  }
  const total = score(thrive)
  return {
    serviceId: service.id,
    serviceVersion: service.version,
    ruleId: 'submit',
    type: 'SUBMIT',
    priority: higher(band(total), floor),
    score: total,
    thrive,
    flags,
    queue: queue ?? service.queue,
    rationale,
    declaration: service.declaration,
    modelVersion: MODEL_VERSION,
  }
}

/**
 * The next step of a journey: the question to ask, or the outcome it has reached.
 * Answers are the validated values keyed by question id; answers off the current path are ignored.
 */
export function next(service: Service, answers: Answers, context: TriageContext): Step {
  const cs = compiled(service)
  const result = walk(cs, answers, context)
  if (result.outcome) return result.outcome
  if (result.current < 0) return assess(cs, answers)
  const i = result.current
  // Estimate: the questions always shown after this one, plus the conditional ones the answers so far lead to.
  let ahead = cs.alwaysAfter[i]!
  const { conditional } = cs
  for (let k = 0; k < conditional.length; k++) {
    const j = conditional[k]!
    if (j > i && cs.when[j]!(answers, cs.onPath)) ahead++
  }
  return {
    type: 'question',
    question: service.questions[i]!,
    index: result.answered + 1,
    estimatedTotal: result.answered + 1 + ahead,
  }
}

/**
 * The ids of the questions on the current path: the questions answered so far (skipping any that the
 * answers no longer lead to) and then the question to ask now, if the journey has not ended.
 */
export function pathOf(service: Service, answers: Answers, context?: TriageContext): string[] {
  const cs = compiled(service)
  const result = walk(cs, answers, context)
  const path: string[] = []
  for (let i = 0; i < cs.ids.length; i++) if (cs.onPath[i] === 1) path.push(cs.ids[i]!)
  if (result.current >= 0) path.push(cs.ids[result.current]!)
  return path
}

/**
 * The answers still on the path. Call after an earlier answer changes: answers to questions that are no
 * longer asked (or come after the journey now ends) are dropped, so they are never stored or submitted.
 */
export function pruneAnswers(service: Service, answers: Answers, context?: TriageContext): Answers {
  const cs = compiled(service)
  walk(cs, answers, context)
  const kept: Answers = {}
  for (let i = 0; i < cs.ids.length; i++) {
    const id = cs.ids[i]!
    if (cs.onPath[i] === 1) kept[id] = answers[id]
  }
  return kept
}

