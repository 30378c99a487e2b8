import { describeRules } from '../testing/rules.ts'
import found from './found-property.ts'

describeRules(found, {
  'found.weapon': { item: 'weapon' },
  'found.needles': { item: 'needles' },
  'found.passport': { item: 'passport' },
  'found.bank-card': { item: 'bank-card' },
  'found.hand-to-operator': { 'where-found': 'venue' },
  'found.reported': {},
  'found.drugs': { item: 'drugs' },
})
