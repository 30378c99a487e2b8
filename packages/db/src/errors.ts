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

/** A rate limit counted with the work it guards was over its limit: nothing else was written. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError'
  constructor(readonly resetAt: Date) {
    super(`rate limit reached until ${resetAt.toISOString()}`)
  }
}

/** Every generated reference collided with an existing one; the generator is probably broken. */
export class ReferenceExhaustedError extends Error {
  override name = 'ReferenceExhaustedError'
}

/** An id that refers to no row of this tenant (for example evidence attached to another force's draft). */
export class NotFoundInTenantError extends Error {
  override name = 'NotFoundInTenantError'
}

// SQLSTATE classes and codes that mean "the database cannot answer now", not "this request is wrong": connection
// exceptions (class 08), operator intervention (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now),
// insufficient resources (class 53: too many connections, out of memory or disk), and a transaction that lost a race
// it may win on a retry (40001 serialisation failure, 40P01 deadlock).
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '40001', '40P01'])
const UNAVAILABLE_CLASSES = ['08', '53']
// Node's socket errors, and the messages pg gives a query on a connection that is gone or could not be made.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /connection (was )?(closed|ended)/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
]

/**
 * True when an error (or one it wraps) says the database is unreachable or refused the work for reasons of its own
 * (restart, failover, connections killed, overload): the request may succeed if tried again shortly.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const fields = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
    const code = typeof fields.code === 'string' ? fields.code : ''
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_CLASSES.some((c) => code.length === 5 && code.startsWith(c))) return true
    if (NETWORK_CODES.has(code)) return true
    // drizzle's wrapper quotes the query's parameters in its message, so only a driver's own message is read.
    const wrapper = 'params' in fields || 'query' in fields
    if (!wrapper && typeof fields.message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(fields.message as string))) return true
    // AggregateError (a connection attempt to several addresses) carries its causes in `errors`.
    if (Array.isArray(fields.errors) && fields.errors.some((e) => isDatabaseUnavailable(e))) return true
    current = fields.cause
  }
  return false
}

/**
 * What may be logged about a database error: its SQLSTATE, severity and where in the schema it arose, and Node's
 * socket error code. Never the query's parameters (drizzle's message carries them: a draft's answers, an email) nor
 * the driver's message, which can quote a value ("invalid input syntax for type uuid: \"…\"").
 */
export function describeDatabaseError(error: unknown): Record<string, string> | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const fields = current as Record<string, unknown>
    const code = typeof fields.code === 'string' ? fields.code : ''
    if (/^[0-9A-Z]{5}$/.test(code) || NETWORK_CODES.has(code)) {
      const described: Record<string, string> = { code }
      for (const key of ['severity', 'routine', 'table', 'column', 'constraint'] as const) {
        if (typeof fields[key] === 'string') described[key] = fields[key] as string
      }
      return described
    }
    current = fields.cause
  }
  return undefined
}
