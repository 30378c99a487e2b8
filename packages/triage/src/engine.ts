// The question engine. Given a service and the answers so far it walks the questions in order: a question
// whose condition fails is skipped (and any answer to it is ignored); the first unanswered question shown
// is the next page; after each question is passed, the stop rules that read it are checked, so a journey
// ends at the first page where an outcome is certain. With every question passed, the report is assessed.
// After the incident postcode, a report about another force's area is routed there (cross-border.ts): that may
// add one question the catalogue does not hold, "Which police force area did it happen in?", for a district on a
// border, asked right after the postcode. Free-text answers on the path are read for risk at the end (screening.ts):
// what that finds only adds flags, weight and reasons, never takes any away.
// Pure and deterministic: no I/O, no clock (the time comes in context.now), answers in and JSON out.
import { redirectTo } from './agencies.ts'
import { compiled, type CompiledService, type CompiledStop } from './compile.ts'
import { decide, FORCE_AREA_QUESTION, type Routing } from './cross-border.ts'
import type { Outcome, RationaleEntry, Step, SubmitOutcome, TriageContext } from './outcome.ts'
import { band, emptyThrive, higher, MODEL_VERSION, score } from './priority.ts'
import { ruleOf, screenTexts, screeningReason, textsOf, type Screening } from './screening.ts'
import { THRIVE, type Answers, type ChoiceQuestion, type Flag, type Link, type Priority, type Question, type Queue, type Service } from './types.ts'

