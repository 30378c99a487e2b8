import { describeRules } from '../testing/rules.ts'
import asb from './antisocial-behaviour.ts'

describeRules(asb, {
  'emergency.danger': { danger: 'yes' },
  'asb.noise': { kind: 'noise' },
  'asb.fly-tipping': { kind: 'fly-tipping' },
  'asb.abandoned-vehicle': { kind: 'abandoned-vehicle' },
  'asb.reported': {},
  'asb.ongoing': { ongoing: 'yes' },
  'asb.persistent': { frequency: 'daily' },
  'asb.targeted': { targeted: 'yes' },
  'asb.hate': { targeted: 'yes', hate: 'yes' },
  'asb.drugs': { kind: 'drugs' },
  'asb.vehicles': { kind: 'vehicles' },
  'victim.child': { targeted: 'yes', 'victim-age': 'under-18' },
  'victim.older': { targeted: 'yes', 'victim-age': '65-or-over' },
  'victim.disability': { targeted: 'yes', disability: 'yes' },
  'suspect.known': { 'suspect-known': 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
  'contact.anonymous': { contact: { anonymous: true } },
})
