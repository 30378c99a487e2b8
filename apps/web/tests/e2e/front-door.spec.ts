import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'

// The front door, "Report something": from a force's home page, one question sends each answer to its place (a
// service's start page, another agency's page, a 999 page or the full list), with and without JavaScript, in English
// and in Welsh. No answer, or a made-up one, gets a clear error.

interface Door {
  choice: string
  url: RegExp
  heading: string
  /** Something else the page must say. */
  says?: string
}

const DOORS: Door[] = [
  { choice: 'Someone is in danger, or a crime is happening now', url: /\/report\/emergency$/, heading: 'Call 999 now', says: 'Someone is in danger, or a crime is happening now.' },
  { choice: 'Someone might harm themselves or end their life', url: /\/report\/emergency\?about=suicide$/, heading: 'Call 999 now', says: 'Samaritans will listen, free, day or night, on 116 123.' },
  { choice: 'A child being abused, neglected or exploited', url: /\/services\/child-abuse$/, heading: 'Report child abuse or exploitation' },
  { choice: 'Domestic abuse', url: /\/services\/domestic-abuse$/, heading: 'Report domestic abuse' },
  { choice: 'Stalking or harassment', url: /\/services\/stalking-harassment$/, heading: 'Report stalking or harassment' },
  { choice: 'Intimate images shared, or a threat to share them', url: /\/services\/intimate-image-abuse$/, heading: 'Report intimate image abuse' },
  { choice: 'Forced marriage or honour-based abuse', url: /\/services\/forced-marriage$/, heading: 'Report forced marriage or honour-based abuse' },
  { choice: 'Female genital mutilation (FGM)', url: /\/services\/fgm$/, heading: 'Report female genital mutilation (FGM)' },
  { choice: 'Modern slavery or exploitation', url: /\/services\/modern-slavery$/, heading: 'Report modern slavery or exploitation' },
  { choice: 'A hate crime or incident, including online', url: /\/services\/hate-crime$/, heading: 'Report a hate crime or incident' },
  { choice: 'Fraud, a scam or cybercrime', url: /\/report\/agency\/action-fraud$/, heading: 'Contact Report Fraud', says: 'Phone: 0300 123 2040' },
  { choice: 'Something that might be linked to terrorism', url: /\/report\/agency\/anti-terrorism$/, heading: 'Contact Anti-Terrorism Hotline', says: 'Phone: 0800 789 321' },
  { choice: 'Cruelty to an animal, or an animal being neglected', url: /\/report\/agency\/rspca$/, heading: 'Contact RSPCA', says: 'Phone: 0300 1234 999' },
  { choice: 'I want to give information about a crime without giving my name', url: /\/report\/agency\/crimestoppers$/, heading: 'Contact Crimestoppers', says: 'Phone: 0800 555 111' },
  { choice: 'Something else', url: /\/services$/, heading: 'Report and contact online' },
]

/** Submits the page's form and waits for the page it leads to; the response to the POST (or its redirect's end). */
async function submit(page: Page, button: string) {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/report')
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: button }).click()
  const response = await posted
  await loaded
  return response
}

async function openFrontDoor(page: Page, force = 'leicestershire', linkName = 'Report something') {
  await page.goto(forceUrl(force))
  await page.getByRole('link', { name: linkName }).click()
  await expect(page).toHaveURL(/\/report$/)
}

async function throughEveryDoor(page: Page) {
  for (const door of DOORS) {
    await openFrontDoor(page)
    await page.getByLabel(door.choice, { exact: true }).check()
    const response = await submit(page, 'Continue')
    expect(response.status(), door.choice).toBe(303)
    await expect(page, door.choice).toHaveURL(door.url)
    await expect(page.getByRole('heading', { level: 1 }), door.choice).toHaveText(door.heading)
    if (door.says) await expect(page.getByText(door.says, { exact: false }).first(), door.choice).toBeVisible()
  }
}

async function expectErrorForNoChoice(page: Page) {
  await openFrontDoor(page)
  const response = await submit(page, 'Continue')
  expect(response.status()).toBe(400)
  await expect(page).toHaveURL(/\/report$/)
  await expect(page).toHaveTitle(/^Error: What do you want to report\? – Leicestershire Police$/)
  const summary = page.locator('[data-ui="error-summary"]')
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: 'Select what you want to report' })).toHaveAttribute('href', '#about')
  // The inline error sits with the question, and every choice is still there to pick.
  await expect(page.locator('#about-error')).toContainText('Select what you want to report')
  await expect(page.getByRole('group', { name: 'What do you want to report?' })).toBeVisible()
  await page.getByLabel('Something else', { exact: true }).check()
  await submit(page, 'Continue')
  await expect(page).toHaveURL(/\/services$/)
}

