import { describeRules } from '../testing/rules.ts'
import spiking from './spiking.ts'

describeRules(spiking, {
  'emergency.danger': { danger: 'yes' },
  'spiking.needs-help-now': { 'needs-help-now': 'yes' },
  'spiking.reported': {},
  'spiking.needle': { method: 'needle' },
  'spiking.recent': { recent: 'yes' },
  'spiking.venue': { venue: 'The Crown' },
  'victim.child': { 'victim-age': 'under-18' },
  'victim.older': { 'victim-age': '65-or-over' },
  'victim.disability': { disability: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
