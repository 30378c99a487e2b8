import { Writable } from 'node:stream'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from '@bluelamp/db'
import { describeError, loggablePath, loggerOptions } from './logger.server.ts'

function capture() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  return { log: pino({ ...loggerOptions, level: 'info' }, stream), text: () => lines.join('') }
}

// drizzle's wrapper of a failed query, as it reaches a handler: the parameters are in its message.
function failedQuery(cause: object) {
  return Object.assign(new Error('Failed query: insert into "drafts" ("answers") values ($1)\nparams: {"name":"Zqxv Person","email":"zqxv@example.com"}'), {
    query: 'insert into "drafts" ("answers") values ($1)',
    params: ['{"name":"Zqxv Person"}'],
    cause,
  })
}

describe('the logger', () => {
  it('censors fields named like personal data, at the top level and one down', () => {
    const { log, text } = capture()
    log.info({ event: 'x', email: 'zqxv@example.com', answers: { name: 'Zqxv' }, detail: { phone: '07700900999', postcode: 'LE1 1AA', ok: 1 }, cookie: 'a=b' })
    expect(text()).not.toMatch(/zqxv|Zqxv|07700900999|LE1 1AA|a=b/)
    expect(text()).toContain('"ok":1')
  })

  it('logs paths without their query string or resume token', () => {
    expect(loggablePath('/services/theft/resume/abcDEF123?x=1#y')).toBe('/services/theft/resume/[redacted]')
    const { log, text } = capture()
    log.warn({ event: 'x', path: '/track?email=zqxv@example.com' })
    expect(text()).toContain('"path":"/track"')
    expect(text()).not.toContain('zqxv')
  })

  it('describes a failed query without its parameters, and keeps what helps: the SQLSTATE and where', () => {
    const error = failedQuery({ code: '22P05', severity: 'ERROR', routine: 'report_invalid_encoding', message: 'unsupported Unicode escape sequence' })
    const described = describeError(error)
    expect(JSON.stringify(described)).not.toMatch(/Zqxv|zqxv|params/)
    expect(described).toMatchObject({ kind: 'Error', message: 'query failed', database: { code: '22P05', routine: 'report_invalid_encoding' } })
    const { log, text } = capture()
    log.error({ event: 'request-failed', error })
    expect(text()).not.toMatch(/Zqxv|zqxv|params:/)
  })

  it('takes quoted values, emails and long numbers out of other messages', () => {
    const described = describeError(new Error('invalid input syntax for type uuid: "Zqxv" from zqxv@example.com at 07700900999'))
    expect(described.message).toBe('invalid input syntax for type uuid: "[redacted]" from [redacted] at [redacted]')
  })
})

describe('a lost database', () => {
  it('is told from a request that is wrong', () => {
    expect(isDatabaseUnavailable(failedQuery({ code: '57P01', message: 'terminating connection due to administrator command' }))).toBe(true)
    expect(isDatabaseUnavailable(failedQuery(new Error('Connection terminated unexpectedly')))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isDatabaseUnavailable(failedQuery({ code: '08006' }))).toBe(true)
    expect(isDatabaseUnavailable(failedQuery({ code: '23505' }))).toBe(false)
    expect(isDatabaseUnavailable(failedQuery({ code: '22P05' }))).toBe(false)
    // A person's words in the parameters never make a request look like an outage.
    expect(isDatabaseUnavailable(Object.assign(new Error('Failed query: x\nparams: connection terminated'), { params: [], cause: { code: '23505' } }))).toBe(false)
  })
})
