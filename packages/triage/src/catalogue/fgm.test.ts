import { describeRules } from '../testing/rules.ts'
import fgm from './fgm.ts'

describeRules(fgm, {
  'emergency.danger': { danger: 'yes' },
  'fgm.advice-first': { want: 'advice' },
  'fgm.reported': {},
  'fgm.child': { 'under-18': 'yes' },
  'fgm.imminent': { situation: 'at-risk', 'when-planned': 'weeks' },
  'fgm.done': { situation: 'done' },
  'fgm.professional': { reporter: 'professional' },
  'fgm.named': { 'suspect-name': 'Her grandmother' },
  'contact.anonymous': { contact: { anonymous: true } },
  'safe-contact.not-safe': { 'safe-to-contact': 'no' },
})