test.describe('with JavaScript on', () => {
  test('from the home page, each choice reaches its service, agency, 999 page or the full list', async ({ page }) => {
    test.setTimeout(180_000)
    await throughEveryDoor(page)
  })

  test('no choice, or a made-up one, gets the error summary and the question again', async ({ page }) => {
    await expectErrorForNoChoice(page)
    await expectNoAxeViolations(page)

    // A value changed in the page before sending is checked on the server: the same clear error.
    await openFrontDoor(page)
    await page.locator('input[name="about"]').first().evaluate((input) => ((input as HTMLInputElement).value = 'nonsense'))
    await page.locator('input[name="about"]').first().check()
    const response = await submit(page, 'Continue')
    expect(response.status()).toBe(400)
    await expect(page.locator('[data-ui="error-summary"]')).toContainText('Select what you want to report')
  })

  test('the question, an agency page and the 999 pages pass axe, show quick exit and load no script file', async ({ page }) => {
    for (const path of ['/report', '/report/agency/anti-terrorism', '/report/agency/crimestoppers', '/report/emergency', '/report/emergency?about=suicide']) {
      const response = await page.goto(forceUrl('leicestershire', path))
      expect(response?.status(), path).toBe(200)
      await expect(page.locator('[data-ui="exit-this-page"] a'), path).toHaveAttribute('href', '/exit')
      expect(await page.locator('script[src]').count(), path).toBe(0)
      await expectNoAxeViolations(page)
    }
    await snap(page, 'front-door-emergency-suicide')
  })

  test('the services list starts with the way in, and the question keeps the full list one link away', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/services'))
    await page.getByRole('link', { name: 'Report something' }).click()
    await expect(page).toHaveURL(/\/report$/)
    await page.getByRole('link', { name: 'See all our online services' }).click()
    await expect(page).toHaveURL(/\/services$/)
  })

  test('an agency the front door does not send people to is a page not found', async ({ page }) => {
    const response = await page.goto(forceUrl('leicestershire', '/report/agency/ceop'))
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  })

  test('each visitor gets their own CSRF token on the question, and each one’s answer is accepted', async ({ browser }) => {
    const tokens: string[] = []
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(forceUrl('leicestershire', '/report'))
      tokens.push(await page.locator('input[name="csrf"]').inputValue())
      await page.getByLabel('Fraud, a scam or cybercrime', { exact: true }).check()
      await submit(page, 'Continue')
      await expect(page).toHaveURL(/\/report\/agency\/action-fraud$/)
      await context.close()
    }
    expect(tokens[0]).not.toBe(tokens[1])
  })

  test('in Welsh on Dyfed-Powys', async ({ page }) => {
    await page.goto(forceUrl('dyfed-powys'))
    await page.getByRole('link', { name: 'Cymraeg' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await page.getByRole('link', { name: 'Rhoi gwybod am rywbeth' }).click()
    await expect(page).toHaveURL(/\/report$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Am beth ydych chi eisiau rhoi gwybod?')
    await expect(page).toHaveTitle('Am beth ydych chi eisiau rhoi gwybod? – Heddlu Dyfed-Powys')
    await expectNoAxeViolations(page)

    const response = await submit(page, 'Parhau')
    expect(response.status()).toBe(400)
    await expect(page).toHaveTitle(/^Gwall: Am beth ydych chi eisiau rhoi gwybod\?/)
    await expect(page.locator('[data-ui="error-summary"]')).toContainText('Dewiswch am beth rydych eisiau rhoi gwybod')

    await page.getByLabel('Twyll, sgam neu seiberdrosedd', { exact: true }).check()
    await submit(page, 'Parhau')
    await expect(page).toHaveURL(/\/report\/agency\/action-fraud$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cysylltwch â Report Fraud')
    await expect(page.getByText('Os byddai’n well gennych siarad â Heddlu Dyfed-Powys')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto(forceUrl('dyfed-powys', '/report'))
    await page.getByLabel('Gallai rhywun niweidio ei hun neu ddod â’i fywyd i ben', { exact: true }).check()
    await submit(page, 'Parhau')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ffoniwch 999 nawr')
    await expect(page.getByText('116 123').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('from the home page, each choice reaches its service, agency, 999 page or the full list', async ({ page }) => {
    test.setTimeout(180_000)
    await throughEveryDoor(page)
  })

  test('no choice gets the error summary, focused, and the question again', async ({ page }) => {
    await expectErrorForNoChoice(page)
  })

  test('the 999 page shows quick exit as a plain link', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/report/emergency?about=suicide'))
    await expect(page.locator('[data-ui="exit-this-page"] a')).toHaveAttribute('href', '/exit')
    await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999')
  })

  test('in Welsh on Dyfed-Powys', async ({ page }) => {
    await page.goto(forceUrl('dyfed-powys', '/language?to=cy&returnTo=/'))
    await page.getByRole('link', { name: 'Rhoi gwybod am rywbeth' }).click()
    await page.getByLabel('Rhywbeth a allai fod yn gysylltiedig â therfysgaeth', { exact: true }).check()
    await submit(page, 'Parhau')
    await expect(page).toHaveURL(/\/report\/agency\/anti-terrorism$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cysylltwch â Llinell Gymorth Gwrthderfysgaeth')
  })
})
