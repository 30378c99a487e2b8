import { describeRules } from '../testing/rules.ts'
import theft from './theft.ts'

describeRules(theft, {
  'emergency.danger': { danger: 'yes' },
  'emergency.happening-now': { 'happening-now': 'yes' },
  'theft.fraud': { how: 'tricked' },
  'theft.reported': {},
  'theft.robbery': { how: 'force-or-threat' },
  'theft.high-value': { value: 'over-1000' },
  'theft.business-known-offender': { 'for-business': 'yes', 'suspect-known': 'yes' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'victim.repeat': { repeat: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
