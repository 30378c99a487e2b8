// The front door through its own loaders and action, as Remix calls them: the question in the force's language, a
// 303 to where each answer goes, the same clear error for no answer and for a made-up one, and no way to a service
// the force has switched off.
import type { AppLoadContext } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import type { Database } from '@bluelamp/db'
import { FRONT_DOOR_CHOICES, SOMETHING_ELSE } from '@bluelamp/triage'
import { frontDoorAction, frontDoorAgencyLoader, frontDoorEmergencyLoader, frontDoorLoader, targetHref, type FrontDoorPageData } from './front-door.server.ts'
import { setSigningSecret } from '../security/secrets.server.ts'
import type { PageTemplate } from '../platform/shared-page.server.ts'
import { contextFor, dataOf, location, statusOf, TestBrowser } from '../testing/browser.server.ts'

setSigningSecret('a test signing secret of at least thirty-two characters')

// The front door reads and writes nothing in the database.
const noDatabase = {} as Database

function browser(force = 'leicestershire', change?: (context: AppLoadContext) => void) {
  const host = `${force}.localhost`
  const context = contextFor(noDatabase, host)
  change?.(context)
  return new TestBrowser(context, host)
}

/** A force that has switched services off. */
const withoutServices = (...ids: string[]) => (context: AppLoadContext) => {
  if (context.site.kind !== 'tenant') throw new Error('not a force')
  const { tenant } = context.site
  context.site = { ...context.site, tenant: { ...tenant, options: { ...tenant.options, disabledServices: ids } } }
}

const post = (b: TestBrowser, fields: Record<string, string | string[]>) => b.post(frontDoorAction, '/report', fields, {})

describe('GET /report', () => {
  it('asks the question with every choice, "Something else" last, and is a page the same for everyone', async () => {
    const b = browser()
    const template: PageTemplate = { nonce: 'n', csrf: 'c', shareable: false }
    b.context.pageTemplate = template
    const page = (await b.get(frontDoorLoader, '/report', {})) as FrontDoorPageData
    expect(page.error).toBeNull()
    expect(page.choices.map((c) => c.value)).toEqual(FRONT_DOOR_CHOICES.map((c) => c.id))
    expect(page.choices.at(-1)).toMatchObject({ value: SOMETHING_ELSE, label: 'Something else' })
    expect(page.choices.find((c) => c.value === 'terrorism')?.label).toBe('Something that might be linked to terrorism')
    expect(template.shareable).toBe(true)
  })

  it('is in Welsh for someone who chose Welsh on a Welsh force', async () => {
    const b = browser('dyfed-powys')
    b.cookies.set('lang', Buffer.from(JSON.stringify('cy')).toString('base64'))
    const page = (await b.get(frontDoorLoader, '/report', {})) as FrontDoorPageData
    expect(page.choices.at(-1)?.label).toBe('Rhywbeth arall')
  })

  it('leaves out a choice whose service the force has switched off', async () => {
    const page = (await browser('leicestershire', withoutServices('fgm')).get(frontDoorLoader, '/report', {})) as FrontDoorPageData
    expect(page.choices.map((c) => c.value)).not.toContain('fgm')
    expect(page.choices.map((c) => c.value)).toContain('forced-marriage')
  })

  it('does not exist on the national site', async () => {
    const national = new TestBrowser(contextFor(noDatabase, 'localhost'), 'localhost')
    expect(statusOf(await national.get(frontDoorLoader, '/report', {}))).toBe(404)
  })
})

