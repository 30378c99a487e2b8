import { describe, expect, it } from 'vitest'
import * as c from './catalogue/common.ts'
import type { Question } from './types.ts'
import { normalisePostcode, normaliseRegistration, validate } from './validate.ts'

const ctx = { now: '2026-03-27T10:00:00Z' }
const check = (q: Question, raw: Record<string, string | string[]>, locale: 'en' | 'cy' = 'en') => validate(q, raw, locale, ctx)
const messages = (result: ReturnType<typeof validate>) => (result.ok ? [] : result.errors.map((e) => e.message))
const date: Question = { id: 'd', type: 'date', text: { en: 'When?', cy: 'Pryd?' } }
const day = (d: string, m: string, y: string) => ({ 'd-day': d, 'd-month': m, 'd-year': y })

describe('yes/no and choices', () => {
  it('accepts yes or no and explains what to select in both languages', () => {
    expect(check(c.danger, { danger: 'yes' })).toEqual({ ok: true, value: 'yes' })
    expect(check(c.danger, {})).toEqual({ ok: false, errors: [{ field: 'danger', message: 'Select yes if anyone is in immediate danger' }] })
    expect(messages(check(c.danger, { danger: 'maybe' }, 'cy'))).toEqual(['Dewiswch ‘Oes’ os oes unrhyw un mewn perygl uniongyrchol'])
  })

  it('accepts only listed options', () => {
    const q = c.victimAge()
    expect(check(q, { 'victim-age': 'under-18' })).toEqual({ ok: true, value: 'under-18' })
    expect(messages(check(q, { 'victim-age': 'over-9000' }))).toEqual(['Select one of the options'])
  })

  it('stores multiple choices in listed order, and keeps “none” on its own', () => {
    expect(check(c.evidence, { evidence: ['witnesses', 'cctv', 'cctv'] })).toEqual({ ok: true, value: ['cctv', 'witnesses'] })
    expect(check(c.evidence, { evidence: 'photos' })).toEqual({ ok: true, value: ['photos'] })
    expect(messages(check(c.evidence, { evidence: ['none', 'cctv'] }))).toEqual([
      'Select “No, there is no evidence” on its own, or select the others that apply',
    ])
    expect(messages(check(c.evidence, {}))).toEqual(['Select any evidence, or select that there is none'])
  })
})

describe('text', () => {
  it('trims, requires and limits text', () => {
    expect(check(c.details, { details: '  A man took my bag.  ' })).toEqual({ ok: true, value: 'A man took my bag.' })
    expect(messages(check(c.details, { details: '   ' }))).toEqual(['Enter what happened'])
    expect(messages(check(c.details, { details: 'x'.repeat(2001) }))).toEqual(['What happened must be 2000 characters or less'])
    expect(messages(check(c.details, { details: 'x'.repeat(2001) }, 'cy'))).toEqual(['Rhaid i’r disgrifiad fod yn 2000 nod neu lai'])
  })

  it('stores null for an optional question left blank', () => {
    expect(check(c.postcode, { postcode: '' })).toEqual({ ok: true, value: null })
  })
})

