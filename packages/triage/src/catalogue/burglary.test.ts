import { describeRules } from '../testing/rules.ts'
import burglary from './burglary.ts'

describeRules(burglary, {
  'emergency.danger': { danger: 'yes' },
  'emergency.happening-now': { 'happening-now': 'yes' },
  'emergency.suspect-nearby': { 'suspect-nearby': 'yes' },
  'burglary.reported': {},
  'burglary.home': { premises: 'home' },
  'burglary.occupied': { 'got-in': 'yes', occupied: 'yes' },
  'burglary.weapon': { 'got-in': 'yes', occupied: 'yes', weapon: 'yes' },
  'burglary.attempt': { 'got-in': 'no' },
  'burglary.forensics': { 'got-in': 'yes', untouched: 'yes' },
  'victim.child': { premises: 'home', 'victim-age': 'under-18' },
  'victim.older': { premises: 'home', 'victim-age': '65-or-over' },
  'victim.disability': { premises: 'home', disability: 'yes' },
  'victim.repeat': { repeat: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
