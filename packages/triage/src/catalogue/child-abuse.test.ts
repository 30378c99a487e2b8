import { describe, expect, it } from 'vitest'
import { play } from '../testing/journey.ts'
import { describeRules } from '../testing/rules.ts'
import childAbuse from './child-abuse.ts'

// The default answer to "Do you know any of these?" is "No, I came across them online", which ends in advice:
// every case starts from a child the person knows, so that the report is made (and no one at risk of self-harm).
const base = { 'images-known': ['child'], 'self-harm': 'no' }

describeRules(
  childAbuse,
  {
    'emergency.danger': { danger: 'yes' },
    'child-abuse.with-them-now': { about: 'abuse', 'with-them-now': 'yes' },
    'child-abuse.self-harm-now': { about: 'grooming', 'grooming-what': ['sextortion'], 'self-harm': 'act-now' },
    'child-abuse.images-online': { about: 'images', 'images-known': ['neither'] },
    'child-abuse.reported': {},
    'child-abuse.images': { about: 'images', 'images-known': ['local'] },
    'child-abuse.grooming': { about: 'grooming', 'grooming-what': ['asked-images'] },
    'child-abuse.sextortion': { about: 'grooming', 'grooming-what': ['sextortion'] },
    'child-abuse.meeting': { about: 'grooming', 'grooming-what': ['meet'] },
    'child-abuse.sexual': { about: 'abuse', 'abuse-what': ['sexual'] },
    'child-abuse.physical': { about: 'abuse', 'abuse-what': ['physical'] },
    'child-abuse.neglect': { about: 'abuse', 'abuse-what': ['neglect'] },
    'child-abuse.at-home': { about: 'abuse', relationship: 'parent' },
    'child-abuse.known': { about: 'abuse', relationship: 'known' },
    'child-abuse.child-self': { about: 'grooming', who: 'me' },
    'child-abuse.suicide-risk': { about: 'grooming', 'grooming-what': ['sextortion'], 'self-harm': 'yes' },
    'child-abuse.named': { 'suspect-name': 'gamer_99' },
    'child-abuse.records': { about: 'grooming', 'kept-messages': 'yes' },
    'contact.anonymous': { contact: { anonymous: true } },
    'safe-contact.not-safe': { 'safe-to-contact': 'no' },
  },
  base,
)

describe('child abuse', () => {
  it('never offers an upload: a copy of a sexual image of a child is itself a crime to make or send', () => {
    expect(childAbuse.questions.some((q) => q.type === 'evidence-upload')).toBe(false)
  })

  it('sends images nobody can tie to a child or a place to the IWF and CEOP, with links to both', () => {
    const { outcome } = play(childAbuse, { about: 'images', 'images-known': ['neither'] })
    expect(outcome.type).toBe('ADVICE')
    if (outcome.type !== 'ADVICE') return
    expect(outcome.links.map((l) => l.url)).toEqual(['https://report.iwf.org.uk/', 'https://www.ceop.police.uk/ceop-reporting/'])
    expect(outcome.advice.en).toMatch(/Do not download/)
  })

  it('asks where the images were, and tells the person they can also report them to the IWF, when it is a police report', () => {
    const { asked } = play(childAbuse, { about: 'images', 'images-known': ['child'] })
    expect(asked).toContain('images-where')
    expect(childAbuse.questions.find((q) => q.id === 'images-where')!.hint!.en).toMatch(/report\.iwf\.org\.uk/)
  })

  it('after a police report about images, points the person to the IWF to get them taken down, in English and Welsh', () => {
    for (const known of [['child'], ['local'], ['child', 'local']]) {
      const { outcome } = play(childAbuse, { ...base, about: 'images', 'images-known': known })
      expect(outcome.type, known.join()).toBe('SUBMIT')
      if (outcome.type !== 'SUBMIT') return
      expect(outcome.links, known.join()).toEqual([
        {
          text: {
            en: 'Report the web address to the Internet Watch Foundation (IWF), so the images are taken down',
            cy: 'Rhoi gwybod i’r Internet Watch Foundation (IWF) am y cyfeiriad gwe, er mwyn i’r lluniau gael eu tynnu i lawr',
          },
          url: 'https://report.iwf.org.uk/',
        },
      ])
    }
  })

  it('gives no IWF link to a report that is not about images', () => {
    for (const answers of [{ about: 'grooming', 'grooming-what': ['asked-images'] }, { about: 'abuse', 'abuse-what': ['sexual'] }]) {
      const { outcome } = play(childAbuse, { ...base, ...answers })
      expect(outcome.type).toBe('SUBMIT')
      expect(outcome.type === 'SUBMIT' && outcome.links).toBeUndefined()
    }
  })

  it('tells a young person being blackmailed not to pay, and to report to CEOP', () => {
    const paid = childAbuse.questions.find((q) => q.id === 'paid')!
    expect(paid.hint!.en).toMatch(/Do not pay/)
    expect(paid.hint!.en).toMatch(/CEOP/)
    expect(play(childAbuse, { about: 'grooming', 'grooming-what': ['sextortion'] }).asked).toEqual(expect.arrayContaining(['paid', 'self-harm']))
    expect(play(childAbuse, { about: 'grooming', 'grooming-what': ['meet'] }).asked).not.toContain('paid')
  })

  it('sends someone who may act on thoughts of ending their life to 999, with Samaritans and Childline', () => {
    const { outcome } = play(childAbuse, { about: 'grooming', 'grooming-what': ['sextortion'], 'self-harm': 'act-now' })
    expect(outcome).toMatchObject({ type: 'EMERGENCY', call: '999', advice: { en: expect.stringMatching(/116 123/) } })
    if (outcome.type === 'EMERGENCY') expect(outcome.links!.map((l) => l.url)).toEqual(['https://www.samaritans.org/', 'https://www.childline.org.uk/'])
  })
})
