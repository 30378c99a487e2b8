// Server-side validation of one question's form post. The browser is never trusted: every field is read
// as untrusted text, trimmed and checked, and the result is the value the engine stores in the answers.
// Field names per question type are listed in the README ("Form fields").
import { defaults, messages } from './messages.ts'
import type { Locale, Question } from './types.ts'
import { checkDate, checkDateRange } from './validate-dates.ts'
import { fail, field, fieldName, fields, PERSON_FIELDS, type FieldError, type RawInput, type Validation, type ValidationContext } from './validate-fields.ts'

export type { FieldError, RawInput, Validation, ValidationContext } from './validate-fields.ts'

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/

/** 'le1  6th' → 'LE1 6TH'; undefined when it is not a full UK postcode. */
export function normalisePostcode(input: string): string | undefined {
  const match = POSTCODE.exec(input.toUpperCase().replace(/\s+/g, ''))
  return match ? `${match[1]} ${match[2]}` : undefined
}

/** 'ab12 cde' → 'AB12CDE'; undefined when it cannot be a UK registration. */
export function normaliseRegistration(input: string): string | undefined {
  const plate = input.toUpperCase().replace(/[\s-]+/g, '')
  return /^[A-Z0-9]{2,7}$/.test(plate) && /[0-9]/.test(plate) && /[A-Z]/.test(plate) ? plate : undefined
}

function validPhone(input: string): boolean {
  if (!/^[0-9+()\s-]+$/.test(input)) return false
  const digits = input.replace(/\D/g, '')
  return digits.length >= 10 && digits.length <= 15
}

function text(question: Question & { maxLength?: number }, raw: RawInput, locale: Locale, max: number): Validation {
  const value = field(raw, question.id).replace(/\r\n/g, '\n')
  if (value === '') return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.text, question.id)
  if (value.length > max) return fail(locale, messages.tooLong(question.subject, max), question.id)
  return { ok: true, value }
}

/** Checks one question's form post and returns the value to store, or errors to show next to the fields. */
export function validate(question: Question, raw: RawInput, locale: Locale, context: ValidationContext): Validation {
  const id = question.id
  switch (question.type) {
    case 'yes-no': {
      const value = field(raw, id)
      const allowed = question.notSure ? ['yes', 'no', 'not-sure'] : ['yes', 'no']
      if (allowed.includes(value)) return { ok: true, value }
      if (value === '' && question.optional) return { ok: true, value: null }
      return fail(locale, question.required ?? defaults.yesNo(question.cyAnswer), id)
    }
    case 'single-choice': {
      const value = field(raw, id)
      if (value === '') return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.single, id)
      if (!question.options.some((o) => o.value === value)) return fail(locale, messages.invalidOption, id)
      return { ok: true, value }
    }
    case 'multiple-choice': {
      const chosen = [...new Set(fields(raw, id))]
      if (chosen.length === 0) return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.multiple, id)
      if (chosen.some((v) => !question.options.some((o) => o.value === v))) return fail(locale, messages.invalidOption, id)
      const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.value))
      if (exclusive && chosen.length > 1) return fail(locale, messages.exclusive(exclusive.label), id)
      // Stored in the order the options are listed, so equal choices give equal answers.
      return { ok: true, value: question.options.filter((o) => chosen.includes(o.value)).map((o) => o.value) }
    }
    case 'short-text':
      return text(question, raw, locale, question.maxLength ?? 100)
    case 'long-text':
      return text(question, raw, locale, question.maxLength ?? 2000)
    case 'location':
      return text(question, raw, locale, question.maxLength ?? 500)
    case 'date':
    case 'approximate-time':
      return checkDate(question, raw, locale, context)
    case 'date-range':
      return checkDateRange(question, raw, locale, context)
    case 'postcode': {
      const value = field(raw, id)
      if (value === '') return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.postcode, id)
      const postcode = normalisePostcode(value)
      return postcode ? { ok: true, value: postcode } : fail(locale, messages.postcodeFormat, id)
    }
    case 'vehicle-registration': {
      const value = field(raw, id)
      if (value === '') return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.registration, id)
      const plate = normaliseRegistration(value)
      return plate ? { ok: true, value: plate } : fail(locale, messages.registrationFormat, id)
    }
    case 'person-description': {
      const description: Record<string, string> = {}
      for (const name of PERSON_FIELDS) {
        const value = field(raw, fieldName(id, name))
        if (value.length > 200) return fail(locale, messages.tooLong(undefined, 200), fieldName(id, name))
        if (value !== '') description[name] = value
      }
      if (Object.keys(description).length === 0) {
        return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.person, fieldName(id, 'age'))
      }
      return { ok: true, value: description }
    }
    case 'contact-details': {
      if (question.allowAnonymous && field(raw, fieldName(id, 'anonymous')) === 'yes') return { ok: true, value: { anonymous: true } }
      const name = field(raw, fieldName(id, 'name'))
      const email = field(raw, fieldName(id, 'email'))
      const phone = field(raw, fieldName(id, 'phone'))
      const errors: FieldError[] = []
      if (name === '') errors.push({ field: fieldName(id, 'name'), message: messages.name[locale] })
      else if (name.length > 100) errors.push({ field: fieldName(id, 'name'), message: messages.tooLong(undefined, 100)[locale] })
      if (email === '' && phone === '') errors.push({ field: fieldName(id, 'email'), message: messages.emailOrPhone[locale] })
      if (email !== '' && (!EMAIL.test(email) || email.length > 254)) errors.push({ field: fieldName(id, 'email'), message: messages.email[locale] })
      if (phone !== '' && !validPhone(phone)) errors.push({ field: fieldName(id, 'phone'), message: messages.phone[locale] })
      if (errors.length > 0) return { ok: false, errors }
      return {
        ok: true,
        value: { anonymous: false, name, ...(email ? { email } : {}), ...(phone ? { phone: phone.replace(/\s+/g, ' ') } : {}) },
      }
    }
    case 'evidence-upload': {
      const tokens = fields(raw, id)
      if (tokens.length === 0) return question.optional ? { ok: true, value: null } : fail(locale, question.required ?? defaults.upload, id)
      if (tokens.some((token) => !TOKEN.test(token))) return fail(locale, messages.uploadToken, id)
      if (tokens.length > question.slots) return fail(locale, messages.tooManyFiles(question.slots), id)
      return { ok: true, value: [...new Set(tokens)] }
    }
    case 'declaration': {
      const errors: FieldError[] = []
      if (field(raw, fieldName(id, 'agree')) !== 'yes') errors.push({ field: fieldName(id, 'agree'), message: messages.agree[locale] })
      const name = field(raw, fieldName(id, 'name'))
      if (question.kind === 'statement' && name === '') errors.push({ field: fieldName(id, 'name'), message: messages.signature[locale] })
      if (name.length > 100) errors.push({ field: fieldName(id, 'name'), message: messages.tooLong(undefined, 100)[locale] })
      if (errors.length > 0) return { ok: false, errors }
      const signedAt = new Date(context.now).toISOString()
      return { ok: true, value: { agreed: true, ...(question.kind === 'statement' ? { name } : {}), signedAt } }
    }
  }
}
