// The shapes of the service catalogue, the answers and the outcomes. Everything here is plain JSON
// (no functions, no classes, no Dates) so a draft, a question and an outcome can be stored as they are.

export type Locale = 'en' | 'cy'

/** A piece of user-visible text in English and Welsh. */
export interface Text {
  en: string
  cy: string
}

// ---------------------------------------------------------------------------------------------
// Conditions: "show this question / fire this rule when earlier answers match".

export type Primitive = string | number | boolean

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  /** The answer (or one of its fields) equals the value. */
  | { q: string; field?: string; eq: Primitive }
  /** The answer (or one of its fields) is one of the values. */
  | { q: string; field?: string; in: Primitive[] }
  /** A multiple-choice answer includes the value. */
  | { q: string; has: string }
  /** The question was answered with something (not skipped, not left blank). */
  | { q: string; given: boolean }

// ---------------------------------------------------------------------------------------------
// Questions.

export interface Option {
  value: string
  label: Text
  hint?: Text
  /** For multiple choice: choosing this clears the others ("None of these"). */
  exclusive?: boolean
}

interface QuestionBase {
  /** Stable id: the form field prefix and the key in the answers. Never reuse an id for a new meaning. */
  id: string
  /** The question as a question, GOV.UK style: "When did it happen?" */
  text: Text
  hint?: Text
  /** Show the question only when this matches the answers given so far. */
  when?: Condition
  /** Sensitive content: the app keeps quick exit visible and leaves this answer out of emails. */
  sensitive?: boolean
  /** The thing asked for, used in error messages: "Enter {subject}", "{Subject} must be in the past". */
  subject?: Text
  /** May be left blank; the stored answer is then null. */
  optional?: boolean
  /** The error when nothing is given, GOV.UK style: "Select yes if anyone is in immediate danger". */
  required?: Text
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'single-choice' | 'multiple-choice'
  options: Option[]
}
/**
 * How a yes/no question is answered in Welsh. Welsh has no single word for yes and no: the answer echoes the
 * question's verb ("A oes…?" – "Oes" / "Nac oes"; "A yw…?" – "Ydy" / "Nac ydy"; "A ydych chi…?" – "Ydw" / "Nac ydw";
 * a past "A wnaeth…?", "A gafodd…?", "A ddigwyddodd…?" – "Do" / "Naddo"; asking leave, "A gawn ni…?" – "Cewch" /
 * "Na chewch"). The plain "Ie" / "Na" answers only a
 * question that starts with "Ai" (a question about a fact stated, not a verb). The words are in messages.ts.
 */
export type WelshYesNo = 'oes' | 'ydy' | 'ydyn' | 'ydw' | 'do' | 'oedd' | 'byddwn' | 'gallaf' | 'cewch' | 'ie'

export interface YesNoQuestion extends QuestionBase {
  type: 'yes-no'
  /** The Welsh answers that follow this question's verb. */
  cyAnswer: WelshYesNo
  /** A third option such as "I do not know" (value 'not-sure'). */
  notSure?: Text
}
export interface TextQuestion extends QuestionBase {
  type: 'short-text' | 'long-text' | 'location'
  /** Most characters allowed (defaults: short 100, long 2000, location 500). */
  maxLength?: number
}
export interface DateQuestion extends QuestionBase {
  type: 'date' | 'approximate-time' | 'date-range'
  /** The earliest date accepted, as years before today (default 10). */
  maxYearsAgo?: number
}
export interface PostcodeQuestion extends QuestionBase {
  type: 'postcode'
  /** Where the incident happened: checked against the force area (cross-border), and used to find the council. */
  incidentLocation?: boolean
}
export interface SimpleQuestion extends QuestionBase {
  type: 'person-description' | 'vehicle-registration'
}
export interface ContactQuestion extends QuestionBase {
  type: 'contact-details'
  /** The person may report without giving a name or contact details. */
  allowAnonymous?: boolean
}
export interface EvidenceQuestion extends QuestionBase {
  type: 'evidence-upload'
  /** How many files may be attached. */
  slots: number
}
export interface DeclarationQuestion extends QuestionBase {
  type: 'declaration'
  /** 'truth': a declaration that the report is true; 'statement': a signed witness statement (s.9 CJA 1967). */
  kind: 'truth' | 'statement'
  /** The words the person agrees to. */
  declaration: Text
}

export type Question =
  | ChoiceQuestion
  | YesNoQuestion
  | TextQuestion
  | DateQuestion
  | PostcodeQuestion
  | SimpleQuestion
  | ContactQuestion
  | EvidenceQuestion
  | DeclarationQuestion

export type QuestionType = Question['type']

// ---------------------------------------------------------------------------------------------
// Answers: the validated values, keyed by question id.

export interface ApproximateTime {
  date: string
  timeOfDay: 'morning' | 'afternoon' | 'evening' | 'night' | 'not-sure'
}
export interface DateRange {
  from: string
  to: string
}
export interface PersonDescription {
  sex?: string
  age?: string
  height?: string
  build?: string
  clothing?: string
  other?: string
}
export type ContactDetails =
  | { anonymous: true }
  | { anonymous: false; name: string; email?: string; phone?: string }
export interface Declaration {
  agreed: true
  /** The name typed as a signature (statements only). */
  name?: string
  /** ISO timestamp from the request's context.now. */
  signedAt: string
}

export type AnswerValue =
  | string
  | string[]
  | null
  | ApproximateTime
  | DateRange
  | PersonDescription
  | ContactDetails
  | Declaration