interface Walk {
  /** Index of the next question to ask, or -1 when the walk ended in an outcome, reached the end, or asks `ask`. */
  current: number
  /** How many questions on the path have been answered. */
  answered: number
  outcome: Outcome | undefined
  /** The force-area question, to ask now (right after the incident postcode at `areaAfter`). */
  ask?: ChoiceQuestion
  /** The incident postcode's index when the force-area question is on the path (asked now or answered), else -1. */
  areaAfter: number
  /** The force that receives the report when it is not this one. */
  routing?: Routing
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

function walk(cs: CompiledService, answers: Answers, context: TriageContext | undefined): Walk {
  const { ids, when, onPath } = cs
  onPath.fill(0)
  let answered = 0
  let routing: Routing | undefined
  let areaAfter = -1
  let outcome: Outcome | undefined = cs.before.length > 0 ? fire(cs, cs.before, answers, context) : undefined
  if (outcome) return { current: -1, answered, outcome, areaAfter }
  for (let i = 0; i < ids.length; i++) {
    const condition = when[i]!
    if (condition === null || condition(answers, onPath)) {
      const value = answers[ids[i]!]
      if (value === undefined) return { current: i, answered, outcome: undefined, areaAfter, ...(routing ? { routing } : {}) }
      onPath[i] = 1
      answered++
    }
    if (cs.checkAfter[i] === 0) continue
    const emergency = cs.emergencyAfter[i]!
    if (emergency.length > 0 && (outcome = fire(cs, emergency, answers, context))) break
    const other = cs.otherAfter[i]!
    if (other.length > 0 && (outcome = fire(cs, other, answers, context))) break
    // Another agency's matter ends the journey whoever's area it is in; only a police matter is routed by area.
    const postcode = answers[ids[i]!]
    if (!cs.incident[i] || onPath[i] !== 1 || typeof postcode !== 'string') continue
    const decision = decide(cs.service, postcode, answers[FORCE_AREA_QUESTION], context)
    if (!decision) continue
    if (decision.kind === 'ask') return { current: -1, answered, outcome: undefined, ask: decision.question, areaAfter: i }
    if (decision.kind === 'redirect') {
      outcome = decision.outcome
      if (decision.outcome.ruleId === 'cross-border.chosen') {
        areaAfter = i
        answered++
      }
      break
    }
    if (decision.kind === 'route') routing = decision.routing
    if (decision.asked) {
      areaAfter = i
      answered++
    }
  }
  return { current: -1, answered, outcome, areaAfter, ...(routing ? { routing } : {}) }
}

function onPathQuestions(cs: CompiledService): Question[] {
  return cs.service.questions.filter((_, i) => cs.onPath[i] === 1)
}

function assess(cs: CompiledService, answers: Answers): SubmitOutcome {
  const { service, onPath } = cs
  const thrive = emptyThrive()
  const flags: Flag[] = []
  const rationale: RationaleEntry[] = []
  const links: Link[] = []
  let queue: Queue | undefined
  let floor: Priority = 'low'
  for (const { test, rule } of cs.assess) {
    if (!test(answers, onPath)) continue
    rationale.push({ ruleId: rule.id, reason: rule.reason })
    if (rule.flags) for (const flag of rule.flags) if (!flags.includes(flag)) flags.push(flag)
    if (rule.thrive) for (const d of THRIVE) thrive[d] += rule.thrive[d] ?? 0
    if (rule.queue && queue === undefined) queue = rule.queue
    if (rule.atLeast) floor = higher(floor, rule.atLeast)
    // Copies, so that nothing done to an outcome can change the catalogue.
    if (rule.links) for (const link of rule.links) if (!links.some((l) => l.url === link.url)) links.push({ text: { ...link.text }, url: link.url })
  }
  for (const finding of screenTexts(textsOf(onPathQuestions(cs), answers)).findings) {
    const rule = ruleOf(finding.concern)
    rationale.push(screeningReason(finding))
    if (!flags.includes(rule.flag)) flags.push(rule.flag)
    for (const d of THRIVE) thrive[d] += rule.thrive[d] ?? 0
    floor = higher(floor, rule.atLeast)
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
    ...(links.length > 0 ? { links } : {}),
  }
}

/** About how many questions follow question i, given the answers so far: those always shown, and the conditional ones reached. */
function ahead(cs: CompiledService, i: number, answers: Answers): number {
  let count = cs.alwaysAfter[i]!
  const { conditional } = cs
  for (let k = 0; k < conditional.length; k++) {
    const j = conditional[k]!
    if (j > i && cs.when[j]!(answers, cs.onPath)) count++
  }
  return count
}

/**
 * The next step of a journey: the question to ask, or the outcome it has reached.
 * Answers are the validated values keyed by question id; answers off the current path are ignored.
 */
export function next(service: Service, answers: Answers, context: TriageContext): Step {
  const cs = compiled(service)
  const result = walk(cs, answers, context)
  if (result.outcome) return result.outcome
  if (result.ask) {
    return { type: 'question', question: result.ask, index: result.answered + 1, estimatedTotal: result.answered + 1 + ahead(cs, result.areaAfter, answers) }
  }
  if (result.current < 0) {
    const outcome = assess(cs, answers)
    return result.routing ? { ...outcome, route: result.routing } : outcome
  }
  const i = result.current
  // Estimate: the questions always shown after this one, plus the conditional ones the answers so far lead to.
  return {
    type: 'question',
    question: service.questions[i]!,
    index: result.answered + 1,
    estimatedTotal: result.answered + 1 + ahead(cs, i, answers),
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
  for (let i = 0; i < cs.ids.length; i++) {
    if (cs.onPath[i] === 1) path.push(cs.ids[i]!)
    if (i === result.areaAfter && !result.ask) path.push(FORCE_AREA_QUESTION)
  }
  if (result.ask) path.push(FORCE_AREA_QUESTION)
  else if (result.current >= 0) path.push(cs.ids[result.current]!)
  return path
}

/**
 * The answers still on the path. Call after an earlier answer changes: answers to questions that are no
 * longer asked (or come after the journey now ends) are dropped, so they are never stored or submitted.
 */
export function pruneAnswers(service: Service, answers: Answers, context?: TriageContext): Answers {
  const cs = compiled(service)
  const result = walk(cs, answers, context)
  const kept: Answers = {}
  for (let i = 0; i < cs.ids.length; i++) {
    const id = cs.ids[i]!
    if (cs.onPath[i] === 1) kept[id] = answers[id]
    if (i === result.areaAfter && !result.ask) kept[FORCE_AREA_QUESTION] = answers[FORCE_AREA_QUESTION]
  }
  return kept
}

/**
 * A question by id as this person is asked it: the service's own, or the force-area question (whose options
 * depend on the postcode) while it is on their path. Undefined for anything else.
 */
export function findQuestion(service: Service, questionId: string, answers: Answers, context?: TriageContext): Question | undefined {
  if (questionId !== FORCE_AREA_QUESTION) return service.questions.find((q) => q.id === questionId)
  const cs = compiled(service)
  const result = walk(cs, answers, context)
  if (result.ask) return result.ask
  if (result.areaAfter < 0) return undefined
  // Answered already: the question as asked, for showing and changing the answer.
  const postcode = answers[cs.ids[result.areaAfter]!]
  if (typeof postcode !== 'string') return undefined
  const unanswered = decide(service, postcode, undefined, context)
  return unanswered?.kind === 'ask' ? unanswered.question : undefined
}

/** The force that receives the report as the answers stand: another force's routing, or undefined for this force. */
export function routeOf(service: Service, answers: Answers, context: TriageContext): Routing | undefined {
  return walk(compiled(service), answers, context).routing
}

/**
 * What the free-text answers on the person's path suggest (screening.ts): for showing the 999 advice on the check
 * answers page before they send. The assessment reads the same answers the same way when the report is sent.
 */
export function screen(service: Service, answers: Answers, context?: TriageContext): Screening {
  const cs = compiled(service)
  walk(cs, answers, context)
  return screenTexts(textsOf(onPathQuestions(cs), answers))
}
