// Small hashing helpers the data layer stores the results of. Node's crypto only.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export function sha256Hex(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex')
}

/** A new draft token (for the cookie) and its hash (for the database). 256 random bits. */
export function newDraftToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashDraftToken(token) }
}

export function hashDraftToken(token: string): string {
  return sha256Hex(token)
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** 'le1 6ab ' → 'LE16AB': case and spacing never decide whether a tracking attempt matches. */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase()
}

export function newSalt(): string {
  return randomBytes(16).toString('hex')
}

/** Salted per report, so the same email in two reports gives unrelated hashes. */
export function verificationHash(salt: string, kind: 'email' | 'postcode', value: string): string {
  const normalised = kind === 'email' ? normaliseEmail(value) : normalisePostcode(value)
  return sha256Hex(`${salt}\u0000${kind}\u0000${normalised}`)
}

export function hexEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Postgres rejects a malformed uuid with an error; a guessed id should simply find nothing. */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
