import { describe, expect, it } from 'vitest'
import roadTrafficCollision from './catalogue/road-traffic-collision.ts'
import theft from './catalogue/theft.ts'
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
    expect(row('declaration').answer).toBe(`I confirm this is true\n${NOW}`)
  })

  it('speaks Welsh', () => {
    const rows = summarise(theft, answers, 'cy')
    expect(rows[0]).toMatchObject({ question: 'A oes unrhyw un mewn perygl uniongyrchol?', answer: 'Na' })
    expect(rows.find((r) => r.questionId === 'when')!.answer).toBe('20 Mawrth 2026\nNoswaith')
  })

  it('leaves out answers no longer on the path', () => {
    const rows = summarise(theft, { ...answers, 'suspect-known': 'yes' }, 'en')
    expect(rows.map((r) => r.questionId)).not.toContain('suspect-description')
  })

  it('shows who signed a statement', () => {
    const { answers: rtc } = play(roadTrafficCollision, { role: 'other' })
    expect(summarise(roadTrafficCollision, rtc, 'en').at(-1)!.answer).toBe(`Agreed and signed by Sam Jones\n${NOW}`)
  })
})
