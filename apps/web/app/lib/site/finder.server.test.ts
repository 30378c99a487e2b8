import { describe, expect, it } from 'vitest'
import { formActionSources } from './finder-csp.server.ts'
import { findForce } from './finder.server.ts'

const local = new URL('http://localhost:3000/find')
const live = new URL('https://www.police.example/find')

describe('findForce', () => {
  it('sends a postcode in one force area to that force’s site, locally and in production', () => {
    expect(findForce('LE1 1AA', local)).toEqual({ kind: 'redirect', forceId: 'leicestershire', href: 'http://leicestershire.localhost:3000/' })
    expect(findForce('le11aa', live)).toEqual({ kind: 'redirect', forceId: 'leicestershire', href: 'https://www.leics.police.uk/' })
    expect(findForce('CF10 1AA', live)).toMatchObject({ forceId: 'south-wales', href: 'https://www.south-wales.police.uk/' })
    expect(findForce('EH1', live)).toMatchObject({ forceId: 'police-scotland', href: 'https://www.scotland.police.uk/' })
    expect(findForce('BT7 1NN', live)).toMatchObject({ forceId: 'northern-ireland', href: 'https://www.psni.police.uk/' })
  })

  it('lists the candidates of a straddling district A to Z, with their councils there and whether they offer Welsh', () => {
    const result = findForce('NP25 3AA', local)
    expect(result.kind).toBe('choose')
    if (result.kind !== 'choose') return
    expect(result.outcode).toBe('NP25')
    expect(result.candidates.map((c) => c.id)).toEqual(['gloucestershire', 'gwent', 'west-mercia'])
    expect(result.candidates.find((c) => c.id === 'gwent')).toMatchObject({ welsh: true, councils: ['Monmouthshire'] })
    expect(result.candidates.find((c) => c.id === 'gloucestershire')).toMatchObject({ welsh: false, councils: ['Forest of Dean'] })
  })

  it('explains an empty, an invalid and an unknown postcode differently, echoing what was typed', () => {
    expect(findForce('  ', local)).toEqual({ kind: 'error', postcode: '  ', message: 'find.errorEmpty' })
    expect(findForce('XX9 9XX', local)).toEqual({ kind: 'error', postcode: 'XX9 9XX', message: 'find.errorInvalid' })
    expect(findForce('bx1 1lt', local)).toEqual({ kind: 'error', postcode: 'bx1 1lt', message: 'find.errorUnknown', vars: { postcode: 'BX1 1LT' } })
    expect(findForce('x'.repeat(500), local)).toMatchObject({ message: 'find.errorInvalid', postcode: 'x'.repeat(16) })
  })
})

describe('formActionSources', () => {
  const env = { TRUST_PROXY: false, NATIONAL_HOSTS: ['localhost', 'www.police.example'] }
  const headers = (host: string) => ({ get: (name: string) => (name.toLowerCase() === 'host' ? host : null) })

  it('lets the national finder’s form redirect to force sites, and nothing else', () => {
    expect(formActionSources(headers('localhost:3000'), env)).toBe("'self' http://*.localhost:*")
    const live = formActionSources(headers('www.police.example'), env)
    expect(live).toMatch(/^'self' https:\/\//)
    expect(live).toContain('https://www.leics.police.uk')
    expect(live).toContain('https://www.scotland.police.uk')
  })

  it('keeps force sites and unknown hosts to their own origin', () => {
    expect(formActionSources(headers('leicestershire.localhost:3000'), env)).toBe("'self'")
    expect(formActionSources(headers('www.met.police.uk'), env)).toBe("'self'")
    expect(formActionSources(headers('evil.example'), env)).toBe("'self'")
  })
})
