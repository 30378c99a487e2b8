import { describe, expect, it } from 'vitest'
import { play } from '../testing/journey.ts'
import { describeRules } from '../testing/rules.ts'
import domesticAbuse from './domestic-abuse.ts'

describeRules(domesticAbuse, {
  'emergency.danger': { danger: 'yes' },
  'domestic-abuse.near-now': { who: 'me', 'near-now': 'yes' },
  'domestic-abuse.near-them-now': { who: 'someone-else', 'near-them-now': 'yes' },
  'domestic-abuse.reported': {},
  'domestic-abuse.strangling': { behaviour: ['strangling'] },
  'domestic-abuse.threats': { behaviour: ['threats'] },
  'domestic-abuse.sexual': { behaviour: ['sexual'] },
  'domestic-abuse.controlling': { behaviour: ['controlling'] },
  'domestic-abuse.injury': { injury: 'minor' },
  'domestic-abuse.treated': { injury: 'treated' },
  'domestic-abuse.weapon': { weapon: 'yes' },
  'domestic-abuse.getting-worse': { 'getting-worse': 'yes' },
  'domestic-abuse.separated': { relationship: 'ex-partner' },
  'domestic-abuse.live-together': { 'live-together': 'yes' },
  'domestic-abuse.children': { children: 'yes' },
  'domestic-abuse.named': { 'suspect-name': 'Alex' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
  'contact.anonymous': { contact: { anonymous: true } },
  'safe-contact.not-safe': { 'safe-to-contact': 'no' },
})

describe('domestic-abuse journey', () => {
  it('asks whether the abuser is near the person reporting, in their own words, only when it is them', () => {
    expect(play(domesticAbuse, { who: 'me' }).asked).toContain('near-now')
    expect(play(domesticAbuse, { who: 'me' }).asked).not.toContain('near-them-now')
    expect(play(domesticAbuse, { who: 'someone-else' }).asked).toContain('near-them-now')
    expect(play(domesticAbuse, { who: 'someone-else' }).asked).not.toContain('near-now')
  })

  it('never asks "Do you know who did it?": the relationship says who, so only their name is asked', () => {
    const { asked } = play(domesticAbuse, { relationship: 'partner' })
    expect(asked).not.toContain('suspect-known')
    expect(asked).not.toContain('suspect-description')
    expect(asked.indexOf('suspect-name')).toBeGreaterThan(asked.indexOf('relationship'))
  })

  it('is always at least medium priority, flagged domestic abuse and sent to safeguarding', () => {
    const { outcome } = play(domesticAbuse, {})
    expect(outcome).toMatchObject({ type: 'SUBMIT', queue: 'safeguarding' })
    if (outcome.type !== 'SUBMIT') return
    expect(['medium', 'high']).toContain(outcome.priority)
    expect(outcome.flags).toContain('domestic-abuse')
  })

  it('asks the safe-contact questions right after the contact details, and not at all when anonymous', () => {
    const { asked } = play(domesticAbuse, {})
    expect(asked.slice(asked.indexOf('contact'), asked.indexOf('contact') + 5)).toEqual([
      'contact', 'safe-to-contact', 'safe-contact-ways', 'safe-message', 'safe-times',
    ])
    const anonymous = play(domesticAbuse, { contact: { anonymous: true } }).asked
    expect(anonymous.filter((id) => id.startsWith('safe-'))).toEqual([])
  })
})
