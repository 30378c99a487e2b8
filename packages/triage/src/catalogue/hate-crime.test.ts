import { describeRules } from '../testing/rules.ts'
import hateCrime from './hate-crime.ts'

describeRules(hateCrime, {
  'emergency.danger': { danger: 'yes' },
  'emergency.happening-now': { 'happening-now': 'yes' },
  'hate.needs-help-now': { kind: 'violence', 'needs-help-now': 'yes' },
  'hate.extremist': { kind: 'online', extremist: 'yes' },
  'hate.online-true-vision': { kind: 'online', extremist: 'no', 'aimed-at': 'no' },
  'hate.reported': {},
  'hate.violence': { kind: 'violence' },
  'hate.damage': { kind: 'damage' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'victim.repeat': { repeat: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
  'contact.anonymous': { contact: { anonymous: true } },
})
