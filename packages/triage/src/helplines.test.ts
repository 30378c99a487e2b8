import { describe, expect, it } from 'vitest'
import { services } from './catalogue/index.ts'
import { helplines, helplinesFor } from './helplines.ts'

const YEAR_MS = 366 * 24 * 60 * 60 * 1000

describe('helplines', () => {
  it('each has a number, a source and a check less than a year old', () => {
    for (const h of helplines) {
      expect(h.phone, h.id).toMatch(/^(0[0-9 ]{7,13}|116 123)$/)
      expect(h.url, h.id).toMatch(/^https:\/\//)
      expect(h.source, h.id).toMatch(/^https:\/\//)
      expect(h.lastChecked, h.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // A number that nobody has checked for a year may no longer be answered: check it again and update the date.
      expect(Date.now() - Date.parse(h.lastChecked), `${h.id} was last checked on ${h.lastChecked}`).toBeLessThan(YEAR_MS)
      for (const text of [h.name, h.hours, h.description]) expect(text.en && text.cy, h.id).toBeTruthy()
    }
  })

  it('gives England the National Domestic Abuse Helpline, Wales Live Fear Free, and both the Men’s Advice Line', () => {
    const phones = (nation: 'england' | 'wales') => helplinesFor(['domestic-abuse'], nation).map((h) => `${h.name.en} ${h.phone}`)
    expect(phones('england')).toEqual(['National Domestic Abuse Helpline 0808 2000 247', 'Men’s Advice Line 0808 801 0327'])
    expect(phones('wales')).toEqual(['Live Fear Free 0808 80 10 800', 'Men’s Advice Line 0808 801 0327'])
    expect(helplinesFor(undefined, 'england')).toEqual([])
  })

  it('is shown on every sensitive journey, and each topic a service names has a helpline', () => {
    for (const service of services.filter((s) => s.sensitive)) {
      expect(service.helplines?.length, service.id).toBeGreaterThan(0)
      for (const topic of service.helplines ?? []) {
        expect(helplinesFor([topic], 'england').length, `${service.id} ${topic}`).toBeGreaterThan(0)
        expect(helplinesFor([topic], 'wales').length, `${service.id} ${topic}`).toBeGreaterThan(0)
      }
    }
  })
})
