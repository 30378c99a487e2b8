import { describe, expect, it } from 'vitest'
import { agencies } from './agencies.ts'
import { getService } from './catalogue/index.ts'
import { samaritansLink } from './catalogue/common.ts'
import {
  FRONT_DOOR_CHOICES,
  SOMETHING_ELSE,
  frontDoorAgency,
  frontDoorChoices,
  frontDoorEmergency,
  resolveFrontDoor,
  type FrontDoorChoice,
} from './front-door.ts'
import { availableServices, isServiceAvailable } from './options.ts'
import generalEnquiry from './catalogue/general-enquiry.ts'

const everything = () => true
const ids = (choices: FrontDoorChoice[]) => choices.map((c) => c.id)

describe('the front door', () => {
  it('sends each service choice to a service in the catalogue, and each agency choice to an agency with a page', () => {
    for (const choice of FRONT_DOOR_CHOICES) {
      if (choice.to.kind === 'service') expect(getService(choice.to.serviceId), choice.id).toBeDefined()
      if (choice.to.kind === 'agency') {
        expect(Object.keys(agencies), choice.id).toContain(choice.to.agencyId)
        expect(frontDoorAgency(choice.to.agencyId), choice.id).toBeDefined()
      }
      if (choice.to.kind === 'emergency') expect(frontDoorEmergency(choice.to.emergency), choice.id).toBeDefined()
    }
  })

  it('says every choice in English and in Welsh', () => {
    for (const choice of FRONT_DOOR_CHOICES) {
      for (const text of [choice.label, ...(choice.hint ? [choice.hint] : [])]) {
        expect(text.en.trim(), choice.id).not.toBe('')
        expect(text.cy.trim(), choice.id).not.toBe('')
        // Welsh that is the English copied across is not Welsh.
        expect(text.cy, choice.id).not.toBe(text.en)
      }
    }
  })

  it('has unique ids that are safe as form values', () => {
    const all = ids([...FRONT_DOOR_CHOICES])
    expect(new Set(all).size).toBe(all.length)
    for (const id of all) expect(id).toMatch(/^[a-z][a-z0-9-]*$/)
  })

  it('always ends with "Something else", which goes to the full list of services', () => {
    const last = FRONT_DOOR_CHOICES.at(-1)!
    expect(last.id).toBe(SOMETHING_ELSE)
    expect(last.label.en).toBe('Something else')
    expect(last.to).toEqual({ kind: 'all-services' })
    // Even a force that offers no services at all still has the way to the list.
    expect(ids(frontDoorChoices(() => false)).at(-1)).toBe(SOMETHING_ELSE)
    expect(FRONT_DOOR_CHOICES.filter((c) => c.to.kind === 'all-services')).toHaveLength(1)
  })

  it('puts an emergency first', () => {
    expect(FRONT_DOOR_CHOICES[0]!.to).toEqual({ kind: 'emergency', emergency: 'danger' })
  })

  it('stays short enough to read', () => {
    expect(FRONT_DOOR_CHOICES.length).toBeLessThanOrEqual(21)
  })

  it('drops a choice whose service the force has switched off, and never an agency, 999 or "Something else"', () => {
    const options = { disabledServices: ['fgm', 'spiking'] }
    const shown = frontDoorChoices((id) => isServiceAvailable(id, options))
    expect(ids(shown)).not.toContain('fgm')
    expect(ids(shown)).not.toContain('spiking')
    expect(shown).toHaveLength(FRONT_DOOR_CHOICES.length - 2)
    for (const kept of ['danger', 'suicide', 'fraud', 'terrorism', 'animal-cruelty', 'anonymous', SOMETHING_ELSE]) {
      expect(ids(frontDoorChoices(() => false))).toContain(kept)
    }
    // The order is kept.
    expect(ids(shown)).toEqual(ids([...FRONT_DOOR_CHOICES]).filter((id) => id !== 'fgm' && id !== 'spiking'))
  })

  it('shows every choice for a force on national defaults', () => {
    const offered = new Set(availableServices({}).serviceIds)
    expect(frontDoorChoices((id) => offered.has(id))).toEqual([...FRONT_DOOR_CHOICES])
  })

  it('resolves a choice to where it goes', () => {
    expect(resolveFrontDoor('child-abuse', everything)).toEqual({ kind: 'service', serviceId: 'child-abuse' })
    expect(resolveFrontDoor('intimate-images', everything)).toEqual({ kind: 'service', serviceId: 'intimate-image-abuse' })
    expect(resolveFrontDoor('stalking-harassment', everything)).toEqual({ kind: 'service', serviceId: 'stalking-harassment' })
    expect(resolveFrontDoor('fraud', everything)).toEqual({ kind: 'agency', agencyId: 'action-fraud' })
    expect(resolveFrontDoor('terrorism', everything)).toEqual({ kind: 'agency', agencyId: 'anti-terrorism' })
    expect(resolveFrontDoor('animal-cruelty', everything)).toEqual({ kind: 'agency', agencyId: 'rspca' })
    expect(resolveFrontDoor('anonymous', everything)).toEqual({ kind: 'agency', agencyId: 'crimestoppers' })
    expect(resolveFrontDoor('danger', everything)).toEqual({ kind: 'emergency', emergency: 'danger' })
    expect(resolveFrontDoor('suicide', everything)).toEqual({ kind: 'emergency', emergency: 'suicide' })
    expect(resolveFrontDoor(SOMETHING_ELSE, everything)).toEqual({ kind: 'all-services' })
  })

  it('resolves nothing for no choice, a made-up one, or one the force does not show', () => {
    for (const bad of [undefined, null, '', 'nonsense', 'toString', '__proto__', 'constructor', ' fraud', 'FRAUD', 42, ['fraud']]) {
      expect(resolveFrontDoor(bad, everything), String(bad)).toBeUndefined()
    }
    expect(resolveFrontDoor('fgm', (id) => id !== 'fgm')).toBeUndefined()
    expect(resolveFrontDoor('fgm', everything)).toEqual({ kind: 'service', serviceId: 'fgm' })
  })

  it('is not the only way to terrorism, Crimestoppers, Report Fraud or the RSPCA: "Contact us" is no longer needed to reach them', () => {
    const fromContactUs = new Set(generalEnquiry.stops.flatMap((s) => (s.outcome === 'REDIRECT' ? [s.agency] : [])))
    const fromFrontDoor = new Set(FRONT_DOOR_CHOICES.flatMap((c) => (c.to.kind === 'agency' ? [c.to.agencyId] : [])))
    for (const id of ['action-fraud', 'anti-terrorism', 'crimestoppers', 'rspca'] as const) {
      expect(fromContactUs.has(id), id).toBe(true)
      expect(fromFrontDoor.has(id), id).toBe(true)
    }
  })
})

