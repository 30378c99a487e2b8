import { describe, expect, it } from 'vitest'
import { play } from '../testing/journey.ts'
import { describeRules } from '../testing/rules.ts'
import stalking from './stalking-harassment.ts'

describeRules(stalking, {
  'emergency.danger': { danger: 'yes' },
  'stalking.near-now': { 'near-now': 'yes' },
  'stalking.online-child': { 'victim-age': 'under-18', relationship: 'online-only', 'online-child': 'yes' },
  'stalking.reported': {},
  'stalking.fear-violence': { 'fear-violence': 'yes' },
  'stalking.domestic': { relationship: 'ex-partner' },
  'stalking.known': { relationship: 'known' },
  'stalking.following': { behaviour: ['following'] },
  'stalking.threats': { behaviour: ['threats'] },
  'stalking.images': { behaviour: ['images'] },
  'stalking.long-running': { 'how-long': 'over-6-months' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'suspect.known': { relationship: 'stranger', 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
  'safe-contact.not-safe': { 'safe-to-contact': 'no' },
})

describe('stalking-harassment journey', () => {
  it('does not ask "Do you know who did it?" when who is doing it already says so', () => {
    for (const relationship of ['partner', 'ex-partner', 'family', 'known']) {
      const { asked } = play(stalking, { relationship })
      expect(asked, relationship).not.toContain('suspect-known')
      expect(asked, relationship).not.toContain('suspect-description')
      expect(asked, relationship).toContain('suspect-name')
    }
  })

  it('asks it for a stranger or someone known only online, and their name only if they know it', () => {
    for (const relationship of ['stranger', 'online-only']) {
      expect(play(stalking, { relationship }).asked, relationship).toContain('suspect-known')
      expect(play(stalking, { relationship, 'suspect-known': 'no' }).asked).not.toContain('suspect-name')
      expect(play(stalking, { relationship, 'suspect-known': 'yes' }).asked).toContain('suspect-name')
    }
  })

  it('tells the person the 999 stop is about someone near them, in their own words', () => {
    const { outcome } = play(stalking, { 'near-now': 'yes' })
    expect(outcome.type === 'EMERGENCY' && outcome.reason.en).toBe('The person is near you right now.')
  })
})
