import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv, webProcesses } from './env.server.ts'

describe('parseEnv', () => {
  it('applies defaults for a bare environment', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './.data', TRUST_PROXY: false, NODE_ENV: 'production' })
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.NATIONAL_HOSTS).toEqual(['localhost', '127.0.0.1', '[::1]'])
  })

  it('reads PORT, DATA_DIR, DATABASE_URL and TRUST_PROXY', () => {
    const env = parseEnv({ PORT: '8080', DATA_DIR: '/var/lib/bluelamp', DATABASE_URL: 'postgres://u@h:5432/db', TRUST_PROXY: 'true' })
    expect(env).toMatchObject({ PORT: 8080, DATA_DIR: '/var/lib/bluelamp', DATABASE_URL: 'postgres://u@h:5432/db', TRUST_PROXY: true })
  })

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })

  it('runs one web process per core on Postgres, one on the embedded database, or WEB_CONCURRENCY', () => {
    expect(webProcesses(parseEnv({}), 4)).toBe(1)
    expect(webProcesses(parseEnv({ DATABASE_URL: 'postgres://u@h/db' }), 4)).toBe(4)
    expect(webProcesses(parseEnv({ DATABASE_URL: 'postgres://u@h/db', WEB_CONCURRENCY: '3' }), 4)).toBe(3)
    expect(webProcesses(parseEnv({ WEB_CONCURRENCY: '1' }), 4)).toBe(1)
  })

  it('refuses more than one web process on the embedded database, saying why', () => {
    expect(() => parseEnv({ WEB_CONCURRENCY: '2' })).toThrow(/WEB_CONCURRENCY="2": more than one web process needs DATABASE_URL/)
    expect(() => parseEnv({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY="0": must be at least 1/)
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": must be a port number/],
    [{ PORT: '70000' }, /PORT="70000": must be between 1 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL="mysql:\/\/x": must be a postgres:\/\/ URL/],
    [{ TRUST_PROXY: 'maybe' }, /TRUST_PROXY="maybe"/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV="staging"/],
  ])('stops with a clear message for %j', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError)
    expect(() => parseEnv(source)).toThrow(message)
  })

  it('reads SESSION_SECRET_PREVIOUS as a list of earlier secrets, each long enough', () => {
    expect(parseEnv({}).SESSION_SECRET_PREVIOUS).toEqual([])
    const a = 'a'.repeat(32)
    const b = 'b'.repeat(40)
    expect(parseEnv({ SESSION_SECRET_PREVIOUS: ` ${a} , ${b},` }).SESSION_SECRET_PREVIOUS).toEqual([a, b])
    expect(() => parseEnv({ SESSION_SECRET_PREVIOUS: `${a},short` })).toThrow(/SESSION_SECRET_PREVIOUS=.*at least 32 characters/)
  })

  it('lists every problem at once', () => {
    try {
      parseEnv({ PORT: 'x', DATABASE_URL: 'nope' })
      expect.unreachable()
    } catch (error) {
      expect((error as EnvError).problems).toHaveLength(2)
    }
  })
})
