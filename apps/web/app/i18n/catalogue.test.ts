import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { catalogue } from './catalogue.ts'
import { flatKeys as keys, sourceFiles, usedInSource } from './keys.ts'

/**
 * Key-like literals in the code that are not in the catalogue, each with why. Keep it empty if you can: anything else
 * here is a misspelt key or a message someone forgot to write.
 */
const NOT_IN_CATALOGUE: Record<string, string> = {
  'staff.unknownAction': 'the error for a back-office form posted with no or an unknown intent, which no page of ours sends',
}

const appRoot = fileURLToPath(new URL('../..', import.meta.url))

function usedKeys() {
  const sections = Object.keys(catalogue.en)
  const literals = new Set<string>()
  const prefixes = new Set<string>()
  for (const file of sourceFiles(appRoot)) {
    const used = usedInSource(readFileSync(file, 'utf8'), sections)
    for (const key of used.literals) literals.add(key)
    for (const prefix of used.prefixes) prefixes.add(prefix)
  }
  return { literals, prefixes }
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

  describe('and the code', () => {
    const all = keys(catalogue.en)
    const { literals, prefixes } = usedKeys()

    it('uses every key', () => {
      const unused = all.filter((key) => !literals.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)))
      expect(unused, 'keys no code uses: remove them from both languages').toEqual([])
    })

    it('builds keys only under a sub-section, never a whole section', () => {
      // `${section}.${anything}` would count a whole section as used: build such keys through a typed map instead.
      const wide = [...prefixes].filter((prefix) => prefix.split('.').filter(Boolean).length < 2)
      expect(wide).toEqual([])
    })

    it('writes no key that is not in the catalogue', () => {
      const known = new Set(all)
      const unknown = [...literals].filter((key) => !known.has(key) && !(key in NOT_IN_CATALOGUE)).sort()
      expect(unknown, 'key-like strings not in the catalogue').toEqual([])
    })

    it('finds the keys it is meant to', () => {
      // A guard on the scan itself: if it finds nothing, every test above passes for nothing.
      expect(literals.has('common.skipLink')).toBe(true)
      expect(literals.has('staff.publicReceived')).toBe(true)
      expect(prefixes.has('pages.privacy.')).toBe(true)
    })
  })
})
