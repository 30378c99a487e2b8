// What a journey ends in, and what the engine needs to know about the request.
import type { ForceLookup, Routing } from './cross-border.ts'
import type { AgencyId, Flag, Link, Priority, Question, Queue, Text, ThriveDimension } from './types.ts'

export interface Council {
  code: string
  name: string
  /** The force whose area the council is in (where the lookup knows it): names the councils of each force on a border. */
  forceId?: string
}

/** What the app knows about a postcode (from ONS data); undefined when it does not know it. */
export type PlacesLookup = (postcode: string) => { forceIds: string[]; councils: Council[] } | undefined

export interface LocalContact {
  id: string
  name: string
  nameCy?: string
  description: string
  descriptionCy?: string
  phone?: string
  url?: string
  kind: 'council' | 'victim-support' | 'local-number' | 'other'
}

export interface TriageContext {
  /** The force whose site the person is on (the tenant). */
  forceId: string
  /** The time of the request; "in the past" and signatures are judged against it, so results are repeatable. */
  now: string | Date
  /** Postcode → force areas and councils; without it there are no cross-border or council-name checks. */
  places?: PlacesLookup
  /** The force's local contacts (from its theme options), used when a council cannot be found by postcode. */
  localContacts?: LocalContact[]
  /**
   * What the app knows of each force (names, whether it is on this platform, where else it takes reports); this
   * package keeps no list of forces. Without it (or without `places`) nothing is routed to another force.
   */
  forces?: ForceLookup
}

interface OutcomeBase {
  serviceId: string
  serviceVersion: number
  /** The rule that ended the journey (or 'submit' when every question was answered). */
  ruleId: string
}

export interface EmergencyOutcome extends OutcomeBase {
  type: 'EMERGENCY'
  reason: Text
  call: '999'
  /** Text relay for people who are deaf, hard of hearing or speech-impaired. */
  textphone: '18000'
  /** More help beside the call to 999 (for example, Samaritans), when the stop rule gives it. */
  advice?: Text
  links?: Link[]
}

export interface Agency {
  id: AgencyId
  name: Text
  phone?: string
  textphone?: string
  url: string
  /** Link text, e.g. "Make a report to CEOP". */
  linkText: Text
  /** How and when to contact them. */
  howToContact: Text
}

export interface RedirectOutcome extends OutcomeBase {
  type: 'REDIRECT'
  agency: Agency
  why: Text
  /** For 'another-force': the force(s) whose area it is. */
  forceIds?: string[]
  /** For 'local-council': the councils found for the postcode (empty when not known). */
  councils?: Council[]
}

export interface AdviceOutcome extends OutcomeBase {
  type: 'ADVICE'
  title: Text
  advice: Text
  links: Link[]
}

export interface RationaleEntry {
  ruleId: string
  reason: Text
}

export interface SubmitOutcome extends OutcomeBase {
  type: 'SUBMIT'
  priority: Priority
  /** The weighted THRIVE score that set the priority (before any floor). */
  score: number
  thrive: Record<ThriveDimension, number>
  flags: Flag[]
  queue: Queue
  rationale: RationaleEntry[]
  declaration: 'none' | 'truth' | 'statement'
  /** The version of the priority model (weights and bands) used. */
  modelVersion: number
  /** Set when another force receives the report (the incident is in its area): which, and why. */
  route?: Routing
  /** Where else the person can go, from the rules that fired (AssessRule.links), each once; absent when none. */
  links?: Link[]
}

export type Outcome = EmergencyOutcome | RedirectOutcome | AdviceOutcome | SubmitOutcome

export interface QuestionStep {
  type: 'question'
  question: Question
  /** 1-based position of this question in the journey. */
  index: number
  /** How many questions the journey will probably have, given the answers so far. */
  estimatedTotal: number
}

export type Step = QuestionStep | Outcome
