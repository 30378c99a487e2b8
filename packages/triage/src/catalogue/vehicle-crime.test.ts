import { describeRules } from '../testing/rules.ts'
import vehicleCrime from './vehicle-crime.ts'

describeRules(vehicleCrime, {
  'emergency.danger': { danger: 'yes' },
  'emergency.happening-now': { 'happening-now': 'yes' },
  'emergency.suspect-nearby': { 'suspect-nearby': 'yes' },
  'vehicle.untaxed': { 'what-happened': 'untaxed' },
  'vehicle.abandoned': { 'what-happened': 'abandoned' },
  'vehicle.reported': {},
  'vehicle.stolen': { 'what-happened': 'stolen' },
  'vehicle.tracker': { 'what-happened': 'stolen', tracker: 'yes' },
  'vehicle.tampered': { 'what-happened': 'tampered' },
  'victim.repeat': { repeat: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
