import { describeRules } from '../testing/rules.ts'
import dashcam from './dashcam-evidence.ts'

describeRules(dashcam, {
  'dashcam.too-old': { 'within-14-days': 'no' },
  'dashcam.not-willing': { 'willing-to-attend-court': 'no' },
  'dashcam.reported': {},
  'dashcam.dangerous': { offence: 'dangerous' },
  'dashcam.phone': { offence: 'phone' },
  'dashcam.vulnerable-road-user': { 'road-user': 'cycling' },
}, { 'within-14-days': 'yes', 'willing-to-attend-court': 'yes', footage: ['upload-1'] })