describe('dates (GOV.UK date input)', () => {
  it('accepts a real date in the past and stores it as ISO', () => {
    expect(check(date, day('7', '3', '2026'))).toEqual({ ok: true, value: '2026-03-07' })
    expect(check(date, day('27', '03', '2026'))).toEqual({ ok: true, value: '2026-03-27' })
  })

  it('says exactly what is wrong', () => {
    expect(check(date, {})).toEqual({ ok: false, errors: [{ field: 'd-day', message: 'Enter the date it happened' }] })
    expect(check(date, day('7', '', '2026'))).toEqual({ ok: false, errors: [{ field: 'd-month', message: 'The date it happened must include a month' }] })
    expect(messages(check(date, day('31', '2', '2026')))).toEqual(['The date it happened must be a real date'])
    expect(messages(check(date, day('7', '3', '26')))).toEqual(['Year must include 4 numbers'])
    expect(messages(check(date, day('28', '3', '2026')))).toEqual(['The date it happened must be today or in the past'])
    expect(messages(check(date, day('1', '1', '2010')))).toEqual(['The date it happened must be after 27 March 2016'])
    expect(messages(check(date, day('28', '3', '2026'), 'cy'))).toEqual(['Rhaid i’r dyddiad y digwyddodd fod heddiw neu yn y gorffennol'])
  })

  it('reports every problem with a date at once, each on its own field', () => {
    expect(check(date, day('32', '', '2026'))).toEqual({
      ok: false,
      errors: [
        { field: 'd-day', message: 'The date it happened must be a real date' },
        { field: 'd-month', message: 'The date it happened must include a month' },
      ],
    })
    expect(check(date, day('', '', '26'))).toEqual({
      ok: false,
      errors: [
        { field: 'd-day', message: 'The date it happened must include a day' },
        { field: 'd-month', message: 'The date it happened must include a month' },
        { field: 'd-year', message: 'Year must include 4 numbers' },
      ],
    })
    // The same words are said once, on the first field they are about.
    expect(check(date, day('32', '13', '2026'))).toEqual({ ok: false, errors: [{ field: 'd-day', message: 'The date it happened must be a real date' }] })
    expect(messages(check(date, day('32', '', '2026'), 'cy'))).toEqual([
      'Rhaid i’r dyddiad y digwyddodd fod yn ddyddiad go iawn',
      'Rhaid i’r dyddiad y digwyddodd gynnwys mis',
    ])
    expect(messages(check(date, day('x', '3', '2026')))).toEqual(['The date it happened must be a real date'])
    expect(messages(check(date, day('0', '3', '2026')))).toEqual(['The date it happened must be a real date'])
  })

  it('judges “today” in UK time, from context.now', () => {
    // 23:30 UTC on 30 March 2026 is already 31 March in the UK (BST).
    expect(validate(date, day('31', '3', '2026'), 'en', { now: '2026-03-30T23:30:00Z' }).ok).toBe(true)
    expect(validate(date, day('31', '3', '2026'), 'en', { now: new Date('2026-03-30T22:30:00Z') }).ok).toBe(false)
  })

  it('takes a time of day for approximate times', () => {
    const q = c.whenDate
    expect(check(q, { 'when-day': '1', 'when-month': '3', 'when-year': '2026', 'when-time': 'night' })).toEqual({
      ok: true,
      value: { date: '2026-03-01', timeOfDay: 'night' },
    })
    expect(messages(check(q, { 'when-day': '1', 'when-month': '3', 'when-year': '2026' }))).toEqual(['Select roughly what time of day it happened'])
  })

  it('checks that a date range ends on or after it starts', () => {
    const q: Question = { id: 'r', type: 'date-range', text: { en: 'When?', cy: 'Pryd?' } }
    const range = (a: string, b: string) => ({ 'r-from-day': a, 'r-from-month': '3', 'r-from-year': '2026', 'r-to-day': b, 'r-to-month': '3', 'r-to-year': '2026' })
    expect(check(q, range('1', '2'))).toEqual({ ok: true, value: { from: '2026-03-01', to: '2026-03-02' } })
    expect(check(q, range('2', '1'))).toEqual({
      ok: false,
      errors: [{ field: 'r-to-day', message: 'The latest date it could have happened must be the same as or after 2 March 2026' }],
    })
    expect(messages(check(q, {}))).toHaveLength(2)
  })
})

