import { describe, expect, it } from 'vitest'
import { answerRows, flagOptions, flagViews, rationaleLines, safeContactInstructions } from './view.server.ts'

describe('the staff view of a report', () => {
  it('shows a stored ISO timestamp in UK time, as a person reads it', () => {
    const rows = answerRows([{ question: 'Is the information you have given true?', answer: 'I confirm this is true\n2026-07-01T08:05:00.000Z' }])
    expect(rows).toEqual([{ question: 'Is the information you have given true?', answer: 'I confirm this is true\n9:05am on 1 July 2026' }])
  })

  it('reads the safe-contact instructions from the answers as stored', () => {
    const stored = [
      { questionId: 'contact', question: 'What are your contact details?', answer: 'Sam', value: { anonymous: false, name: 'Sam', phone: '07700 900123' } },
      { questionId: 'safe-to-contact', question: 'Is it safe for us to contact you?', answer: 'No', value: 'no' },
      { questionId: 'safe-other', question: 'Is there another safe way for us to reach you?', answer: 'My sister', value: 'Through my sister' },
    ]
    expect(safeContactInstructions('domestic-abuse', stored)).toEqual({ safe: false, ways: [], leaveMessage: false, avoid: null, other: 'Through my sister' })
    // A service that does not ask, or a report with no answers to read, has no instructions.
    expect(safeContactInstructions('theft', stored)).toBeNull()
    expect(safeContactInstructions('domestic-abuse', null)).toBeNull()
  })

  it('shows flags by label in the reader’s language, safeguarding flags first', () => {
    const en = flagViews(['repeat-victim', 'hate-motivation', 'child-at-risk'], 'en')
    expect(en.map((f) => [f.label, f.safeguarding])).toEqual([
      ['Child at risk', true],
      ['Repeat victim', false],
      ['Hate motivated', false],
    ])
    expect(en[2]?.meaning).toBe('The person believes it was motivated by hostility to who they are')
    expect(flagViews(['child-at-risk'], 'cy')[0]?.label).toBe('Plentyn mewn perygl')
    // A flag an older version stored and this one no longer knows is shown as stored, not dropped.
    expect(flagViews(['retired-flag'], 'en')).toEqual([{ id: 'retired-flag', label: 'retired-flag', meaning: null, safeguarding: false }])
  })

  it('offers every flag in the queue filter by its label, in alphabetical order', () => {
    const options = flagOptions('en')
    expect(options).toHaveLength(25)
    expect(options.find((o) => o.value === 'hate-motivation')?.label).toBe('Hate motivated')
    expect(options.map((o) => o.label)).toEqual(options.map((o) => o.label).sort((a, b) => a.localeCompare(b, 'en-GB')))
    expect(flagOptions('cy').find((o) => o.value === 'danger-now')?.label).toBe('Perygl nawr')
  })

  it('gives the reasons for the priority in the reader’s language', () => {
    const stored = [{ ruleId: 'victim.repeat', reason: { en: 'It has happened to them before.', cy: 'Mae wedi digwydd iddynt o’r blaen.' } }, { because: 'older wording' }]
    expect(rationaleLines(stored, 'cy')).toEqual(['Mae wedi digwydd iddynt o’r blaen. (victim.repeat)', 'older wording'])
    expect(rationaleLines(stored)).toEqual(['It has happened to them before. (victim.repeat)', 'older wording'])
    expect(rationaleLines([{ reason: null }], 'cy')).toEqual(['{"reason":null}'])
  })
})
