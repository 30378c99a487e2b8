import { describeRules } from '../testing/rules.ts'
import publicHealth from './public-health-breach.ts'

describeRules(publicHealth, {
  'emergency.danger': { danger: 'yes' },
  'public-health.health-question': { kind: 'health' },
  'public-health.reported': {},
  'public-health.ongoing': { ongoing: 'yes' },
  'public-health.large-gathering': { kind: 'gathering', size: 'over-100' },
  'public-health.business': { kind: 'business' },
  'contact.anonymous': { contact: { anonymous: true } },
})
