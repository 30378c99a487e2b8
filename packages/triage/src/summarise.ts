// The check-answers page and the statement copy: each question as it was asked, the answer as given, in
// the person's language, for the questions on the current path only.
import { FORCE_AREA_QUESTION } from './cross-border.ts'
import { findQuestion, pruneAnswers } from './engine.ts'
import { formatDate, formatDateTime, yesNoLabels } from './messages.ts'
import type { TriageContext } from './outcome.ts'
import type { AnswerValue, Locale, Question, Service } from './types.ts'

export interface SummaryRow {
  questionId: string
  /** The question as asked, in the locale. */
  question: string
  /** The answer as display text; several lines are separated by "\n". */
  answer: string
  /** The question's id: link to the question page with it to change the answer. */
  changeId: string
  sensitive: boolean
}

const words = {
  en: { 'not-sure': 'I do not know', none: 'Not given', anonymous: 'I want to stay anonymous' },
  cy: { 'not-sure': 'Dydw i ddim yn gwybod', none: 'Heb ei roi', anonymous: 'Rwyf eisiau aros yn ddienw' },
}
const times = {
  en: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening', night: 'Night', 'not-sure': 'Time not known' },
  cy: { morning: 'Bore', afternoon: 'Prynhawn', evening: 'Noswaith', night: 'Nos', 'not-sure': 'Amser ddim yn hysbys' },
}
const personLabels = {
  en: { sex: 'Sex', age: 'Age', height: 'Height', build: 'Build', clothing: 'Clothing', other: 'Other details' },
  cy: { sex: 'Rhyw', age: 'Oed', height: 'Taldra', build: 'Corffolaeth', clothing: 'Dillad', other: 'Manylion eraill' },
}
const statementWords = { en: 'Agreed and signed by', cy: 'Cytunwyd a llofnodwyd gan' }
const truthWords = { en: 'I confirm this is true', cy: 'Rwy’n cadarnhau bod hyn yn wir' }
const fileWords = { en: (n: number) => `${n} file${n === 1 ? '' : 's'} attached`, cy: (n: number) => `${n} ffeil wedi’u hatodi` }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** One answer as display text. Unexpected shapes are shown as "Not given" rather than failing. */
export function formatAnswer(question: Question, value: AnswerValue | undefined, locale: Locale): string {
  const w = words[locale]
  if (value === undefined || value === null || value === '') return w.none
  const raw: unknown = value
  const label = (v: string) =>
    'options' in question ? (question.options.find((o) => o.value === v)?.label[locale] ?? v) : v
  switch (question.type) {
    case 'yes-no':
      if (value === 'yes' || value === 'no') return yesNoLabels(question, locale)[value]
      return value === 'not-sure' ? (question.notSure?.[locale] ?? w['not-sure']) : w.none
    case 'single-choice':
      return typeof value === 'string' ? label(value) : w.none
    case 'multiple-choice':
      return Array.isArray(value) ? value.map(label).join('\n') : w.none
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) : w.none
    case 'approximate-time':
      if (!isObject(raw) || typeof raw.date !== 'string') return w.none
      return `${formatDate(raw.date, locale)}\n${times[locale][raw.timeOfDay as keyof (typeof times)['en']] ?? ''}`
    case 'date-range':
      if (!isObject(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string') return w.none
      return raw.from === raw.to
        ? formatDate(raw.from, locale)
        : `${formatDate(raw.from, locale)} – ${formatDate(raw.to, locale)}`
    case 'person-description': {
      if (!isObject(raw)) return w.none
      const labels = personLabels[locale]
      return (Object.keys(labels) as (keyof typeof labels)[])
        .filter((key) => typeof raw[key] === 'string')
        .map((key) => `${labels[key]}: ${String(raw[key])}`)
        .join('\n')
    }
    case 'contact-details':
      if (!isObject(raw)) return w.none
      if (raw.anonymous === true) return w.anonymous
      return [raw.name, raw.email, raw.phone].filter((v) => typeof v === 'string').join('\n')
    case 'evidence-upload':
      return Array.isArray(raw) ? fileWords[locale](raw.length) : w.none
    case 'declaration':
      if (!isObject(raw)) return w.none
      // When it was signed, in UK time as a person reads it (never the stored ISO timestamp).
      return typeof raw.name === 'string'
        ? `${statementWords[locale]} ${raw.name}\n${formatDateTime(String(raw.signedAt), locale)}`
        : `${truthWords[locale]}\n${formatDateTime(String(raw.signedAt), locale)}`
    default:
      return typeof value === 'string' ? value : w.none
  }
}

/** Rows for the check-answers page: the questions on the current path, in order, with their answers. */
export function summarise(service: Service, answers: Record<string, AnswerValue | undefined>, locale: Locale, context?: TriageContext): SummaryRow[] {
  const kept = pruneAnswers(service, answers, context)
  const rows: SummaryRow[] = []
  const row = (question: Question) =>
    rows.push({
      questionId: question.id,
      question: question.text[locale],
      answer: formatAnswer(question, kept[question.id], locale),
      changeId: question.id,
      sensitive: question.sensitive === true,
    })
  // The force-area question follows the incident postcode when a district on a border made it necessary.
  const area = FORCE_AREA_QUESTION in kept ? findQuestion(service, FORCE_AREA_QUESTION, kept, context) : undefined
  for (const question of service.questions) {
    if (!(question.id in kept)) continue
    row(question)
    if (area && question.type === 'postcode' && question.incidentLocation) row(area)
  }
  return rows
}
