// Report reference numbers, e.g. LEI-26-7KQ4-XM: the force prefix, the two-digit year, five random
// characters and a check character. The alphabet leaves out 0, O, 1, I and L, which people misread and
// mistype. It has 31 characters, a prime, so a weighted sum modulo 31 catches every single wrong character
// and every swap of two neighbouring characters: a mistyped reference is rejected, never matched to another.

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const BASE = REFERENCE_ALPHABET.length
const FORMAT = /^([A-Z]{3})-(\d{2})-([2-9A-HJKMNP-Z]{4})-([2-9A-HJKMNP-Z]{2})$/

/** Σ weight × value over prefix, year and the base-31 characters (weights 1, 2, 3, … all below 31). */
function weightedSum(prefix: string, year: string, chars: string): number {
  let sum = 0
  let weight = 1
  // Each part has its own character set, valued without collisions: prefix letters A–Z (which may
  // include I, L and O, as in LEI) as 0–25, year digits as 0–9, the rest by their place in the alphabet.
  for (const char of prefix) sum += (char.charCodeAt(0) - 65) * weight++
  for (const char of year) sum += (char.charCodeAt(0) - 48) * weight++
  for (const char of chars) sum += REFERENCE_ALPHABET.indexOf(char) * weight++
  return sum % BASE
}

/** The check character makes the whole weighted sum 0 modulo 31. Its weight is 11, and 11 × 17 ≡ 1. */
function checkCharacter(prefix: string, year: string, body: string): string {
  const sum = weightedSum(prefix, year, body)
  return REFERENCE_ALPHABET[(((BASE - sum) % BASE) * 17) % BASE]!
}

/**
 * A new reference. `prefix` is the receiving force's reference prefix (three capital letters, from its theme
 * folder: the app passes it in); `randomBytes` must hold at least 5 bytes from a secure source
 * (crypto.getRandomValues); `year` is the full or two-digit year.
 */
export function generateReference(prefix: string, randomBytes: Uint8Array, year: number): string {
  if (!/^[A-Z]{3}$/.test(prefix)) throw new RangeError(`Not a reference prefix: ${JSON.stringify(prefix)} (three capital letters such as "LEI")`)
  const code = prefix
  if (randomBytes.length < 5) throw new RangeError('generateReference needs at least 5 random bytes')
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`Not a year: ${year}`)
  const yy = String(year % 100).padStart(2, '0')
  // 40 random bits → 5 base-31 digits (31^5 ≈ 2^24.8, so the tiny modulo bias is harmless).
  let n = 0
  for (let i = 0; i < 5; i++) n = n * 256 + randomBytes[i]!
  let body = ''
  for (let i = 0; i < 5; i++) {
    body += REFERENCE_ALPHABET[n % BASE]
    n = Math.floor(n / BASE)
  }
  const check = checkCharacter(code, yy, body)
  return `${code}-${yy}-${body.slice(0, 4)}-${body.slice(4)}${check}`
}

/** True only for a well-formed reference whose check character matches. */
export function isValidReference(reference: string): boolean {
  const match = FORMAT.exec(reference)
  if (!match) return false
  const [, prefix, year, first, last] = match as unknown as [string, string, string, string, string]
  return weightedSum(prefix, year, first + last) === 0
}

/**
 * Tidies what someone typed (case, spaces, missing or extra hyphens) into the canonical form, or
 * undefined when it is not a valid reference.
 */
export function normaliseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  if (compact.length !== 11) return undefined
  const candidate = `${compact.slice(0, 3)}-${compact.slice(3, 5)}-${compact.slice(5, 9)}-${compact.slice(9)}`
  return isValidReference(candidate) ? candidate : undefined
}
