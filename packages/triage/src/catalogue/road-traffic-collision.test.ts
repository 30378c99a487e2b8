import { describeRules } from '../testing/rules.ts'
import rtc from './road-traffic-collision.ts'

describeRules(rtc, {
  'rtc.needs-help-now': { injured: 'needs-help-now' },
  'rtc.road-blocked': { 'road-blocked': 'yes' },
  'rtc.injury': { injured: 'yes' },
  'rtc.details-exchanged': { role: 'driver', 'details-exchanged': 'yes', 'failed-to-stop': 'no' },
  'rtc.reported': {},
  'rtc.failed-to-stop': { 'failed-to-stop': 'yes' },
  'rtc.other-registration': { 'other-registration': 'XY70ABC' },
  'rtc.impaired': { impaired: 'yes' },
  'evidence.cctv': { evidence: ['cctv'] },
  'evidence.dashcam': { evidence: ['dashcam'] },
  'evidence.photos': { evidence: ['photos'] },
  'evidence.witnesses': { evidence: ['witnesses'] },
})
