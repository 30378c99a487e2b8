import { describeRules } from '../testing/rules.ts'
import enquiry from './general-enquiry.ts'

describeRules(enquiry, {
  'enquiry.fraud': { topic: 'fraud' },
  'enquiry.terrorism': { topic: 'terrorism' },
  'enquiry.anonymous': { topic: 'anonymous' },
  'enquiry.health': { topic: 'health' },
  'enquiry.civil': { topic: 'civil' },
  'enquiry.suicide-risk': { topic: 'struggling', 'act-now': 'yes' },
  'enquiry.struggling': { topic: 'struggling', 'act-now': 'no' },
  'enquiry.animal': { topic: 'animal' },
  'enquiry.received': {},
  'enquiry.existing-report': { topic: 'existing-report' },
})
