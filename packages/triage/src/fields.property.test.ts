// The field codecs' round trip, over every question of every service: an answer a person could give, turned into
// the form values that show it again, validates back to the same answer. If it did not, a person who goes back to a
// question and presses Continue without changing anything would see an error, or have their answer changed.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { services } from './catalogue/index.ts'
import { answerFromForm, answerToForm, fieldNames, firstFieldId } from './fields.ts'
import type { AnswerValue, Question } from './types.ts'
import { PERSON_FIELDS } from './validate-fields.ts'

const NOW = '2026-07-15T23:30:00.000Z' // British Summer Time: already 16 July in the UK
const TODAY = '2026-07-16'

const questions: Question[] = [...new Map(services.flatMap((s) => s.questions).map((q) => [`${q.type}:${q.id}:${JSON.stringify(q)}`, q])).values()]

/** Text a person could type: no surrounding space (the form trims it), no control characters, no CR. */
const typed = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: Math.min(max, 80), unit: fc.constantFrom(...'abcXYZ019 .,’\'-éŵ'.split('')) })
    .map((s) => s.trim())
    .filter((s) => s !== '')

const DAY_MS = 86_400_000
/** A UK date from `years` years before today up to today, as 'YYYY-MM-DD'. */
const isoDate = (years: number) =>
  fc.integer({ min: 0, max: years * 365 - 1 }).map((days) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10))

const postcode = fc
  .tuple(fc.stringMatching(/^[A-Z]{1,2}[0-9][A-Z0-9]?$/), fc.stringMatching(/^[0-9][A-Z]{2}$/))
  .map(([outward, inward]) => `${outward} ${inward}`)
  .filter((p) => /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/.test(p))

function answers(question: Question): fc.Arbitrary<AnswerValue> {
  const optional = (arb: fc.Arbitrary<AnswerValue>) => (question.optional ? fc.oneof(arb, fc.constant(null)) : arb)
  switch (question.type) {
    case 'yes-no':
      return optional(fc.constantFrom(...(question.notSure ? ['yes', 'no', 'not-sure'] : ['yes', 'no'])))
    case 'single-choice':
      return optional(fc.constantFrom(...question.options.map((o) => o.value)))
    case 'multiple-choice': {
      const open = question.options.filter((o) => !o.exclusive).map((o) => o.value)
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value)
      const inOrder = (chosen: string[]) => question.options.map((o) => o.value).filter((v) => chosen.includes(v))
      const some = open.length > 0 ? [fc.subarray(open, { minLength: 1 }).map(inOrder)] : []
      return optional(fc.oneof(...some, ...exclusive.map((v) => fc.constant<string[]>([v]))))
    }
    case 'short-text':
      return optional(typed(question.maxLength ?? 100))
    case 'long-text':
      return optional(typed(question.maxLength ?? 2000))
    case 'location':
      return optional(typed(question.maxLength ?? 500))
    case 'date':
      return optional(isoDate(question.maxYearsAgo ?? 10))
    case 'approximate-time':
      return optional(
        fc.record({ date: isoDate(question.maxYearsAgo ?? 10), timeOfDay: fc.constantFrom('morning', 'afternoon', 'evening', 'night', 'not-sure' as const) }),
      )
    case 'date-range':
      return optional(
        fc.tuple(isoDate(question.maxYearsAgo ?? 10), isoDate(question.maxYearsAgo ?? 10)).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
      )
    case 'postcode':
      return optional(postcode)
    case 'vehicle-registration':
      return optional(fc.stringMatching(/^[A-Z0-9]{2,7}$/).filter((p) => /[0-9]/.test(p) && /[A-Z]/.test(p)))
    case 'person-description':
      return optional(
        fc.dictionary(fc.constantFrom(...PERSON_FIELDS), typed(200), { minKeys: 1, maxKeys: PERSON_FIELDS.length }).map((d) => ({ ...d })),
      )
    case 'contact-details': {
      const named = fc
        .record({
          name: typed(100),
          email: fc.option(fc.stringMatching(/^[a-z0-9.]{1,20}@[a-z0-9]{1,20}\.[a-z]{2,6}$/), { nil: undefined }),
          phone: fc.option(fc.stringMatching(/^0[0-9]{4} [0-9]{6}$/), { nil: undefined }),
        })
        .filter((c) => c.email !== undefined || c.phone !== undefined)
        .map((c) => ({ anonymous: false as const, name: c.name, ...(c.email ? { email: c.email } : {}), ...(c.phone ? { phone: c.phone } : {}) }))
      return question.allowAnonymous ? fc.oneof(named, fc.constant({ anonymous: true as const })) : named
    }
    case 'evidence-upload':
      return optional(fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{8,32}$/), { minLength: 1, maxLength: question.slots }))
    case 'declaration':
      return question.kind === 'statement'
        ? typed(100).map((name) => ({ agreed: true as const, name, signedAt: NOW }))
        : fc.constant({ agreed: true as const, signedAt: NOW })
  }
}

describe('field codecs', () => {
  it('cover every type of question the services ask', () => {
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(14)
  })

  it.each(questions.map((q) => [`${q.id} (${q.type})`, q] as const))('%s: an answer shown again in the form validates back to itself', (_, question) => {
    fc.assert(
      fc.property(answers(question), fc.constantFrom('en' as const, 'cy' as const), (answer, locale) => {
        const form = answerToForm(question, answer)
        for (const name of Object.keys(form)) expect(fieldNames(question)).toContain(name)
        const result = answerFromForm(question, form, locale, { now: NOW })
        expect(result).toEqual({ ok: true, value: answer })
      }),
      { numRuns: 60 },
    )
  })

  it('point an error with no field at a field the question posts', () => {
    for (const question of questions) expect(fieldNames(question), question.id).toContain(firstFieldId(question))
  })
})