describe('front door agency pages', () => {
  it('give the agency’s contact details, without where they were checked, and why it is the right place', () => {
    const page = frontDoorAgency('anti-terrorism')!
    expect(page.agency.id).toBe('anti-terrorism')
    expect(page.agency.phone).toBe(agencies['anti-terrorism'].phone)
    expect(page.agency).not.toHaveProperty('source')
    expect(page.agency).not.toHaveProperty('lastChecked')
    expect(page.why.en).toMatch(/terrorism/)
    expect(page.why.cy).toMatch(/rfysgaeth/)
    expect(frontDoorAgency('action-fraud')!.agency.name.en).toBe('Report Fraud')
  })

  it('exist only for the agencies the front door sends people to', () => {
    for (const id of ['ceop', 'samaritans', 'local-council', 'another-force', 'nope', '__proto__', 'hasOwnProperty', undefined]) {
      expect(frontDoorAgency(id), String(id)).toBeUndefined()
    }
  })
})

describe('front door 999 pages', () => {
  it('give Samaritans beside the call when someone might take their own life', () => {
    const suicide = frontDoorEmergency('suicide')!
    expect(suicide.advice?.en).toContain('116 123')
    expect(suicide.advice?.cy).toContain('116 123')
    expect(suicide.links).toContainEqual(samaritansLink)
  })

  it('keep the plain 999 page to the call', () => {
    const danger = frontDoorEmergency('danger')!
    expect(danger.reason.en).toMatch(/danger/)
    expect(danger.advice).toBeUndefined()
    expect(danger.links).toEqual([])
  })

  it('know no other kinds', () => {
    for (const id of ['', 'fire', 'constructor', undefined]) expect(frontDoorEmergency(id), String(id)).toBeUndefined()
  })
})
