import { describeRules } from '../testing/rules.ts'
import stalking from './stalking-harassment.ts'

describeRules(stalking, {
  'emergency.danger': { danger: 'yes' },
  'stalking.near-now': { 'near-now': 'yes' },
  'stalking.online-child': { 'victim-age': 'under-18', relationship: 'online-only', 'online-child': 'yes' },
  'stalking.reported': {},
  'stalking.fear-violence': { 'fear-violence': 'yes' },
  'stalking.domestic': { relationship: 'ex-partner' },
  'stalking.following': { behaviour: ['following'] },
  'stalking.threats': { behaviour: ['threats'] },
  'stalking.images': { behaviour: ['images'] },
  'stalking.long-running': { 'how-long': 'over-6-months' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
