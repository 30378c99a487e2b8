// Welsh has no one word for yes and no: the answer echoes the question's verb. Every yes/no question in the
// catalogue says in its data which answers it takes; this checks that they follow the verb it starts with, so a new
// question cannot fall back to a "Ie / Na" that reads wrongly.
import { describe, expect, it } from 'vitest'
import { services } from './catalogue/index.ts'
import { defaults, WELSH_YES_NO, yesNoLabels } from './messages.ts'
import { summarise } from './summarise.ts'
import type { WelshYesNo, YesNoQuestion } from './types.ts'
import { validate } from './validate.ts'

/** The answer form a Welsh question's opening words call for. */
const BY_VERB: [RegExp, WelshYesNo][] = [
  [/^Ai\b/, 'ie'],
  [/^A oes\b/, 'oes'],
  [/^A oedd\b/, 'oedd'],
  [/^A yw\b/, 'ydy'],
  [/^A ydyn(t)?\b/, 'ydyn'],
  [/^A ydych\b/, 'ydw'],
  [/^A (wnaeth|wnaethon|gafodd|ddigwyddodd)\b/, 'do'],
  [/^A fyddech\b/, 'byddwn'],
  [/^A allwch\b/, 'gallaf'],
  [/^A gawn\b/, 'cewch'],
]
const formFor = (cy: string) => BY_VERB.find(([verb]) => verb.test(cy))?.[1]

const yesNoQuestions = services.flatMap((s) =>
  s.questions.filter((q): q is YesNoQuestion => q.type === 'yes-no').map((q) => ({ service: s.id, question: q })),
)

describe('Welsh yes/no answers', () => {
  it('follow the verb of every yes/no question in the catalogue', () => {
    expect(yesNoQuestions.length).toBeGreaterThan(20)
    for (const { service, question } of yesNoQuestions) {
      const expected = formFor(question.text.cy)
      expect(expected, `${service}/${question.id}: “${question.text.cy}” starts with no verb this test knows; add it`).toBeDefined()
      expect(question.cyAnswer, `${service}/${question.id}: “${question.text.cy}”`).toBe(expected)
    }
  })

  it('use the plain “Ie / Na” only for a question that starts with “Ai”', () => {
    for (const { question } of yesNoQuestions.filter((q) => q.question.cyAnswer === 'ie')) expect(question.text.cy).toMatch(/^Ai\b/)
  })

  it('are named in the Welsh error, never a bare “ie”', () => {
    for (const { service, question } of yesNoQuestions) {
      const cy = question.required?.cy ?? ''
      expect(cy, `${service}/${question.id}`).not.toMatch(/\bie\b/)
      if (/^Dewiswch ‘/.test(cy)) expect(cy, `${service}/${question.id}`).toContain(`‘${WELSH_YES_NO[question.cyAnswer].yes}’`)
    }
  })

  it('label the radios, the summary and the default error in the page language', () => {
    const q: YesNoQuestion = { id: 'q', type: 'yes-no', cyAnswer: 'oes', text: { en: 'Is anyone hurt?', cy: 'A oes unrhyw un wedi’i anafu?' } }
    expect(yesNoLabels(q, 'cy')).toEqual({ yes: 'Oes', no: 'Nac oes' })
    expect(yesNoLabels(q, 'en')).toEqual({ yes: 'Yes', no: 'No' })
    expect(yesNoLabels({ cyAnswer: 'do' }, 'cy')).toEqual({ yes: 'Do', no: 'Naddo' })
    expect(yesNoLabels({ cyAnswer: 'ydw' }, 'cy')).toEqual({ yes: 'Ydw', no: 'Nac ydw' })
    expect(defaults.yesNo('ydy')).toEqual({ en: 'Select yes or no', cy: 'Dewiswch ‘Ydy’ neu ‘Nac ydy’' })
    const result = validate(q, {}, 'cy', { now: '2026-03-27T10:00:00Z' })
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['Dewiswch ‘Oes’ neu ‘Nac oes’'])
  })

  it('are what the check-answers summary shows', () => {
    const stalking = services.find((s) => s.id === 'stalking-harassment')!
    const rows = summarise(stalking, { danger: 'no', 'near-now': 'no' }, 'cy')
    expect(rows.find((r) => r.questionId === 'danger')?.answer).toBe('Nac oes')
    expect(rows.find((r) => r.questionId === 'near-now')?.answer).toBe('Nac ydy')
    expect(summarise(stalking, { danger: 'no' }, 'en')[0]?.answer).toBe('No')
  })
})
