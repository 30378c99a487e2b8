import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateReference, isValidReference, normaliseReference, REFERENCE_ALPHABET } from './reference.ts'

const bytes = fc.uint8Array({ minLength: 5, maxLength: 16 })
// Any three capital letters: a new force's prefix is as valid as the first 46.
const prefix = fc.stringMatching(/^[A-Z]{3}$/)
const reference = fc.tuple(prefix, bytes, fc.integer({ min: 2000, max: 2099 })).map(([p, b, y]) => generateReference(p, b, y))

describe('reference numbers', () => {
  it('look like LEI-26-7KQ4-XM and use no ambiguous characters', () => {
    const ref = generateReference('LEI', Uint8Array.from([1, 2, 3, 4, 5]), 2026)
    expect(ref).toMatch(/^LEI-26-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/)
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/)
    expect(REFERENCE_ALPHABET).toHaveLength(31)
  })

  it('are the same for the same bytes, and valid', () => {
    fc.assert(
      fc.property(prefix, bytes, (p, b) => {
        const ref = generateReference(p, b, 2026)
        expect(generateReference(p, b, 2026)).toBe(ref)
        expect(isValidReference(ref)).toBe(true)
      }),
    )
  })

  it('reject any single mistyped character', () => {
    fc.assert(
      fc.property(reference, fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), (ref, at, char) => {
        const positions = [...ref].map((ch, i) => (ch === '-' ? -1 : i)).filter((i) => i >= 0)
        const i = positions[at % positions.length]!
        if (ref[i] === char) return
        expect(isValidReference(ref.slice(0, i) + char + ref.slice(i + 1))).toBe(false)
      }),
      { numRuns: 5000 },
    )
  })

  it('reject two neighbouring characters swapped', () => {
    fc.assert(
      fc.property(reference, fc.nat(), (ref, at) => {
        const compact = ref.replace(/-/g, '')
        const i = at % (compact.length - 1)
        if (compact[i] === compact[i + 1]) return
        const swapped = compact.slice(0, i) + compact[i + 1] + compact[i] + compact.slice(i + 2)
        expect(normaliseReference(swapped)).toBeUndefined()
      }),
      { numRuns: 5000 },
    )
  })

  it('tidy what people type', () => {
    const ref = generateReference('LEI', Uint8Array.from([9, 8, 7, 6, 5]), 26)
    expect(normaliseReference(` ${ref.toLowerCase().replace(/-/g, ' ')} `)).toBe(ref)
    expect(normaliseReference('nonsense')).toBeUndefined()
    expect(isValidReference(ref.toLowerCase())).toBe(false)
  })

  it('refuse too few random bytes, or anything but a prefix of three capital letters', () => {
    expect(() => generateReference('LEI', new Uint8Array(4), 2026)).toThrow(RangeError)
    expect(() => generateReference('leicestershire', new Uint8Array(5), 2026)).toThrow(/Not a reference prefix/)
    expect(() => generateReference('LE', new Uint8Array(5), 2026)).toThrow(/Not a reference prefix/)
  })
})
