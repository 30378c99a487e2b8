import { describeRules } from '../testing/rules.ts'
import forcedMarriage from './forced-marriage.ts'

describeRules(forcedMarriage, {
  'emergency.danger': { danger: 'yes' },
  'forced-marriage.abroad': { abroad: 'yes' },
  'forced-marriage.reported': {},
  'forced-marriage.imminent': { what: ['marriage'], 'when-marriage': 'within-a-month' },
  'forced-marriage.threats': { what: ['threats'] },
  'forced-marriage.violence': { what: ['violence'] },
  'forced-marriage.control': { what: ['control'] },
  'forced-marriage.family': { relationship: 'parents' },
  'forced-marriage.child': { 'victim-age': 'under-18' },
  'forced-marriage.named': { 'suspect-name': 'My father, Tariq' },
  'victim.disability': { disability: 'yes' },
  'contact.anonymous': { contact: { anonymous: true } },
  'safe-contact.not-safe': { 'safe-to-contact': 'no' },
})
