import { describe, expect, it } from 'vitest'
import { play } from '../testing/journey.ts'
import { describeRules } from '../testing/rules.ts'
import intimateImageAbuse from './intimate-image-abuse.ts'

// Every case starts from someone not at risk of harming themselves (the first answer offered is the one that stops).
const base = { 'self-harm': 'no' }

describeRules(
  intimateImageAbuse,
  {
    'emergency.danger': { danger: 'yes' },
    'intimate-image-abuse.under-18': { 'under-18': 'yes' },
    'intimate-image-abuse.remove-only': { want: 'remove-only' },
    'intimate-image-abuse.self-harm-now': { 'self-harm': 'act-now' },
    'intimate-image-abuse.reported': {},
    'intimate-image-abuse.shared': { what: ['shared'] },
    'intimate-image-abuse.threatened': { what: ['threatened'] },
    'intimate-image-abuse.sextortion': { what: ['sextortion'] },
    'intimate-image-abuse.domestic': { relationship: 'ex-partner' },
    'intimate-image-abuse.known': { relationship: 'known' },
    'intimate-image-abuse.named': { 'suspect-name': 'Sam' },
    'intimate-image-abuse.records': { 'kept-messages': 'yes' },
    'intimate-image-abuse.suicide-risk': { 'self-harm': 'yes' },
    'contact.anonymous': { contact: { anonymous: true } },
    'safe-contact.not-safe': { 'safe-to-contact': 'no' },
  },
  base,
)

describe('intimate image abuse', () => {
  it('sends images of someone under 18 to the child abuse report, which exists', () => {
    const { outcome } = play(intimateImageAbuse, { 'under-18': 'yes' })
    expect(outcome.type === 'ADVICE' && outcome.links.map((l) => l.url)).toContain('/services/child-abuse')
  })

  it('tells someone being blackmailed not to pay', () => {
    expect(intimateImageAbuse.questions.find((q) => q.id === 'paid')!.hint!.en).toMatch(/^Do not pay/)
    expect(play(intimateImageAbuse, { ...base, what: ['sextortion'] }).asked).toContain('paid')
  })

  it('shows the Revenge Porn Helpline and Samaritans on every page', () => {
    expect(intimateImageAbuse.helplines).toEqual(['intimate-image-abuse', 'suicide'])
  })
})
