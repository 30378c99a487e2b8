import { describe, expect, it } from 'vitest'
import { agencies, redirectTo } from './agencies.ts'
import { services } from './catalogue/index.ts'
import { context } from './testing/journey.ts'
import type { AgencyId } from './types.ts'

const YEAR_MS = 366 * 24 * 60 * 60 * 1000
const base = { serviceId: 'test', serviceVersion: 1, ruleId: 'test' }
const why = { en: 'Why', cy: 'Pam' }

describe('agencies', () => {
  it('each names where its contact facts come from, and a check less than a year old', () => {
    for (const [id, agency] of Object.entries(agencies)) {
      expect(agency.url, id).toMatch(/^https:\/\//)
      expect(agency.source, id).toMatch(/^https:\/\//)
      expect(agency.lastChecked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // A number or address nobody has checked for a year may have changed: check it again and update the date.
      expect(Date.now() - Date.parse(agency.lastChecked), `${id} was last checked on ${agency.lastChecked}`).toBeLessThan(YEAR_MS)
      expect(Date.parse(agency.lastChecked), `${id} is checked in the future`).toBeLessThanOrEqual(Date.now())
      if (agency.phone) expect(agency.phone, id).toMatch(/^(0[0-9 ]{9,13}|111|116 123)$/)
      for (const text of [agency.name, agency.linkText, agency.howToContact]) expect(text.en.trim() && text.cy.trim(), id).toBeTruthy()
      // A phone number in the words must be the one in the entry, so the two cannot drift apart.
      if (agency.phone && /\d{3} \d/.test(agency.howToContact.en)) expect(agency.howToContact.en, id).toContain(agency.phone)
    }
  })

  it('keeps where the facts were checked out of the outcome', () => {
    const outcome = redirectTo(base, 'samaritans', why, context(), undefined)
    expect(outcome.agency).toEqual({ id: 'samaritans', ...Object.fromEntries(Object.entries(agencies.samaritans).filter(([k]) => k !== 'source' && k !== 'lastChecked')) })
    expect(outcome.agency).not.toHaveProperty('source')
    expect(outcome.agency).not.toHaveProperty('lastChecked')
  })

  it('sends fraud to Report Fraud, the service that replaced Action Fraud', () => {
    const fraud = agencies['action-fraud']
    expect(fraud.name.en).toBe('Report Fraud')
    expect(fraud.url).toBe('https://www.reportfraud.police.uk/')
    expect(fraud.phone).toBe('0300 123 2040')
    const said = JSON.stringify(fraud).replace(/Report Fraud replaced Action Fraud|Daeth Report Fraud yn lle Action Fraud/g, '')
    expect(said).not.toMatch(/Action Fraud|actionfraud/i)
  })

  it('has the specialist agencies with the numbers people are given', () => {
    const phone = (id: Exclude<AgencyId, 'local-council' | 'another-force'>) => agencies[id].phone
    expect(phone('revenge-porn-helpline')).toBe('0345 6000 459')
    expect(phone('modern-slavery-helpline')).toBe('08000 121 700')
    expect(phone('samaritans')).toBe('116 123')
    expect(phone('rspca')).toBe('0300 1234 999')
    expect(phone('forced-marriage-unit')).toBe('020 7008 0151')
    expect(phone('nspcc-fgm')).toBe('0800 028 3550')
    expect(agencies.iwf.url).toBe('https://report.iwf.org.uk/')
    expect(agencies['true-vision'].url).toBe('https://www.report-it.org.uk/')
  })

  it('is reached by some journey, every one of them', () => {
    const used = new Set<string>()
    for (const service of services) {
      for (const stop of service.stops) {
        if (stop.outcome === 'REDIRECT') used.add(stop.agency)
        const links = stop.outcome === 'REDIRECT' ? [] : (stop.links ?? [])
        for (const link of links) for (const [id, agency] of Object.entries(agencies)) if (link.url === agency.url) used.add(id)
      }
    }
    expect(Object.keys(agencies).filter((id) => !used.has(id))).toEqual([])
  })
})
