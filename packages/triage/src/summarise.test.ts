import { describe, expect, it } from 'vitest'
import roadTrafficCollision from './catalogue/road-traffic-collision.ts'
import theft from './catalogue/theft.ts'
import { formatDateTime } from './messages.ts'
import { summarise } from './summarise.ts'
import { NOW, play } from './testing/journey.ts'

describe('summarise (check answers)', () => {
  const { answers } = play(theft, {
    how: 'taken',
    stolen: ['phone', 'bank-cards'],
    when: { date: '2026-03-20', timeOfDay: 'evening' },
    'suspect-known': 'no',
    'suspect-description': { age: 'About 20', clothing: 'Grey hoodie' },
    evidence: ['cctv'],
    'evidence-files': ['f1', 'f2'],
  })

  it('lists each question as asked with the answer as given, in order', () => {
    const rows = summarise(theft, answers, 'en')
    expect(rows.map((r) => r.questionId)).toEqual(Object.keys(answers))
    const row = (id: string) => rows.find((r) => r.questionId === id)!
    expect(row('danger')).toEqual({ questionId: 'danger', question: 'Is anyone in immediate danger?', answer: 'No', changeId: 'danger', sensitive: false })
    expect(row('stolen').answer).toBe('A mobile phone\nBank cards')
    expect(row('when').answer).toBe('20 March 2026\nEvening')
    expect(row('suspect-description').answer).toBe('Age: About 20\nClothing: Grey hoodie')
    expect(row('evidence-files').answer).toBe('2 files attached')
    expect(row('contact').answer).toBe('Sam Jones\nsam@example.com')
    // Never the stored ISO timestamp: the time in the UK, as a person reads it.
    expect(row('declaration').answer).toBe('I confirm this is true\n10:00am on 27 March 2026')
  })

  it('speaks Welsh', () => {
    const rows = summarise(theft, answers, 'cy')
    expect(rows[0]).toMatchObject({ question: 'A oes unrhyw un mewn perygl uniongyrchol?', answer: 'Nac oes' })
    expect(rows.find((r) => r.questionId === 'when')!.answer).toBe('20 Mawrth 2026\nNoswaith')
    expect(rows.find((r) => r.questionId === 'declaration')!.answer).toBe('Rwy’n cadarnhau bod hyn yn wir\n10:00yb ar 27 Mawrth 2026')
  })

  it('leaves out answers no longer on the path', () => {
    const rows = summarise(theft, { ...answers, 'suspect-known': 'yes' }, 'en')
    expect(rows.map((r) => r.questionId)).not.toContain('suspect-description')
  })

  it('shows who signed a statement', () => {
    const { answers: rtc } = play(roadTrafficCollision, { role: 'other' })
    expect(summarise(roadTrafficCollision, rtc, 'en').at(-1)!.answer).toBe('Agreed and signed by Sam Jones\n10:00am on 27 March 2026')
    expect(summarise(roadTrafficCollision, rtc, 'en').at(-1)!.answer).not.toContain(NOW)
  })
})

describe('formatDateTime', () => {
  it('gives UK time, in summer time too, with am and pm', () => {
    expect(formatDateTime('2026-07-01T08:05:00.000Z', 'en')).toBe('9:05am on 1 July 2026')
    expect(formatDateTime('2026-12-01T23:30:00.000Z', 'en')).toBe('11:30pm on 1 December 2026')
    expect(formatDateTime('2026-06-30T23:30:00.000Z', 'en')).toBe('12:30am on 1 July 2026')
    expect(formatDateTime('2026-07-01T11:00:00.000Z', 'cy')).toBe('12:00yh ar 1 Gorffennaf 2026')
  })

  it('leaves anything that is not a timestamp as it is', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date')
  })
})