describe('postcodes, registrations and people', () => {
  it('normalises postcodes and rejects partial ones', () => {
    expect(normalisePostcode(' le1  6th ')).toBe('LE1 6TH')
    expect(normalisePostcode('SW1A1AA')).toBe('SW1A 1AA')
    expect(normalisePostcode('LE1')).toBeUndefined()
    expect(messages(check(c.postcode, { postcode: 'LE1' }))).toEqual(['Enter a full UK postcode, like LE1 6TH'])
  })

  it('normalises registrations', () => {
    expect(normaliseRegistration('ab12 cde')).toBe('AB12CDE')
    expect(normaliseRegistration('A1')).toBe('A1')
    expect(normaliseRegistration('NOTAPLATE1')).toBeUndefined()
    const q: Question = { id: 'reg', type: 'vehicle-registration', text: { en: 'Reg?', cy: 'Rhif?' } }
    expect(messages(check(q, { reg: '!!' }))).toEqual(['Enter a registration number in the correct format, like AB12 CDE'])
    expect(messages(check(q, {}))).toEqual(['Enter the vehicle registration number'])
  })

  it('needs at least one thing about a person unless the question is optional', () => {
    const q: Question = { id: 'p', type: 'person-description', text: { en: 'Who?', cy: 'Pwy?' } }
    expect(check(q, { 'p-clothing': 'Red coat', 'p-age': '' })).toEqual({ ok: true, value: { clothing: 'Red coat' } })
    expect(check(q, {})).toMatchObject({ ok: false, errors: [{ field: 'p-age' }] })
    expect(check(c.suspectDescription, {})).toEqual({ ok: true, value: null })
  })
})

describe('contact details', () => {
  it('needs a name and an email address or phone number', () => {
    const q = c.contact()
    expect(check(q, { 'contact-name': 'Sam Jones', 'contact-phone': '07700 900 982' })).toEqual({
      ok: true,
      value: { anonymous: false, name: 'Sam Jones', phone: '07700 900 982' },
    })
    expect(check(q, {})).toEqual({
      ok: false,
      errors: [
        { field: 'contact-name', message: 'Enter your full name' },
        { field: 'contact-email', message: 'Enter an email address or a phone number' },
      ],
    })
    expect(messages(check(q, { 'contact-name': 'Sam', 'contact-email': 'sam@', 'contact-phone': '12' }))).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Enter a phone number, like 01632 960 001 or 07700 900 982',
    ])
  })

  it('allows anonymity only where the service does', () => {
    expect(check(c.contact(true), { 'contact-anonymous': 'yes' })).toEqual({ ok: true, value: { anonymous: true } })
    expect(check(c.contact(false), { 'contact-anonymous': 'yes' }).ok).toBe(false)
  })
})

describe('uploads and declarations', () => {
  const upload: Question = { id: 'files', type: 'evidence-upload', slots: 2, text: { en: 'Upload?', cy: 'Uwchlwytho?' } }

  it('takes upload tokens up to the number of slots', () => {
    expect(check(upload, { files: ['a1', 'b2'] })).toEqual({ ok: true, value: ['a1', 'b2'] })
    expect(messages(check(upload, { files: ['a', 'b', 'c'] }))).toEqual(['You can attach up to 2 files'])
    expect(messages(check(upload, { files: ['../etc/passwd'] }))).toEqual(['The file could not be attached. Try uploading it again'])
  })

  it('records agreement, the signature for statements, and the time from context', () => {
    expect(check(c.truth, { 'declaration-agree': 'yes' })).toEqual({ ok: true, value: { agreed: true, signedAt: '2026-03-27T10:00:00.000Z' } })
    expect(messages(check(c.truth, {}))).toEqual(['Confirm that the information you have given is true'])
    const statement: Question = { ...c.truth, type: 'declaration', kind: 'statement', declaration: c.truth.type === 'declaration' ? c.truth.declaration : { en: '', cy: '' } }
    expect(messages(check(statement, { 'declaration-agree': 'yes' }))).toEqual(['Enter your full name to sign the statement'])
    expect(check(statement, { 'declaration-agree': 'yes', 'declaration-name': 'Sam Jones' })).toMatchObject({ ok: true, value: { name: 'Sam Jones' } })
  })
})
