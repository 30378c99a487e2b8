import { describe, expect, it } from 'vitest'
import { area } from '../testing.ts'
import { findAreaByPostcode, overlappingDistricts, upcomingMeeting } from './area.ts'

describe('your area', () => {
  const pages = [area(), area({ slug: 'loughborough', postcodeDistricts: ['LE11', 'LE12'] })]

  it.each([
    ['LE1 6AA', 'city-centre', 'LE1'],
    ['le16aa', 'city-centre', 'LE1'],
    [' LE11 ', 'loughborough', 'LE11'],
    ['le11 3ab', 'loughborough', 'LE11'],
  ])('finds the team for %j by its district', (input, slug, district) => {
    expect(findAreaByPostcode(pages, input)).toMatchObject({ kind: 'found', page: { slug }, district })
  })

  it('says when no team covers a real district, and when the input is not a postcode', () => {
    expect(findAreaByPostcode(pages, 'LE13 0AA')).toEqual({ kind: 'not-covered', district: 'LE13' })
    expect(findAreaByPostcode(pages, 'not a postcode')).toEqual({ kind: 'invalid' })
    expect(findAreaByPostcode(pages, '')).toEqual({ kind: 'invalid' })
  })

  it('shows the next meeting only before it starts', () => {
    const page = area({ nextMeetingAt: '2026-12-10T18:30:00Z' })
    expect(upcomingMeeting(page, new Date('2026-12-10T18:29:00Z'))).toEqual(new Date('2026-12-10T18:30:00Z'))
    expect(upcomingMeeting(page, new Date('2026-12-10T18:30:00Z'))).toBeUndefined()
    expect(upcomingMeeting(area(), new Date('2026-12-10T18:30:00Z'))).toBeUndefined()
  })

  it('finds districts claimed by two pages', () => {
    expect(overlappingDistricts([...pages, { slug: 'south', postcodeDistricts: ['LE2', 'LE18'] }])).toEqual(new Map([['LE2', ['city-centre', 'south']]]))
  })
})
