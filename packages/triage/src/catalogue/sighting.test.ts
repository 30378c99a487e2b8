import { describeRules } from '../testing/rules.ts'
import sighting from './sighting.ts'

describeRules(sighting, {
  'emergency.danger': { danger: 'yes' },
  'sighting.in-sight-now': { 'in-sight-now': 'yes' },
  'sighting.anonymous': { who: 'wanted', 'stay-anonymous': 'yes' },
  'sighting.reported': {},
  'sighting.missing': { who: 'missing' },
  'sighting.missing-child': { who: 'missing', child: 'yes' },
  'sighting.wanted': { who: 'wanted' },
})
