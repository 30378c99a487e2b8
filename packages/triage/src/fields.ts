// One codec per question type, in one registry: the form fields a question posts, the first of them (where its
// label and an error summary link without a field point), and a stored answer turned back into the form values that
// give it (to fill the page when the question is shown again). Reading form values into an answer is `validate`
// (validate.ts); `fromForm` is the same function, so the two directions sit side by side, and the round trip
// (form values made from an answer validate back to that answer) is a property test over every question of every
// service (fields.property.test.ts). Field names are listed in the README ("Form fields").
import type { AnswerValue, Locale, Question, QuestionType } from './types.ts'
import { validate } from './validate.ts'
import { fieldName, PERSON_FIELDS, type RawInput, type Validation, type ValidationContext } from './validate-fields.ts'

// The part names and the person's parts, for the page that draws the fields (the browser imports this entry alone).
export { fieldName, PERSON_FIELDS }

type QuestionOf<T extends QuestionType> = Question & { type: T }

interface Codec<Q extends Question> {
  /** Every field name the question's form posts. */
  names(question: Q): string[]
  /** The id of the field focus goes to: the label's target, and an error summary link that names no field. */
  firstField(question: Q): string
  /**
   * A stored answer (never null) as the form values that would give it. Read as unknown: a stored draft is data from
   * the database, and a value of the wrong shape gives empty fields rather than an error.
   */
  toForm(question: Q, value: unknown): RawInput
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const dateNames = (prefix: string) => [fieldName(prefix, 'day'), fieldName(prefix, 'month'), fieldName(prefix, 'year')]

/** 'YYYY-MM-DD' as the three GOV.UK date boxes, without leading zeros, as a person would type them. */
function dateParts(prefix: string, iso: unknown): RawInput {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return {}
  const [year, month, day] = iso.split('-')
  return { [fieldName(prefix, 'day')]: String(Number(day)), [fieldName(prefix, 'month')]: String(Number(month)), [fieldName(prefix, 'year')]: year }
}

/** One field named by the question's id, holding the answer as text. */
const single = <Q extends Question>(): Codec<Q> => ({
  names: (q) => [q.id],
  firstField: (q) => q.id,
  toForm: (q, value) => (typeof value === 'string' ? { [q.id]: value } : {}),
})

/** One name posted once per chosen value. */
const list = <Q extends Question>(first: (q: Q) => string): Codec<Q> => ({
  names: (q) => [q.id],
  firstField: first,
  toForm: (q, value) => (Array.isArray(value) ? { [q.id]: [...value] } : {}),
})

const CODECS: { [T in QuestionType]: Codec<QuestionOf<T>> } = {
  'yes-no': single(),
  'single-choice': single(),
  'short-text': single(),
  'long-text': single(),
  location: single(),
  postcode: single(),
  'vehicle-registration': single(),
  'multiple-choice': list((q) => q.id),
  // The tokens of files already attached; the file input itself (`<id>-files`) is read by the upload path.
  'evidence-upload': {
    ...list((q) => fieldName(q.id, 'files')),
    names: (q) => [q.id, fieldName(q.id, 'files')],
  },
  date: {
    names: (q) => dateNames(q.id),
    firstField: (q) => fieldName(q.id, 'day'),
    toForm: (q, value) => dateParts(q.id, value),
  },
  'approximate-time': {
    names: (q) => [...dateNames(q.id), fieldName(q.id, 'time')],
    firstField: (q) => fieldName(q.id, 'day'),
    toForm: (q, value) => (isObject(value) ? { ...dateParts(q.id, value.date), [fieldName(q.id, 'time')]: String(value.timeOfDay ?? '') } : {}),
  },
  'date-range': {
    names: (q) => [...dateNames(fieldName(q.id, 'from')), ...dateNames(fieldName(q.id, 'to'))],
    firstField: (q) => fieldName(fieldName(q.id, 'from'), 'day'),
    toForm: (q, value) => (isObject(value) ? { ...dateParts(fieldName(q.id, 'from'), value.from), ...dateParts(fieldName(q.id, 'to'), value.to) } : {}),
  },
  'person-description': {
    names: (q) => PERSON_FIELDS.map((part) => fieldName(q.id, part)),
    firstField: (q) => fieldName(q.id, 'sex'),
    toForm: (q, value) =>
      isObject(value)
        ? Object.fromEntries(PERSON_FIELDS.filter((part) => typeof value[part] === 'string').map((part) => [fieldName(q.id, part), String(value[part])]))
        : {},
  },
  'contact-details': {
    names: (q) => [fieldName(q.id, 'name'), fieldName(q.id, 'email'), fieldName(q.id, 'phone'), ...(q.allowAnonymous ? [fieldName(q.id, 'anonymous')] : [])],
    firstField: (q) => fieldName(q.id, 'name'),
    toForm: (q, value) => {
      if (!isObject(value)) return {}
      if (value.anonymous === true) return { [fieldName(q.id, 'anonymous')]: 'yes' }
      return Object.fromEntries((['name', 'email', 'phone'] as const).filter((k) => typeof value[k] === 'string').map((k) => [fieldName(q.id, k), String(value[k])]))
    },
  },
  declaration: {
    names: (q) => [fieldName(q.id, 'agree'), ...(q.kind === 'statement' ? [fieldName(q.id, 'name')] : [])],
    firstField: (q) => (q.kind === 'statement' ? fieldName(q.id, 'name') : fieldName(q.id, 'agree')),
    toForm: (q, value) =>
      isObject(value) ? { [fieldName(q.id, 'agree')]: 'yes', ...(typeof value.name === 'string' ? { [fieldName(q.id, 'name')]: value.name } : {}) } : {},
  },
}

function codecOf<Q extends Question>(question: Q): Codec<Q> {
  return CODECS[question.type] as unknown as Codec<Q>
}

/** Every field name this question's form posts. */
export function fieldNames(question: Question): string[] {
  return codecOf(question).names(question)
}

/** The id of the question's first field: its label's target and where an error without a field links to. */
export function firstFieldId(question: Question): string {
  return codecOf(question).firstField(question)
}

/** A stored answer as the form values that would give it, to fill the question page when it is shown again. */
export function answerToForm(question: Question, value: AnswerValue | undefined): RawInput {
  if (value === undefined || value === null) return {}
  return codecOf(question).toForm(question, value)
}

/** Form values read back into the answer to store, or the errors to show (the validation of validate.ts). */
export function answerFromForm(question: Question, raw: RawInput, locale: Locale, context: ValidationContext): Validation {
  return validate(question, raw, locale, context)
}
