// One structured logger for the server modules (pino). The log must never hold personal data: no answers, names,
// emails, phone numbers, postcodes, IP addresses, cookies, tokens or request bodies. Call sites log what happened
// and where; as a second line of defence pino's redaction censors any field named like personal data at the top
// level or one level down, paths lose their query strings and the secrets some paths carry, and errors are reduced
// to what cannot quote a value (describeError).
import { pino, type LoggerOptions } from 'pino'
import { describeDatabaseError } from '@bluelamp/db'

const PERSONAL = [
  'answers', 'answer', 'contact', 'body', 'form', 'values', 'draft', 'payload', 'email', 'phone', 'name', 'password',
  'postcode', 'address', 'ip', 'clientIp', 'cookie', 'cookies', 'authorization', 'token', 'secret', 'key', 'apiKey',
  'query', 'search', 'params', 'headers', 'reference', 'details', 'description', 'message_text',
]

export const REDACT_PATHS = [...PERSONAL, ...PERSONAL.map((field) => `*.${field}`)]

/** A path fit for the log: no query string, no fragment, and no resume or session secret in it. */
export function loggablePath(value: string): string {
  const path = value.split(/[?#]/)[0] ?? ''
  return path.replace(/\/resume\/[^/]+/g, '/resume/[redacted]').slice(0, 300)
}

// A message may quote what a person typed (a driver's "invalid input syntax for type uuid: \"…\"", drizzle's
// "Failed query: … params: …"), so only its shape is kept.
function loggableMessage(message: string): string {
  if (/^Failed query:/.test(message)) return 'query failed'
  return message
    .split(/\nparams:|params:/)[0]!
    .replace(/"[^"]*"|'[^']*'|“[^”]*”/g, '"[redacted]"')
    .replace(/[^\s@]+@[^\s@]+/g, '[redacted]')
    .replace(/\d{4,}/g, '[redacted]')
    .slice(0, 300)
}

/** What may be logged about an error: its kind, a message with no values in it, database codes and code locations. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error }
  const described: Record<string, unknown> = { kind: error.name }
  const wrapper = 'params' in error || 'query' in error
  described.message = wrapper ? 'query failed' : loggableMessage(error.message)
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && code.length <= 40) described.code = code
  const db = describeDatabaseError(error)
  if (db) described.database = db
  // The stack's first line repeats the message; the frames are code locations only.
  if (error.stack) described.stack = error.stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12).join('\n')
  return described
}

export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: undefined,
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  serializers: {
    err: describeError,
    error: (value: unknown) => (value instanceof Error ? describeError(value) : typeof value === 'string' ? loggableMessage(value) : value),
  },
  formatters: {
    log(object) {
      for (const field of ['path', 'url', 'next']) {
        const value = object[field]
        if (typeof value === 'string') object[field] = loggablePath(value)
      }
      return object
    },
  },
}

export const logger = pino(loggerOptions)
