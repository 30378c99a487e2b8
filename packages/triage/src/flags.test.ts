import { describe, expect, it } from 'vitest'
import { FLAG_TEXT, SAFEGUARDING_FLAGS, describeFlag, isFlag } from './flags.ts'
import { services } from './catalogue/index.ts'
import { FLAGS } from './types.ts'

describe('flag labels', () => {
  it('gives every flag a label and a one-line meaning in English and Welsh, and nothing else', () => {
    expect(Object.keys(FLAG_TEXT).sort()).toEqual([...FLAGS].sort())
    for (const flag of FLAGS) {
      const { label, meaning } = FLAG_TEXT[flag]
      for (const text of [label.en, label.cy, meaning.en, meaning.cy]) {
        expect(text.trim(), flag).not.toBe('')
        // One line, said plainly: no raw ids, no full stop (it reads as a hint next to the label).
        expect(text, flag).not.toMatch(/\n|\.$/)
      }
      expect(label.en, flag).not.toBe(flag)
      expect(label.en.length, flag).toBeLessThanOrEqual(30)
    }
  })

  it('labels are distinct, so a filter lists no two flags alike', () => {
    for (const locale of ['en', 'cy'] as const) {
      const labels = FLAGS.map((f) => FLAG_TEXT[f].label[locale])
      expect(new Set(labels).size, locale).toBe(labels.length)
    }
  })

  it('marks the flags that mean someone may be at risk of serious harm as safeguarding', () => {
    expect([...SAFEGUARDING_FLAGS].sort()).toEqual(
      ['child-sexual-abuse', 'child-at-risk', 'danger-now', 'suicide-risk', 'domestic-abuse', 'modern-slavery', 'honour-based-abuse', 'fgm'].sort(),
    )
  })

  it('describes a flag in the reader’s language, and keeps one it does not know as it was stored', () => {
    expect(describeFlag('hate-motivation', 'en')).toEqual({
      id: 'hate-motivation',
      label: 'Hate motivated',
      meaning: 'The person believes it was motivated by hostility to who they are',
      safeguarding: false,
    })
    expect(describeFlag('child-at-risk', 'en')).toMatchObject({ label: 'Child at risk', safeguarding: true })
    expect(describeFlag('child-at-risk', 'cy')).toMatchObject({ label: 'Plentyn mewn perygl', safeguarding: true })
    expect(describeFlag('retired-flag', 'cy')).toEqual({ id: 'retired-flag', label: 'retired-flag', meaning: null, safeguarding: false })
    expect(isFlag('constructor')).toBe(false)
    expect(isFlag('fgm')).toBe(true)
  })

  it('covers every flag a service’s rules can raise', () => {
    for (const service of services) for (const rule of service.assess) for (const flag of rule.flags ?? []) expect(isFlag(flag), `${service.id} ${rule.id}`).toBe(true)
  })
})
