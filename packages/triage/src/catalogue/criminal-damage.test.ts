import { describeRules } from '../testing/rules.ts'
import criminalDamage from './criminal-damage.ts'

describeRules(criminalDamage, {
  'emergency.danger': { danger: 'yes' },
  'emergency.happening-now': { 'happening-now': 'yes' },
  'emergency.suspect-nearby': { 'suspect-nearby': 'yes' },
  'criminal-damage.public-graffiti': { damaged: 'public', graffiti: 'yes' },
  'criminal-damage.reported': {},
  'criminal-damage.arson': { fire: 'yes' },
  'criminal-damage.costly': { cost: 'over-5000' },
  'criminal-damage.hate': { targeted: 'yes' },
  'victim.child': { damaged: 'home', 'victim-age': 'under-18' },
  'victim.older': { damaged: 'vehicle', 'victim-age': '65-or-over' },
  'victim.disability': { damaged: 'home', disability: 'yes' },
  'victim.repeat': { repeat: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
