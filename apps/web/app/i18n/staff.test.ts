import { describe, expect, it } from 'vitest'
import { cy, en } from './staff.ts'

/**
 * Keys whose Welsh text is rightly the same as the English one. Keep this list short, and say why for each key:
 * anything else equal to its English is a string someone forgot to translate.
 */
const SAME_IN_BOTH: Partial<Record<keyof typeof en, string>> = {
  eventOther: 'only a placeholder: the event kind is a code, shown as it is',
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('the back office in Welsh', () => {
  const keys = Object.keys(en) as (keyof typeof en)[]

  it('has every English key in Welsh, and no other', () => {
    expect(Object.keys(cy).sort()).toEqual([...keys].sort())
  })

  it('keeps the same {{placeholders}} in each text', () => {
    for (const key of keys) expect(placeholders(cy[key]), key).toEqual(placeholders(en[key]))
  })

  it('translates every text except the few that are the same in both languages', () => {
    const same = keys.filter((key) => cy[key].trim() === en[key].trim())
    expect(same.sort()).toEqual(Object.keys(SAME_IN_BOTH).sort())
  })

  it('has no empty Welsh text', () => {
    for (const key of keys) expect(cy[key].trim(), key).not.toBe('')
  })
})
