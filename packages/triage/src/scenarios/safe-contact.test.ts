// Domestic abuse and stalking, told as people would tell them, and what the platform may do to contact them.
import { describe, expect, it } from 'vitest'
import { getService } from '../catalogue/index.ts'
import { safeContactOf, safeToEmail } from '../catalogue/safe-contact.ts'
import { pruneAnswers } from '../engine.ts'
import { forces } from '../testing/forces.ts'
import { context, play } from '../testing/journey.ts'
import type { Answers } from '../types.ts'
import { places, runScenarios } from './scenario.ts'

describe('scenarios: domestic abuse and safe contact', () => {
  runScenarios([
    {
      story: 'My husband grabbed me by the throat last night and said next time he will kill me',
      service: 'domestic-abuse',
      answers: { who: 'me', relationship: 'partner', 'live-together': 'yes', behaviour: ['strangling', 'threats'], injury: 'minor', 'suspect-name': 'Mark' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'injury', 'suspect-known'], queue: 'safeguarding', rules: ['domestic-abuse.strangling'] },
    },
    {
      story: 'Neithiwr gafaelodd fy ngŵr yn fy ngwddf a dweud y bydd yn fy lladd y tro nesaf',
      service: 'domestic-abuse',
      forceId: 'south-wales',
      answers: { who: 'me', relationship: 'partner', 'live-together': 'yes', behaviour: ['strangling', 'threats'], injury: 'minor', postcode: 'CF10 1AA', 'suspect-name': 'Mark' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'injury', 'suspect-known'], queue: 'safeguarding', rules: ['domestic-abuse.strangling'] },
    },
    {
      story: 'My partner checks my phone, takes my wages and will not let me see my friends',
      service: 'domestic-abuse',
      answers: { who: 'me', relationship: 'partner', behaviour: ['controlling'], 'suspect-name': 'Jo' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['domestic-abuse', 'suspect-known'], rules: ['domestic-abuse.controlling'] },
    },
    {
      story: 'Mae fy mhartner yn gwirio fy ffôn, yn cymryd fy nghyflog ac yn fy atal rhag gweld fy ffrindiau',
      service: 'domestic-abuse',
      forceId: 'south-wales',
      answers: { who: 'me', relationship: 'partner', behaviour: ['controlling'], postcode: 'CF10 1AA', 'suspect-name': 'Jo' },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['domestic-abuse', 'suspect-known'], rules: ['domestic-abuse.controlling'] },
    },
    {
      story: 'He is in the next room now and I am hiding in the bathroom',
      service: 'domestic-abuse',
      answers: { who: 'me', 'near-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'domestic-abuse.near-now' },
    },
    {
      story: 'Mae e yn yr ystafell nesaf nawr ac rwy’n cuddio yn yr ystafell ymolchi',
      service: 'domestic-abuse',
      forceId: 'south-wales',
      answers: { who: 'me', 'near-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'domestic-abuse.near-now' },
    },
    {
      story: 'I can hear my neighbour’s boyfriend hitting her through the wall right now',
      service: 'domestic-abuse',
      answers: { danger: 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'emergency.danger' },
    },
    {
      story: 'My sister’s ex keeps turning up and has pushed her over; her two children live with her',
      service: 'domestic-abuse',
      answers: { who: 'someone-else', relationship: 'ex-partner', behaviour: ['physical'], injury: 'minor', children: 'yes', 'suspect-name': 'Dan' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'injury', 'vulnerable-child', 'suspect-known'], rules: ['domestic-abuse.separated', 'domestic-abuse.children'] },
    },
    {
      story: 'Mae cyn-bartner fy chwaer yn dal i ddod draw ac mae wedi ei gwthio i’r llawr; mae ei dau blentyn yn byw gyda hi',
      service: 'domestic-abuse',
      forceId: 'south-wales',
      answers: { who: 'someone-else', relationship: 'ex-partner', behaviour: ['physical'], injury: 'minor', children: 'yes', postcode: 'CF10 1AA', 'suspect-name': 'Dan' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'injury', 'vulnerable-child', 'suspect-known'], rules: ['domestic-abuse.separated', 'domestic-abuse.children'] },
    },
    {
      story: 'My son is with his dad now, who has hit him before',
      service: 'domestic-abuse',
      answers: { who: 'someone-else', 'near-them-now': 'yes' },
      expect: { type: 'EMERGENCY', ruleId: 'domestic-abuse.near-them-now' },
    },
    {
      story: 'My grown-up son threatens me with a knife for money; I am 78',
      service: 'domestic-abuse',
      answers: { who: 'me', relationship: 'family', 'live-together': 'yes', behaviour: ['threats'], weapon: 'yes', 'victim-age': '65-or-over', 'suspect-name': 'Lee' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'weapon', 'vulnerable-older', 'suspect-known'], rules: ['domestic-abuse.weapon'] },
    },
    {
      story: 'It is getting worse every week and I am not safe to be called at home',
      service: 'domestic-abuse',
      answers: { who: 'me', relationship: 'partner', 'live-together': 'yes', 'getting-worse': 'yes', 'safe-to-contact': 'no', 'suspect-name': 'Sam' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'repeat-victim', 'suspect-known'], rules: ['domestic-abuse.getting-worse', 'safe-contact.not-safe'] },
    },
    {
      story: 'Mae’n gwaethygu bob wythnos ac nid yw’n ddiogel i chi fy ffonio gartref',
      service: 'domestic-abuse',
      forceId: 'south-wales',
      answers: { who: 'me', relationship: 'partner', 'live-together': 'yes', 'getting-worse': 'yes', 'safe-to-contact': 'no', postcode: 'CF10 1AA', 'suspect-name': 'Sam' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'repeat-victim', 'suspect-known'], rules: ['domestic-abuse.getting-worse', 'safe-contact.not-safe'] },
    },
    {
      story: 'I want to tell you my friend’s partner controls her, but not give my name',
      service: 'domestic-abuse',
      answers: { who: 'someone-else', relationship: 'partner', behaviour: ['controlling'], 'suspect-name': 'Chris', contact: { anonymous: true } },
      expect: { type: 'SUBMIT', priority: 'medium', flags: ['domestic-abuse', 'suspect-known', 'anonymous'] },
    },
    {
      story: 'My ex keeps messaging me and it is not safe for you to call me because my new partner reads my phone',
      service: 'stalking-harassment',
      answers: { relationship: 'ex-partner', behaviour: ['contact'], 'suspect-name': 'Robin', 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'suspect-known'], rules: ['stalking.domestic', 'safe-contact.not-safe'] },
    },
    {
      story: 'Mae fy nghyn-bartner yn dal i anfon negeseuon ac nid yw’n ddiogel i chi fy ffonio',
      service: 'stalking-harassment',
      forceId: 'south-wales',
      answers: { relationship: 'ex-partner', behaviour: ['contact'], postcode: 'CF10 1AA', 'suspect-name': 'Robin', 'safe-to-contact': 'no' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['domestic-abuse', 'suspect-known'], rules: ['stalking.domestic', 'safe-contact.not-safe'] },
    },
    {
      story: 'A man from my gym I know by name keeps waiting for me outside work',
      service: 'stalking-harassment',
      answers: { relationship: 'known', behaviour: ['following'], 'suspect-name': 'Pete from the gym' },
      expect: { type: 'SUBMIT', priority: 'high', flags: ['suspect-known'], rules: ['stalking.known', 'stalking.following'] },
    },
  ])
})

