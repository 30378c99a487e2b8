import { describe, expect, it } from 'vitest'
import { catalogue } from './catalogue.ts'

/** Every key has a Welsh and an English message, and neither is empty. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('the message catalogue', () => {
  it('has the same keys in English and Welsh', () => {
    expect(keys(catalogue.cy).sort()).toEqual(keys(catalogue.en).sort())
  })
  it('has no empty messages', () => {
    for (const lang of [catalogue.en, catalogue.cy]) {
      const flat = keys(lang)
      for (const key of flat) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], lang)
        expect(String(value).trim(), key).not.toBe('')
      }
    }
  })
})