export type Answers = Record<string, AnswerValue | undefined>

// ---------------------------------------------------------------------------------------------
// Triage rules.

export type AgencyId =
  /** Report Fraud, the national fraud reporting service that replaced Action Fraud (the id is kept so counts of past redirects stay together). */
  | 'action-fraud'
  | 'ceop'
  | 'iwf'
  | 'anti-terrorism'
  | 'crimestoppers'
  | 'local-council'
  | 'dvla'
  | 'nhs-111'
  | 'revenge-porn-helpline'
  | 'modern-slavery-helpline'
  | 'samaritans'
  | 'true-vision'
  | 'rspca'
  | 'forced-marriage-unit'
  | 'nspcc-fgm'
  | 'another-force'

/** What a helpline is for (helplines.ts). */
export type HelplineTopic =
  | 'domestic-abuse'
  | 'stalking'
  | 'child-abuse'
  | 'suicide'
  | 'intimate-image-abuse'
  | 'modern-slavery'
  | 'forced-marriage'
  | 'fgm'

export interface Link {
  text: Text
  url: string
}

/** A rule that ends the journey early. It fires as soon as every question it reads has been passed. */
export type StopRule =
  /** `advice` and `links`: more help beside the call to 999, such as Samaritans for someone who may take their own life. */
  | { id: string; when: Condition; outcome: 'EMERGENCY'; reason: Text; advice?: Text; links?: Link[] }
  | { id: string; when: Condition; outcome: 'REDIRECT'; agency: Exclude<AgencyId, 'another-force'>; why: Text }
  | { id: string; when: Condition; outcome: 'ADVICE'; title: Text; advice: Text; links?: Link[] }

export const THRIVE = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const
export type ThriveDimension = (typeof THRIVE)[number]

export const FLAGS = [
  'vulnerable-child',
  'vulnerable-older',
  'vulnerable-disability',
  'repeat-victim',
  'hate-motivation',
  'domestic-abuse',
  'suspect-known',
  'suspect-present',
  'evidence-cctv',
  'evidence-dashcam',
  'evidence-witness',
  'evidence-other',
  'injury',
  'weapon',
  'anonymous',
  'child-sexual-abuse',
  'child-at-risk',
  'sexual-abuse',
  'danger-now',
  'suicide-risk',
  'modern-slavery',
  'honour-based-abuse',
  'fgm',
  'intimate-image-abuse',
  'terrorism',
] as const
export type Flag = (typeof FLAGS)[number]

export const PRIORITIES = ['low', 'standard', 'medium', 'high'] as const
export type Priority = (typeof PRIORITIES)[number]

export type Queue =
  | 'volume-crime'
  | 'safeguarding'
  | 'hate-crime'
  | 'antisocial-behaviour'
  | 'roads-policing'
  | 'property'
  | 'public-health'
  | 'missing-and-wanted'
  | 'enquiries'

/** A rule read when the report is submitted: it adds flags and THRIVE weight, and may route or set a floor. */
export interface AssessRule {
  id: string
  when: Condition
  /** Why this matters, in plain words; stored with the report as the rationale. */
  reason: Text
  flags?: Flag[]
  /** Points (1 to 3) this rule adds to each THRIVE dimension. */
  thrive?: Partial<Record<ThriveDimension, 1 | 2 | 3>>
  /** Send the report to this queue (the first matching rule with a queue wins). */
  queue?: Queue
  /** The report is at least this priority whatever its score. */
  atLeast?: Priority
  /**
   * Somewhere else the person can go as well, shown to them on the confirmation when this rule fires: the IWF,
   * which gets sexual images of a child taken off the internet, however the police deal with the report.
   */
  links?: Link[]
}

// ---------------------------------------------------------------------------------------------
// Services.

export interface Service {
  id: string
  /** Bumped whenever the content changes (enforced by the content-hash test). Reports keep the version. */
  version: number
  title: Text
  description: Text
  /** Crime reports, incidents, information, enquiries: how the app groups the catalogue. */
  category: 'crime' | 'incident' | 'property' | 'roads' | 'information' | 'enquiry'
  /** Show the quick exit control on every page of this journey. */
  quickExit: boolean
  /**
   * The person may share a home or a device with the person they are reporting (domestic abuse, stalking). The app
   * then keeps the draft only until the browser closes (a session cookie), shows the printable copy only when asked,
   * warns before a "continue your report" link is emailed, and shows the `helplines`. Needs `quickExit`.
   */
  sensitive?: boolean
  /**
   * Ask whether it is safe to contact the person, how, whether a message may be left and when not to call
   * (catalogue/safe-contact.ts). `defineService` puts those questions right after the contact details, so the
   * service must ask for contact details; it must also be `sensitive`. When the person says it is not safe, or
   * that email is not a safe way, no confirmation email is sent, and staff see the instructions first.
   */
  safeContact?: boolean
  /** Helplines shown on this journey's pages and outcomes (helplines.ts), for the force's nation. */
  helplines?: HelplineTopic[]
  /** The journey ends with a declaration of truth or a signed statement. */
  declaration: 'none' | 'truth' | 'statement'
  /** Where submitted reports go unless a rule says otherwise. */
  queue: Queue
  questions: Question[]
  /** Checked in order as the journey goes; the first to fire ends it (emergencies before everything else). */
  stops: StopRule[]
  /** Read at the end, in order, to build the priority, flags, queue and rationale. */
  assess: AssessRule[]
}