describe('POST /report', () => {
  it('sends each answer to its place with a 303', async () => {
    const expected: Record<string, string> = {
      danger: '/report/emergency',
      suicide: '/report/emergency?about=suicide',
      'child-abuse': '/services/child-abuse',
      'intimate-images': '/services/intimate-image-abuse',
      'stalking-harassment': '/services/stalking-harassment',
      fraud: '/report/agency/action-fraud',
      terrorism: '/report/agency/anti-terrorism',
      'animal-cruelty': '/report/agency/rspca',
      anonymous: '/report/agency/crimestoppers',
      [SOMETHING_ELSE]: '/services',
    }
    const b = browser()
    for (const [about, to] of Object.entries(expected)) {
      const response = await post(b, { about })
      expect(statusOf(response), about).toBe(303)
      expect(location(response), about).toBe(to)
    }
    for (const choice of FRONT_DOOR_CHOICES) {
      const response = await post(b, { about: choice.id })
      expect(location(response), choice.id).toBe(targetHref(choice.to))
    }
  })

  it('says what to do when nothing is chosen, and the page is titled as showing errors', async () => {
    const b = browser()
    const response = await post(b, {})
    expect(statusOf(response)).toBe(400)
    const page = dataOf<FrontDoorPageData>(response)
    expect(page.error).toBe('Select what you want to report')
    expect(page.choices).toHaveLength(FRONT_DOOR_CHOICES.length)
    expect(b.context.pageErrors).toBe(true)
  })

  it('gives the same clear error for a value that is not one of the choices', async () => {
    for (const about of ['nonsense', '__proto__', 'toString', 'x'.repeat(5000), '/services/theft', ['fraud', 'danger']]) {
      const response = await post(browser(), { about })
      expect(statusOf(response), String(about).slice(0, 20)).toBe(400)
      expect(dataOf<FrontDoorPageData>(response).error).toBe('Select what you want to report')
    }
  })

  it('says it in Welsh on a Welsh page', async () => {
    const b = browser('dyfed-powys')
    b.cookies.set('lang', Buffer.from(JSON.stringify('cy')).toString('base64'))
    expect(dataOf<FrontDoorPageData>(await post(b, {})).error).toBe('Dewiswch am beth rydych eisiau rhoi gwybod')
  })

  it('refuses a service the force has switched off, as a made-up answer', async () => {
    const response = await post(browser('leicestershire', withoutServices('fgm')), { about: 'fgm' })
    expect(statusOf(response)).toBe(400)
  })

  it('refuses a form without its CSRF token', async () => {
    const b = browser()
    const request = new Request('http://leicestershire.localhost/report', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'bl_csrf=whatever' },
      body: 'about=fraud',
    })
    expect(statusOf(await b.call(frontDoorAction, request, {}))).toBe(403)
  })
})

describe('the agency pages', () => {
  it('name the agency, why, and how to reach it, in the page’s language', async () => {
    const page = (await browser().get(frontDoorAgencyLoader, '/report/agency/crimestoppers', { agencyId: 'crimestoppers' })) as {
      agency: { name: string; phone?: string; url: string }
      why: string
      forceName: string
      nonEmergency: string
    }
    expect(page.agency).toMatchObject({ name: 'Crimestoppers', phone: '0800 555 111', url: 'https://crimestoppers-uk.org/give-information' })
    expect(page.why).toMatch(/without ever knowing who you are/)
    expect(page).toMatchObject({ forceName: 'Leicestershire Police', nonEmergency: '101' })
  })

  it('are a 404 for any other agency id', async () => {
    for (const agencyId of ['ceop', 'samaritans', 'nope', '__proto__']) {
      expect(statusOf(await browser().get(frontDoorAgencyLoader, `/report/agency/${agencyId}`, { agencyId })), agencyId).toBe(404)
    }
  })
})

describe('the 999 pages', () => {
  type Emergency = { outcome: { reason: string; advice?: string; links: { text: string; url: string }[] } }

  it('give Samaritans beside the call when someone might end their life', async () => {
    const page = (await browser().get(frontDoorEmergencyLoader, '/report/emergency?about=suicide', {})) as Emergency
    expect(page.outcome.advice).toContain('116 123')
    expect(page.outcome.links.map((l) => l.url)).toContain('https://www.samaritans.org/')
  })

  it('keep the plain one to the call', async () => {
    const page = (await browser().get(frontDoorEmergencyLoader, '/report/emergency', {})) as Emergency
    expect(page.outcome.reason).toBe('Someone is in danger, or a crime is happening now.')
    expect(page.outcome.advice).toBeUndefined()
  })

  it('send any other kind to the plain one', async () => {
    const response = await browser().get(frontDoorEmergencyLoader, '/report/emergency?about=other', {})
    expect(statusOf(response)).toBe(302)
    expect(location(response)).toBe('/report/emergency')
  })
})
