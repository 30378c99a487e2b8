import { describeRules } from '../testing/rules.ts'
import assault from './assault.ts'

describeRules(assault, {
  'emergency.danger': { danger: 'yes' },
  'emergency.happening-now': { 'happening-now': 'yes' },
  'emergency.suspect-nearby': { 'suspect-nearby': 'yes' },
  'assault.needs-help-now': { 'needs-help-now': 'yes' },
  'assault.reported': {},
  'assault.injury': { injury: 'minor' },
  'assault.treated': { injury: 'treated' },
  'assault.weapon': { weapon: 'yes' },
  'assault.domestic': { relationship: 'partner' },
  'assault.children': { relationship: 'family', 'children-present': 'yes' },
  'assault.known': { relationship: 'known' },
  'assault.hate': { hate: 'yes' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'victim.repeat': { repeat: 'yes' },
  'suspect.known': { relationship: 'stranger', 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
