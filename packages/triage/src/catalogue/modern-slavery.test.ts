import { describeRules } from '../testing/rules.ts'
import modernSlavery from './modern-slavery.ts'

describeRules(modernSlavery, {
  'emergency.danger': { danger: 'yes' },
  'modern-slavery.talk-first': { want: 'talk' },
  'modern-slavery.reported': {},
  'modern-slavery.still-controlled': { 'still-controlled': 'yes' },
  'modern-slavery.sexual': { signs: ['sexual'] },
  'modern-slavery.threats': { signs: ['threats'] },
  'modern-slavery.control': { signs: ['documents'], 'still-controlled': 'not-sure' },
  'modern-slavery.child': { 'victim-age': 'under-18' },
  'modern-slavery.many': { 'how-many': 'many' },
  'modern-slavery.named': { business: 'Sparkle Hand Car Wash' },
  'modern-slavery.self': { who: 'me', 'still-controlled': 'yes' },
  'victim.older': { 'victim-age': '65-or-over' },
  'contact.anonymous': { contact: { anonymous: true } },
  'safe-contact.not-safe': { 'safe-to-contact': 'no' },
})
