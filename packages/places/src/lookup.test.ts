import { describe, expect, it } from 'vitest'
import { forceRecord, forces, hasArea, lookupPostcode, places } from './lookup.ts'

describe('lookupPostcode', () => {
  it.each([
    ['LE1 1AA', 'leicestershire', 'Leicester'],
    ['CF10 1AA', 'south-wales', 'Cardiff'],
    ['SW1A 2AA', 'metropolitan', 'Westminster'],
    ['EH1 1YZ', 'police-scotland', 'City of Edinburgh'],
    ['BT1 5GS', 'northern-ireland', 'Belfast'],
    ['LL57 2DG', 'north-wales', 'Gwynedd'],
  ])('finds %s in %s, with its council', (postcode, force, council) => {
    const result = lookupPostcode(postcode)
    expect(result).toMatchObject({ kind: 'found', postcode, forceIds: [force], straddles: false })
    if (result.kind !== 'found') throw new Error('not found')
    expect(result.councils.map((c) => c.name)).toContain(council)
  })

  it('accepts lower case with no space, and an outward code alone', () => {
    expect(lookupPostcode('le11aa')).toMatchObject({ kind: 'found', postcode: 'LE1 1AA', outcode: 'LE1', forceIds: ['leicestershire'] })
    expect(lookupPostcode('sw1a')).toMatchObject({ kind: 'found', postcode: 'SW1A', outcode: 'SW1A', forceIds: ['metropolitan'] })
  })

  it('gives every candidate force of a district that straddles a border, and the councils in each', () => {
    const result = lookupPostcode('LE17 4AA')
    expect(result).toMatchObject({ kind: 'found', straddles: true })
    if (result.kind !== 'found') throw new Error('not found')
    expect([...result.forceIds].sort()).toEqual(['leicestershire', 'northamptonshire', 'warwickshire'])
    expect(result.councils).toContainEqual({ code: 'E07000131', name: 'Harborough', forceId: 'leicestershire' })
    expect(result.councils).toContainEqual(expect.objectContaining({ name: 'West Northamptonshire', forceId: 'northamptonshire' }))
  })

  it('knows districts that straddle the Welsh and Scottish borders', () => {
    expect(lookupPostcode('SY10 7AA')).toMatchObject({ straddles: true })
    expect(lookupPostcode('TD15 1AA')).toMatchObject({ forceIds: ['police-scotland', 'northumbria'], straddles: true })
  })

  it('maps councils merged since 2020 to the council that exists now', () => {
    const result = lookupPostcode('CA1 1AA')
    if (result.kind !== 'found') throw new Error('not found')
    expect(result.councils.map((c) => c.name)).toEqual(['Cumberland'])
  })

  it('tells an invalid postcode from a valid one it does not know', () => {
    expect(lookupPostcode('XX9 9XX')).toEqual({ kind: 'invalid' })
    expect(lookupPostcode('not a postcode')).toEqual({ kind: 'invalid' })
    expect(lookupPostcode('')).toEqual({ kind: 'invalid' })
    expect(lookupPostcode('BX1 1LT')).toEqual({ kind: 'unknown', postcode: 'BX1 1LT', outcode: 'BX1' }) // non-geographic
    expect(lookupPostcode('ze9 9zz')).toEqual({ kind: 'unknown', postcode: 'ZE9 9ZZ', outcode: 'ZE9' })
    expect(lookupPostcode('GIR 0AA')).toMatchObject({ kind: 'unknown' })
  })

  it('returns copies, so a caller cannot change the table', () => {
    const first = lookupPostcode('LE1 1AA')
    if (first.kind !== 'found') throw new Error('not found')
    first.forceIds.push('metropolitan')
    first.councils.length = 0
    expect(lookupPostcode('LE1 1AA')).toMatchObject({ forceIds: ['leicestershire'], councils: [expect.anything()] })
  })
})

describe('places (the triage engine’s PlacesLookup)', () => {
  it('gives force ids, and councils with whose area each is in', () => {
    expect(places('le1 1aa')).toEqual({ forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester', forceId: 'leicestershire' }] })
  })

  it('is undefined for an invalid or unknown postcode', () => {
    expect(places('XX9 9XX')).toBeUndefined()
    expect(places('ZE9 9ZZ')).toBeUndefined()
  })
})

describe('forces', () => {
  it('lists the 46 forces of national data, each with where it takes reports itself', () => {
    expect(forces).toHaveLength(46)
    expect(forces.filter((f) => f.nation === 'Wales').map((f) => f.id).sort()).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales'])
    expect(forceRecord('btp')).toMatchObject({ name: 'British Transport Police', pfaCode: null, reportUrl: 'https://www.btp.police.uk/' })
    expect(forceRecord('greater-manchester')?.reportUrl).toBe('https://www.gmp.police.uk/')
  })

  it('knows which forces have an area: never BTP, nor an id national data does not map', () => {
    expect(hasArea('leicestershire')).toBe(true)
    expect(hasArea('police-scotland')).toBe(true)
    expect(hasArea('btp')).toBe(false)
    expect(hasArea('civil-nuclear')).toBe(false)
  })

  it('says whose area each council of a border district is in', () => {
    const le12 = places('LE12')
    expect(le12?.forceIds.length).toBeGreaterThan(1)
    for (const council of le12!.councils) expect(le12!.forceIds).toContain(council.forceId)
  })
})
