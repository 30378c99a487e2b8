import { describe, expect, it } from 'vitest'
import { parseEnv } from '../platform/env.server.ts'
import { languageCookie, localeFor } from './locale.server.ts'
import { resolveSite } from './site.server.ts'

const env = parseEnv({ NODE_ENV: 'test' })
const siteFor = (host: string) => resolveSite({ get: (name) => (name.toLowerCase() === 'host' ? host : null) }, env)
const request = (host: string, cookie?: string) => new Request(`http://${host}/`, { headers: cookie ? { cookie } : {} })

describe('the page language', () => {
  it('is Welsh on a force’s Welsh-language hostname, English on its English one', async () => {
    const welshHost = 'www.heddlu-dyfed-powys.police.uk'
    expect(await localeFor(request(welshHost), siteFor(welshHost))).toBe('cy')
    expect(await localeFor(request('heddlu-dyfed-powys.police.uk'), siteFor('heddlu-dyfed-powys.police.uk'))).toBe('cy')
    expect(await localeFor(request('www.dyfed-powys.police.uk'), siteFor('www.dyfed-powys.police.uk'))).toBe('en')
  })

  it('follows the person’s choice on either hostname', async () => {
    const welshHost = 'www.heddlu-dyfed-powys.police.uk'
    expect(await localeFor(request(welshHost, await languageCookie.serialize('en')), siteFor(welshHost))).toBe('en')
    expect(await localeFor(request('www.dyfed-powys.police.uk', await languageCookie.serialize('cy')), siteFor('www.dyfed-powys.police.uk'))).toBe('cy')
  })

  it('is never Welsh on a force that does not offer it', async () => {
    expect(await localeFor(request('www.leics.police.uk', await languageCookie.serialize('cy')), siteFor('www.leics.police.uk'))).toBe('en')
  })
})
