// Reading free text for risk. A person describing what happened often says more than the choices they picked: "he
// said he would come back with a knife", "my daughter's stepdad hits her". Every free-text answer on the person's path
// is read against the terms in screening-terms.ts; what is found adds a flag, weight and a floor to the assessment,
// each with a reason the staff see, and "danger now" or suicide risk shows the person the 999 advice before they send.
//
// What screening must never do: block or hold back a report, lower a priority, remove a flag, change the queue, or
// decide anything a person cannot see the reason for. It only adds, and always says which words in which answer.
import type { RationaleEntry } from './outcome.ts'
import { NEGATIONS, PAIR_DISTANCE, SCREENING, type ScreeningConcern, type ScreeningRule } from './screening-terms.ts'
import type { Answers, Question, Text } from './types.ts'

export interface ScreeningFinding {
  concern: ScreeningConcern
  questionId: string
  /** The question whose answer held the words. */
  question: Text
  /** The words found, as read (lower case; two parts joined by " … " for a pair). */
  words: string
}

export interface Screening {
  /** At most one finding per concern: the first answer, in journey order, where it was found. */
  findings: ScreeningFinding[]
  /** Someone may be in danger now, or may take their own life: show the 999 advice before sending. */
  dangerNow: boolean
  /** Suicide or self-harm was found: the 999 advice also gives Samaritans. */
  suicide: boolean
}

/** One free-text answer to read. */
export interface ScreenedText {
  questionId: string
  question: Text
  text: string
}

const WORD = String.raw`[\p{L}\p{N}]`
const WORD_TAIL = String.raw`[\p{L}\p{N}'-]*`

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A phrase as written in screening-terms.ts, as a regular expression source. */
function phraseSource(phrase: string): string {
  if (phrase.startsWith('re:')) return phrase.slice(3)
  return phrase
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => (word.endsWith('*') ? escape(word.slice(0, -1)) + WORD_TAIL : escape(word)))
    .join(String.raw`\s+`)
}

function alternation(phrases: readonly string[]): RegExp {
  // Longest first, so "ex-partner" is read whole rather than as "ex".
  const sources = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource)
  return new RegExp(`(?<!${WORD})(?:${sources.join('|')})(?!${WORD})`, 'gu')
}

interface CompiledRule {
  rule: ScreeningRule
  phrases: RegExp
  pairs: [RegExp, RegExp][]
}

const compiledRules: CompiledRule[] = SCREENING.map((rule) => ({
  rule,
  phrases: alternation([...rule.phrases.en, ...rule.phrases.cy]),
  pairs: (rule.pairs ?? []).map(({ en, cy }) => [alternation([...en[0], ...cy[0]]), alternation([...en[1], ...cy[1]])]),
}))

const negations = new Set([...NEGATIONS.en, ...NEGATIONS.cy])
const TOKEN = /[\p{L}\p{N}'-]+/gu

function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'")
}

/** Whether a negation comes within three words before `index`, in the same sentence. */
function negated(text: string, index: number): boolean {
  const before = text.slice(0, index)
  const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';'), before.lastIndexOf('\n'))
  const words = before.slice(sentenceStart + 1).match(TOKEN) ?? []
  return words.slice(-3).some((word) => negations.has(word) || word.endsWith("n't"))
}

function wordIndex(text: string, index: number): number {
  return (text.slice(0, index).match(TOKEN) ?? []).length
}

function findPhrase(regex: RegExp, text: string): string | undefined {
  for (const match of text.matchAll(regex)) if (!negated(text, match.index)) return match[0]
  return undefined
}

function findPair([first, second]: [RegExp, RegExp], text: string): string | undefined {
  const a = [...text.matchAll(first)]
  if (a.length === 0) return undefined
  const b = [...text.matchAll(second)]
  for (const x of a) {
    const wx = wordIndex(text, x.index)
    for (const y of b) {
      if (y.index === x.index) continue
      if (Math.abs(wordIndex(text, y.index) - wx) <= PAIR_DISTANCE) return x.index < y.index ? `${x[0]} … ${y[0]}` : `${y[0]} … ${x[0]}`
    }
  }
  return undefined
}

/** Reads the given answers for every concern. Pure: the same texts always give the same findings. */
export function screenTexts(texts: readonly ScreenedText[]): Screening {
  const findings: ScreeningFinding[] = []
  const read = texts.map((entry) => ({ ...entry, text: normalise(entry.text) }))
  for (const { rule, phrases, pairs } of compiledRules) {
    for (const entry of read) {
      const words = findPhrase(phrases, entry.text) ?? pairs.reduce<string | undefined>((found, pair) => found ?? findPair(pair, entry.text), undefined)
      if (words === undefined) continue
      findings.push({ concern: rule.concern, questionId: entry.questionId, question: entry.question, words })
      break
    }
  }
  const dangerNow = findings.some((f) => ruleOf(f.concern).dangerNow)
  return { findings, dangerNow, suicide: findings.some((f) => f.concern === 'suicide') }
}

/** The free text in an answer: text answers whole, and the free-text parts of a description. */
export function freeTextOf(question: Question, value: unknown): string[] {
  if (value === null || value === undefined) return []
  switch (question.type) {
    case 'short-text':
    case 'long-text':
    case 'location':
      return typeof value === 'string' && value !== '' ? [value] : []
    case 'person-description': {
      const { clothing, other } = value as { clothing?: unknown; other?: unknown }
      return [clothing, other].filter((part): part is string => typeof part === 'string' && part !== '')
    }
    default:
      return []
  }
}

/** The free-text answers among these questions, in order, ready to screen. */
export function textsOf(questions: readonly Question[], answers: Answers): ScreenedText[] {
  const texts: ScreenedText[] = []
  for (const question of questions) {
    for (const text of freeTextOf(question, answers[question.id])) texts.push({ questionId: question.id, question: question.text, text })
  }
  return texts
}

export function ruleOf(concern: ScreeningConcern): ScreeningRule {
  return SCREENING.find((rule) => rule.concern === concern)!
}

/** The rationale a finding adds to the report: which words, in which answer, and what they suggest. */
export function screeningReason(finding: ScreeningFinding): RationaleEntry {
  const { suggests } = ruleOf(finding.concern)
  return {
    ruleId: `screening.${finding.concern}`,
    reason: {
      en: `The words “${finding.words}” in the answer to “${finding.question.en}” suggest ${suggests.en}.`,
      cy: `Mae’r geiriau “${finding.words}” yn yr ateb i “${finding.question.cy}” yn awgrymu ${suggests.cy}.`,
    },
  }
}
