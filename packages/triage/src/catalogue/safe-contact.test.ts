import { describe, expect, it } from 'vitest'
import { play } from '../testing/journey.ts'
import type { Service } from '../types.ts'
import * as c from './common.ts'
import { defineService, t } from './define.ts'
import { services } from './index.ts'
import { SAFE_CONTACT_QUESTION_IDS, safeContactOf, safeToEmail, withSafeContact } from './safe-contact.ts'

const base: Service = {
  id: 'example',
  version: 1,
  title: t('Example', 'Enghraifft'),
  description: t('Example', 'Enghraifft'),
  category: 'crime',
  quickExit: true,
  sensitive: true,
  declaration: 'truth',
  queue: 'safeguarding',
  questions: [c.danger, c.details, c.contact(true), c.truth],
  stops: [c.stopDanger],
  assess: [],
}

describe('the safe-contact block', () => {
  it('is asked right after the contact details of a service that opts in, and read by one rule', () => {
    const service = defineService({ ...base, safeContact: true })
    expect(service.questions.map((q) => q.id)).toEqual(['danger', 'details', 'contact', ...SAFE_CONTACT_QUESTION_IDS, 'declaration'])
    expect(service.assess.map((r) => r.id)).toEqual(['safe-contact.not-safe'])
    expect(defineService(base).questions.map((q) => q.id)).toEqual(['danger', 'details', 'contact', 'declaration'])
  })

  it('refuses a service that cannot use it: no contact details, or not a sensitive journey', () => {
    expect(() => withSafeContact({ ...base, safeContact: true, questions: [c.danger, c.truth] })).toThrow(/contact details/)
    expect(() => withSafeContact({ ...base, safeContact: true, sensitive: false })).toThrow(/sensitive/)
    expect(() => withSafeContact({ ...withSafeContact({ ...base, safeContact: true }) })).toThrow(/safe-to-contact/)
  })

  it('asks how, whether to leave a message and when not to call when it is safe; another way when it is not', () => {
    const service = defineService({ ...base, safeContact: true })
    expect(play(service, { 'safe-to-contact': 'yes' }).asked).toEqual(expect.arrayContaining(['safe-contact-ways', 'safe-message', 'safe-times']))
    const notSafe = play(service, { 'safe-to-contact': 'no' }).asked
    expect(notSafe).toContain('safe-other')
    expect(notSafe).not.toContain('safe-contact-ways')
    expect(notSafe).not.toContain('safe-message')
  })

  it('reads the answers into contact instructions', () => {
    const service = { safeContact: true }
    expect(safeContactOf(service, { 'safe-to-contact': 'no', 'safe-other': 'Call my sister on 07700 900123' })).toEqual({
      safe: false, ways: [], leaveMessage: false, avoid: null, other: 'Call my sister on 07700 900123',
    })
    expect(
      safeContactOf(service, { 'safe-to-contact': 'yes', 'safe-contact-ways': ['text', 'phone'], 'safe-message': 'no', 'safe-times': 'Evenings' }),
    ).toEqual({ safe: true, ways: ['phone', 'text'], leaveMessage: false, avoid: 'Evenings', other: null })
    expect(safeContactOf(service, {})).toBeNull()
    expect(safeContactOf({}, { 'safe-to-contact': 'no' })).toBeNull()
  })

  it('allows a confirmation email only when email was chosen as a safe way', () => {
    expect(safeToEmail({ safeContact: true }, { 'safe-to-contact': 'no' })).toBe(false)
    expect(safeToEmail({ safeContact: true }, { 'safe-to-contact': 'yes', 'safe-contact-ways': ['phone'] })).toBe(false)
    expect(safeToEmail({ safeContact: true }, { 'safe-to-contact': 'yes', 'safe-contact-ways': ['phone', 'email'] })).toBe(true)
    // Not asked (anonymous) is not a yes.
    expect(safeToEmail({ safeContact: true }, {})).toBe(false)
    expect(safeToEmail({}, {})).toBe(true)
  })

  it('is asked by domestic abuse and stalking, and every service that asks it is sensitive with quick exit', () => {
    const asking = services.filter((s) => s.safeContact)
    expect(asking.map((s) => s.id)).toEqual(expect.arrayContaining(['domestic-abuse', 'stalking-harassment']))
    for (const service of asking) {
      expect(service.sensitive && service.quickExit, service.id).toBe(true)
      const ids = service.questions.map((q) => q.id)
      expect(ids.slice(ids.indexOf('contact') + 1, ids.indexOf('contact') + 1 + SAFE_CONTACT_QUESTION_IDS.length), service.id).toEqual([
        ...SAFE_CONTACT_QUESTION_IDS,
      ])
    }
  })
})
