import { describe, expect, it } from 'vitest'
import { appeal } from '../testing.ts'
import { appealForDisplay, appealReferenceFrom, appealServiceHref, appealTakesInformation } from './appeal.ts'

describe('appeals', () => {
  it('take information until the end of the closing day, UK time', () => {
    const a = appeal({ closesOn: '2026-07-31' })
    expect(appealTakesInformation(a, new Date('2026-07-31T22:59:00Z'))).toBe(true) // 23:59 BST
    expect(appealTakesInformation(a, new Date('2026-07-31T23:00:00Z'))).toBe(false) // 00:00 BST on 1 August
    expect(appealTakesInformation(appeal(), new Date('2030-01-01T00:00:00Z'))).toBe(true)
    expect(appealTakesInformation(appeal({ status: 'closed' }), new Date('2026-07-01T00:00:00Z'))).toBe(false)
  })

  it('send the “give information” button to the appeal’s service with the reference', () => {
    expect(appealServiceHref(appeal())).toBe('/services/sighting?appeal=LE-2026-0142')
    expect(appealServiceHref(appeal({ reference: 'DP/2026/0077', serviceId: 'general-enquiry' }))).toBe('/services/general-enquiry?appeal=DP%2F2026%2F0077')
  })

  it('read the reference back, ignoring anything that is not one', () => {
    expect(appealReferenceFrom(new URLSearchParams('appeal=DP%2F2026%2F0077'))).toBe('DP/2026/0077')
    expect(appealReferenceFrom(new URLSearchParams('appeal=le-2026-0142'))).toBe('LE-2026-0142')
    expect(appealReferenceFrom(new URLSearchParams('appeal=<script>'))).toBeUndefined()
    expect(appealReferenceFrom(new URLSearchParams(''))).toBeUndefined()
  })

  it('take a person’s photo down once the appeal is resolved, but keep a witness appeal’s picture', () => {
    const photo = { id: 'photo-001', alt: { en: 'A man in a red jacket' } }
    const now = new Date('2026-12-01T00:00:00Z')
    expect(appealForDisplay(appeal({ appealKind: 'missing', photo }), now)).toMatchObject({ takesInformation: true, showPhoto: true, statusLabel: { en: 'Open' } })
    expect(appealForDisplay(appeal({ appealKind: 'missing', photo, status: 'resolved' }), now)).toMatchObject({ takesInformation: false, showPhoto: false, statusLabel: { en: 'Resolved', cy: 'Wedi’i ddatrys' } })
    expect(appealForDisplay(appeal({ appealKind: 'witnesses', photo, status: 'resolved' }), now).showPhoto).toBe(true)
    expect(appealForDisplay(appeal({ closesOn: '2026-11-30' }), now).statusLabel.en).toBe('Closed')
  })
})