const journey = (service: string, answers: Answers, forceId = 'leicestershire') => {
  const played = play(getService(service)!, answers, context({ forceId, places, forces }))
  return { ...played, kept: pruneAnswers(getService(service)!, played.answers, context({ forceId, places, forces })) }
}

describe('scenarios: what we may do to contact them', () => {
  it('“It is not safe: he reads my email”: no confirmation email, and the other safe way for staff', () => {
    const { kept } = journey('domestic-abuse', { 'safe-to-contact': 'no', 'safe-other': 'Through my support worker at the refuge' })
    expect(safeToEmail(getService('domestic-abuse')!, kept)).toBe(false)
    expect(safeContactOf(getService('domestic-abuse')!, kept)).toMatchObject({ safe: false, other: 'Through my support worker at the refuge' })
  })

  it('“Nid yw’n ddiogel: mae’n darllen fy e-byst”: dim e-bost cadarnhau', () => {
    const { kept } = journey('domestic-abuse', { postcode: 'CF10 1AA', 'safe-to-contact': 'no' }, 'south-wales')
    expect(safeToEmail(getService('domestic-abuse')!, kept)).toBe(false)
  })

  it('“Text me only, never leave a message, not after 6pm”: no email, and the instructions as given', () => {
    const { kept } = journey('stalking-harassment', {
      'safe-to-contact': 'yes', 'safe-contact-ways': ['text'], 'safe-message': 'no', 'safe-times': 'Not after 6pm',
    })
    expect(safeToEmail(getService('stalking-harassment')!, kept)).toBe(false)
    expect(safeContactOf(getService('stalking-harassment')!, kept)).toEqual({ safe: true, ways: ['text'], leaveMessage: false, avoid: 'Not after 6pm', other: null })
  })

  it('“Email is fine, I live alone now”: the confirmation email is sent', () => {
    const { kept } = journey('domestic-abuse', { 'safe-to-contact': 'yes', 'safe-contact-ways': ['email', 'phone'], 'safe-message': 'yes' })
    expect(safeToEmail(getService('domestic-abuse')!, kept)).toBe(true)
  })
})
