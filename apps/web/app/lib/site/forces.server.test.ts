import { describe, expect, it } from 'vitest'
import { places } from '@bluelamp/places'
import { getService, next } from '@bluelamp/triage'
import { forcesFor } from './forces.server.ts'
import { registry } from './site.server.ts'

const url = new URL('http://leicestershire.localhost:3000/services/theft')
const theft = getService('theft')!

describe('what the app tells the engine about forces', () => {
  it('describes a force on the platform from its theme folder', () => {
    expect(forcesFor(url)('dyfed-powys')).toMatchObject({
      name: { en: 'Dyfed-Powys Police', cy: 'Heddlu Dyfed-Powys' },
      onPlatform: true,
      hasArea: true,
      welsh: true,
      reportUrl: 'http://dyfed-powys.localhost:3000/services',
    })
    expect(forcesFor(url)('greater-manchester')?.services).toContain('theft')
  })

  it('knows that British Transport Police has no area, and nothing of a made-up force', () => {
    expect(forcesFor(url)('btp')).toMatchObject({ onPlatform: true, hasArea: false })
    expect(forcesFor(url)('gotham')).toBeUndefined()
  })

  it('describes a force that is not on this platform from the national list, and the engine links to its own site', () => {
    const { 'greater-manchester': _gone, ...tenants } = registry.tenants
    const without = { ...registry, tenants }
    const forces = forcesFor(url, without)
    expect(forces('greater-manchester')).toEqual({
      name: { en: 'Greater Manchester Police', cy: 'Greater Manchester Police' },
      onPlatform: false,
      reportUrl: 'https://www.gmp.police.uk/',
      hasArea: true,
      welsh: false,
    })
    const answers = { danger: 'no', 'happening-now': 'no', how: 'taken', 'for-business': 'no', stolen: ['phone'], value: 'under-100', postcode: 'M1 1AE' }
    const step = next(theft, answers, { forceId: 'leicestershire', now: new Date(), places, forces })
    expect(step).toMatchObject({ type: 'REDIRECT', agency: { id: 'another-force', url: 'https://www.gmp.police.uk/', linkText: { en: 'Report it on the Greater Manchester Police website' } } })
  })
})
