import { describe, expect, it } from 'vitest'
import { normaliseHost, requestHost, resolveTenant } from './resolve-tenant.ts'
import type { Tenant, TenantRegistry } from './schema.ts'

const tenant = (id: string, hostnames: string[], aliases: string[] = []) =>
  ({ id, name: id, hostnames, aliases }) as unknown as Tenant

const registry: TenantRegistry = {
  tenants: {
    leicestershire: tenant('leicestershire', ['www.leics.police.uk'], ['leics.police.uk']),
    metropolitan: tenant('metropolitan', ['www.met.police.uk']),
    'dyfed-powys': tenant('dyfed-powys', ['www.dyfed-powys.police.uk']),
  },
  hosts: {
    'www.leics.police.uk': 'leicestershire',
    'leics.police.uk': 'leicestershire',
    'www.met.police.uk': 'metropolitan',
    'www.dyfed-powys.police.uk': 'dyfed-powys',
    'www.heddlu-dyfed-powys.police.uk': 'dyfed-powys',
  },
  prefixes: { LEI: 'leicestershire', MET: 'metropolitan', DPP: 'dyfed-powys' },
}

type Expected = string | 'national' | 'unknown'
const table: [string | null | undefined, Expected][] = [
  // Development hosts
  ['leicestershire.localhost', 'leicestershire'],
  ['leicestershire.localhost:3000', 'leicestershire'],
  ['dyfed-powys.localhost:5173', 'dyfed-powys'],
  ['LEICESTERSHIRE.LOCALHOST:3000', 'leicestershire'],
  ['leicestershire.localhost.', 'leicestershire'],
  ['leicestershire.localhost.:3000', 'leicestershire'],
  ['  metropolitan.localhost  ', 'metropolitan'],
  // Configured hostnames and aliases
  ['www.leics.police.uk', 'leicestershire'],
  ['leics.police.uk', 'leicestershire'],
  ['WWW.LEICS.POLICE.UK', 'leicestershire'],
  ['www.leics.police.uk.', 'leicestershire'],
  ['www.leics.police.uk:443', 'leicestershire'],
  ['www.met.police.uk', 'metropolitan'],
  // A Welsh-language hostname
  ['www.heddlu-dyfed-powys.police.uk', 'dyfed-powys'],
  // The national landing page
  ['localhost', 'national'],
  ['localhost:3000', 'national'],
  ['LOCALHOST.', 'national'],
  ['127.0.0.1:3000', 'national'],
  ['[::1]:3000', 'national'],
  ['[::1]', 'national'],
  // Unknown: never another force
  ['nowhere.example', 'unknown'],
  ['unknown-force.localhost:3000', 'unknown'],
  ['evil.leicestershire.localhost', 'unknown'],
  ['leicestershire.localhost.evil.example', 'unknown'],
  ['www.leics.police.uk.evil.example', 'unknown'],
  ['evil-www.leics.police.uk', 'unknown'],
  ['constructor.localhost', 'unknown'],
  ['__proto__.localhost', 'unknown'],
  ['toString', 'unknown'],
  ['hasOwnProperty', 'unknown'],
  ['[2001:db8::1]:3000', 'unknown'],
  ['[::1', 'unknown'],
  ['[::1]junk', 'unknown'],
  ['10.0.0.1', 'unknown'],
  ['', 'unknown'],
  ['   ', 'unknown'],
  [null, 'unknown'],
  [undefined, 'unknown'],
  [':3000', 'unknown'],
  ['leicestershire.localhost:notaport', 'unknown'],
  ['leicestershire.localhost:3000:3000', 'unknown'],
  ['leics..police.uk', 'unknown'],
  ['-leics.police.uk', 'unknown'],
  ['leics_police.uk', 'unknown'],
  ['leicestershire.localhost/path', 'unknown'],
  ['user@leicestershire.localhost', 'unknown'],
  ['leicestershire.localhost\u0000', 'unknown'],
  ['lеicestershire.localhost', 'unknown'], // Cyrillic "е"
  ['<script>alert(1)</script>', 'unknown'],
  [`${'a'.repeat(63)}.`.repeat(5) + 'localhost', 'unknown'],
  ['a'.repeat(100_000), 'unknown'],
]

describe('resolveTenant', () => {
  it.each(table)('%j → %s', (host, expected) => {
    const result = resolveTenant(host, registry)
    if (expected === 'national' || expected === 'unknown') expect(result.kind).toBe(expected)
    else {
      expect(result.kind).toBe('tenant')
      expect(result.kind === 'tenant' && result.tenant.id).toBe(expected)
    }
  })

  it('serves the national page on a configured national host and not on bare localhost then', () => {
    const options = { nationalHosts: ['police.example'] }
    expect(resolveTenant('police.example', registry, options).kind).toBe('national')
    expect(resolveTenant('localhost', registry, options).kind).toBe('unknown')
  })

  it('prefers a force hostname over a national host of the same name', () => {
    expect(resolveTenant('www.met.police.uk', registry, { nationalHosts: ['www.met.police.uk'] }).kind).toBe('tenant')
  })
})

describe('normaliseHost', () => {
  it('lower-cases and strips the port and trailing dot', () => {
    expect(normaliseHost('WWW.Example.ORG.:8080')).toBe('www.example.org')
  })
})

describe('requestHost', () => {
  const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null })
  it('ignores X-Forwarded-Host unless the proxy is trusted', () => {
    const h = headers({ host: 'localhost:3000', 'x-forwarded-host': 'leicestershire.localhost' })
    expect(requestHost(h, false)).toBe('localhost:3000')
    expect(requestHost(h, true)).toBe('leicestershire.localhost')
  })
  it('takes the first of several forwarded hosts', () => {
    expect(requestHost(headers({ host: 'x', 'x-forwarded-host': 'a.localhost, b.localhost' }), true)).toBe('a.localhost')
  })
  it('falls back to Host when a trusted proxy sends no forwarded host', () => {
    expect(requestHost(headers({ host: 'metropolitan.localhost' }), true)).toBe('metropolitan.localhost')
  })
})
