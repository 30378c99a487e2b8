import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formText, formValue, parseForm, READ_MAX } from './parse-form.server.ts'
import { reportActionSchema } from '../staff/actions.server.ts'
import { signInSchema } from '../staff/session.server.ts'

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

const named = z
  .object({ name: formText(10), choice: formValue() })
  .superRefine(({ name }, ctx) => {
    if (!name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'nameMissing' })
  })

describe('parseForm', () => {
  it('gives the typed data when the form is good', () => {
    expect(parseForm(form([['name', '  Sam  '], ['choice', ' b ']]), named)).toEqual({ ok: true, data: { name: 'Sam', choice: ' b ' } })
  })

  it('gives each field its first error, and what was typed as the fields read it', () => {
    const schema = z.object({ a: formText(5), b: formText(5) }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['a'], message: 'first' })
      ctx.addIssue({ code: 'custom', path: ['a'], message: 'second' })
      ctx.addIssue({ code: 'custom', path: ['b'], message: 'other' })
    })
    expect(parseForm(form([['a', '  abcdefgh '], ['b', 'x']]), schema)).toEqual({ ok: false, errors: { a: 'first', b: 'other' }, values: { a: 'abcde', b: 'x' } })
  })

  it('reads query strings and plain objects the same way', () => {
    expect(parseForm(new URLSearchParams('name=%20Jo%20&choice=a'), named)).toEqual({ ok: true, data: { name: 'Jo', choice: 'a' } })
    expect(parseForm({ name: ' Jo ', choice: 'a' }, named)).toEqual({ ok: true, data: { name: 'Jo', choice: 'a' } })
  })

  describe('hostile input', () => {
    it('counts a repeated field once: the first, as FormData.get reads it', () => {
      expect(parseForm(form([['name', 'first'], ['name', 'second'], ['choice', 'a'], ['choice', 'b']]), named)).toEqual({ ok: true, data: { name: 'first', choice: 'a' } })
      expect(parseForm(new URLSearchParams('name=first&name=second'), named)).toMatchObject({ ok: true, data: { name: 'first' } })
    })

    it('takes a file where text belongs as not sent, never as its name or contents', () => {
      const file = new File(['secret contents'], 'name.txt', { type: 'text/plain' })
      expect(parseForm(form([['name', file], ['choice', file]]), named)).toEqual({ ok: false, errors: { name: 'nameMissing' }, values: { name: '', choice: '' } })
    })

    it('cuts an over-long value before any rule reads it', () => {
      const huge = 'x'.repeat(READ_MAX * 5)
      const result = parseForm(form([['name', huge], ['choice', huge]]), named)
      expect(result).toEqual({ ok: true, data: { name: 'x'.repeat(10), choice: 'x'.repeat(READ_MAX) } })
    })

    it('ignores fields the schema does not name', () => {
      expect(parseForm(form([['name', 'Sam'], ['__proto__', 'x'], ['constructor', 'y']]), named)).toEqual({ ok: true, data: { name: 'Sam', choice: '' } })
    })
  })

  describe('the report actions, one schema per intent', () => {
    const schema = reportActionSchema('leicestershire')

    it('refuses a form without an intent, or with one the page does not have, on the intent field', () => {
      expect(parseForm(form([['note', 'hello']]), schema)).toMatchObject({ ok: false, errors: { intent: 'staff.unknownAction' } })
      expect(parseForm(form([['intent', 'delete'], ['note', 'hello']]), schema)).toMatchObject({ ok: false, errors: { intent: 'staff.unknownAction' } })
      expect(parseForm(form([['intent', new File(['note'], 'intent')], ['note', 'hello']]), schema)).toMatchObject({ ok: false, errors: { intent: 'staff.unknownAction' } })
    })

    it('takes the first intent when one is sent twice', () => {
      expect(parseForm(form([['intent', 'note'], ['intent', 'transfer'], ['note', 'hello']]), schema)).toEqual({ ok: true, data: { intent: 'note', note: 'hello' } })
    })

    it('keeps what was typed with each error', () => {
      expect(parseForm(form([['intent', 'status'], ['status', 'crime_recorded'], ['crimeNumber', '  ']]), schema)).toEqual({
        ok: false,
        errors: { crimeNumber: 'staff.crimeNumberMissing' },
        values: { intent: 'status', status: 'crime_recorded', crimeNumber: '' },
      })
      expect(parseForm(form([['intent', 'transfer'], ['toForce', 'leicestershire'], ['reason', ' moved ']]), schema)).toEqual({
        ok: false,
        errors: { toForce: 'staff.transferForceMissing' },
        values: { intent: 'transfer', toForce: 'leicestershire', reason: 'moved' },
      })
    })

    it('cuts a long note one past its limit, so "too long" is still seen', () => {
      const result = parseForm(form([['intent', 'note'], ['note', 'y'.repeat(10_000)]]), schema)
      expect(result).toMatchObject({ ok: false, errors: { note: 'staff.tooLong' } })
      expect(result.ok ? '' : result.values.note).toHaveLength(4001)
    })
  })

  it('reads the sign-in form: the email trimmed, the password exactly as typed', () => {
    const result = parseForm(form([['email', ' person@example.org '], ['password', '']]), signInSchema)
    expect(result).toMatchObject({ ok: false, errors: { password: 'staff.passwordMissing' }, values: { email: 'person@example.org' } })
    // The password is read exactly as typed: spaces are part of it.
    expect(parseForm(form([['email', 'a@b.c'], ['password', ' pass word ']]), signInSchema)).toEqual({ ok: true, data: { email: 'a@b.c', password: ' pass word ' } })
  })
})
