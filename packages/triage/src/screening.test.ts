import { describe, expect, it } from 'vitest'
import { screenTexts, screeningReason } from './screening.ts'
import { SCREENING, SCREENING_CONCERNS } from './screening-terms.ts'
import { FLAGS, PRIORITIES } from './types.ts'

const question = { en: 'What happened?', cy: 'Beth ddigwyddodd?' }
const read = (...texts: string[]) => screenTexts(texts.map((text, i) => ({ questionId: `q${i}`, question, text })))
const concerns = (...texts: string[]) => read(...texts).findings.map((f) => f.concern)

describe('free-text screening finds each concern', () => {
  it.each([
    ['He said he is going to kill me when he gets back', 'danger-now'],
    ['He is outside my door shouting', 'danger-now'],
    ['Mae e’n bygwth fy lladd', 'danger-now'],
    ['Rydw i mewn perygl', 'danger-now'],
    ['Sometimes I think about ending it. I want to die', 'suicide'],
    ['She said she would kill herself if I left', 'suicide'],
    ['Mae e wedi sôn am hunanladdiad', 'suicide'],
    ['He keeps sending my 14 year old nude pictures', 'child-sexual-abuse'],
    ['There are indecent images on his laptop', 'child-sexual-abuse'],
    ['Mae lluniau anweddus ar ei ffôn', 'child-sexual-abuse'],
    ['My neighbour hits the children every night', 'child-at-risk'],
    ['Mae’r plant yn cael eu taro', 'child-at-risk'],
    ['He raped me after the party', 'sexual-abuse'],
    ['A man groped me on the bus', 'sexual-abuse'],
    ['Cefais fy nhreisio', 'sexual-abuse'],
    ['He pulled a knife on my brother', 'weapon'],
    ['They were stabbed outside the shop', 'weapon'],
    ['Roedd ganddo gyllell', 'weapon'],
    ['My husband hits me when he drinks', 'domestic-abuse'],
    ['It is coercive control, he checks my phone', 'domestic-abuse'],
    ['Mae fy ngŵr yn fy nharo', 'domestic-abuse'],
  ] as const)('%s → %s', (text, concern) => {
    expect(concerns(text)).toContain(concern)
  })
})

describe('free-text screening leaves ordinary reports alone', () => {
  it.each([
    'Someone took my bike from outside the station',
    'My child’s scooter was stolen from the garden',
    'He did not have a knife, he just shouted',
    'There was no weapon and nobody was hurt',
    'Nid oedd ganddo gyllell',
    'My son’s game controller was taken from the car',
    'The stable door was damaged overnight',
    'I bought rapeseed oil and was overcharged',
    'I was not in danger but my car was scratched',
    'Dog grooming van parked across my drive',
    'The car was on Hitchin Road near Burnley',
    'Fe wnes i adael fy ffôn yn y dafarn',
  ])('%s', (text) => {
    expect(concerns(text)).toEqual([])
  })

  it('reads a denial only within its own sentence', () => {
    expect(concerns('Nobody was hurt. He had a knife in his belt')).toEqual(['weapon'])
  })

  it('pairs words only when they are close together', () => {
    const far = 'My daughter was at school all day and then later in the evening, long after everything else had happened, a man I do not know hit the car'
    expect(concerns(far)).not.toContain('child-at-risk')
    expect(concerns('a man hit my daughter')).toContain('child-at-risk')
  })
})

describe('what a finding records', () => {
  it('gives one finding per concern, from the first answer that shows it', () => {
    const screening = read('nothing here', 'he had a knife', 'and a gun too')
    expect(screening.findings).toEqual([{ concern: 'weapon', questionId: 'q1', question, words: 'knife' }])
  })

  it('says which words, in which answer, and what they suggest, in both languages', () => {
    const [finding] = read('Roedd ganddo gyllell').findings
    expect(screeningReason(finding!)).toEqual({
      ruleId: 'screening.weapon',
      reason: {
        en: 'The words “gyllell” in the answer to “What happened?” suggest a weapon may be involved.',
        cy: 'Mae’r geiriau “gyllell” yn yr ateb i “Beth ddigwyddodd?” yn awgrymu y gallai arf fod yn rhan o hyn.',
      },
    })
  })

  it('asks for the 999 advice for danger now and suicide, and not for the rest', () => {
    expect(read('he is going to kill me')).toMatchObject({ dangerNow: true, suicide: false })
    expect(read('I want to end my life')).toMatchObject({ dangerNow: true, suicide: true })
    expect(read('he had a knife last week')).toMatchObject({ dangerNow: false, suicide: false })
  })

  it('reads curly and straight apostrophes and capitals alike', () => {
    expect(concerns('He WON’T LET ME leave, my partner')).toContain('domestic-abuse')
    expect(concerns("He won't let me leave, my partner")).toContain('domestic-abuse')
  })
})

describe('the terms as data', () => {
  it('covers every concern once, with a real flag and priority, and words in both languages', () => {
    expect(SCREENING.map((rule) => rule.concern)).toEqual([...SCREENING_CONCERNS])
    for (const rule of SCREENING) {
      expect(FLAGS, rule.concern).toContain(rule.flag)
      expect(PRIORITIES, rule.concern).toContain(rule.atLeast)
      expect(rule.phrases.en.length, rule.concern).toBeGreaterThan(0)
      expect(rule.phrases.cy.length, rule.concern).toBeGreaterThan(0)
      expect(rule.suggests.cy, rule.concern).not.toBe('')
    }
  })

  it('keeps every phrase in lower case, so it can match text read in lower case', () => {
    for (const rule of SCREENING) {
      for (const phrase of [...rule.phrases.en, ...rule.phrases.cy]) expect(phrase, rule.concern).toBe(phrase.toLowerCase())
    }
  })
})
