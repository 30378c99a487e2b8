// Postgres error inspection that works on both drivers: drizzle wraps driver errors in DrizzleQueryError, with the
// original (pg's or PGlite's DatabaseError, both carrying the SQLSTATE `code` and `constraint`) as `cause`.

interface PgErrorFields {
  code?: string
  constraint?: string
  message?: string
}

export function pgErrorOf(error: unknown): PgErrorFields | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const fields = current as PgErrorFields & { cause?: unknown }
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) return fields
    current = fields.cause
  }
  return undefined
}

/** SQLSTATE 23505; when `constraint` is given, only a violation of that unique index or constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const fields = pgErrorOf(error)
  if (fields?.code !== '23505') return false
  if (!constraint) return true
  return fields.constraint === constraint || (fields.message ?? '').includes(`"${constraint}"`)
}

/** A draft id that does not exist in this tenant (or has expired). */
export class DraftNotFoundError extends Error {
  override name = 'DraftNotFoundError'
}

/** Every generated reference collided with an existing one; the generator is probably broken. */
export class ReferenceExhaustedError extends Error {
  override name = 'ReferenceExhaustedError'
}

/** An id that refers to no row of this tenant (for example evidence attached to another force's draft). */
export class NotFoundInTenantError extends Error {
  override name = 'NotFoundInTenantError'
}
