import { describeRules } from '../testing/rules.ts'
import lost from './lost-property.ts'

describeRules(lost, {
  'lost.passport': { item: 'passport' },
  'lost.driving-licence': { item: 'driving-licence' },
  'lost.bank-card': { item: 'bank-card' },
  'lost.stolen': { stolen: 'yes' },
  'lost.ask-the-operator': { 'where-lost': 'transport' },
  'lost.reported': {},
  'lost.firearm': { item: 'firearm' },
  'lost.identifiable': { serial: 'IMEI 356938035643809' },
})
