// Quick exit as a person at risk uses it: only with the keyboard, typing names and postcodes in capitals, moving back
// with Shift+Tab and pressing Escape, and never thrown out until they press Shift on its own three times. After they
// leave, the browser forgets the report and Back does not bring it back.
import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'

const SERVICE = '/services/stalking-harassment'
const NEUTRAL = /^https:\/\/www\.bbc\.co\.uk\/weather/

/** The neutral site, served locally so the test never leaves the machine. */
async function neutralSite(page: Page) {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ body: '<title>Weather</title><h1>Weather</h1>', contentType: 'text/html' }))
}

/** Types as a person does: a capital letter is Shift held down while the letter is pressed. */
async function typeLikeAPerson(page: Page, text: string) {
  for (const char of text) {
    if (/[A-Z]/.test(char)) await page.keyboard.press(`Shift+Key${char}`)
    else if (char === ' ') await page.keyboard.press('Space')
    else await page.keyboard.type(char)
  }
}

/** Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, selector: string, backwards = false) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`could not reach ${selector} with the keyboard`)
}

/** Three Shift+Tab presses, the shortcut that used to throw people out. */
async function shiftTabThrice(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab')
}

async function expectStillOnTheReport(page: Page) {
  await expect(page).toHaveURL(new RegExp(`${SERVICE}/`))
  await expect(page.locator('[data-ui="exit-this-page-cover"]')).toHaveCount(0)
}

/** Answers a choice question with the keyboard: into the group, arrow to the answer, Escape, Shift+Tab, then Enter. */
async function chooseWithKeyboard(page: Page, name: string, value: string) {
  await tabTo(page, `input[name="${name}"]`)
  // Tab enters a radio group once; arrow keys move through it, choosing as they go.
  for (let i = 0; i < 10 && !(await page.evaluate((v) => (document.activeElement as HTMLInputElement | null)?.value === v, value)); i++) {
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Space')
  await page.keyboard.press('Escape')
  await shiftTabThrice(page)
  await expectStillOnTheReport(page)
  await tabTo(page, `input[name="${name}"][value="${value}"]`)
  await expect(page.locator(`input[name="${name}"][value="${value}"]`)).toBeChecked()
  const loaded = page.waitForEvent('load')
  await page.keyboard.press('Enter')
  await loaded
}

test.describe('with JavaScript', () => {
  test('a keyboard-only stalking report is never ejected by Shift+Tab, capitals or Escape; three lone Shift presses leave', async ({ page, context }) => {
    await neutralSite(page)
    await page.goto(forceUrl('leicestershire', SERVICE))
    // The hint names the shortcut now that it works.
    await expect(page.getByText('To leave this site quickly, select Exit this page or press the Shift key 3 times.')).toBeVisible()
    await expect(page.getByText('To leave this site quickly, select Exit this page.', { exact: true })).toBeHidden()
    await tabTo(page, 'a[href$="/questions"]')
    await shiftTabThrice(page)
    await expect(page).toHaveURL(new RegExp(`${SERVICE}$`))
    await tabTo(page, 'a[href$="/questions"]')
    let loaded = page.waitForEvent('load')
    await page.keyboard.press('Enter')
    await loaded

    await chooseWithKeyboard(page, 'danger', 'no')
    await chooseWithKeyboard(page, 'near-now', 'no')
    await chooseWithKeyboard(page, 'victim-age', '18-to-64')
    await chooseWithKeyboard(page, 'relationship', 'ex-partner')
    await tabTo(page, 'input[name="behaviour"][value="following"]')
    await page.keyboard.press('Space')
    await shiftTabThrice(page)
    await tabTo(page, 'input[name="behaviour"][value="following"]')
    loaded = page.waitForEvent('load')
    await page.keyboard.press('Enter')
    await loaded
    await chooseWithKeyboard(page, 'fear-violence', 'yes')
    await chooseWithKeyboard(page, 'how-long', '1-to-6-months')

    // A postcode in capitals: every capital is Shift held with a letter, and none of them counts.
    await tabTo(page, 'input[name="postcode"]')
    await typeLikeAPerson(page, 'LE1 6TH')
    await shiftTabThrice(page)
    await expectStillOnTheReport(page)
    await tabTo(page, 'input[name="postcode"]')
    await expect(page.locator('input[name="postcode"]')).toHaveValue('LE1 6TH')
    loaded = page.waitForEvent('load')
    await page.keyboard.press('Enter')
    await loaded

    // A date, moving back and forth between its boxes with Tab and Shift+Tab.
    await tabTo(page, 'input[name="started-day"]')
    await page.keyboard.type('14')
    await page.keyboard.press('Tab')
    await page.keyboard.type('1')
    await page.keyboard.press('Tab')
    await page.keyboard.type('2026')
    await shiftTabThrice(page)
    await expectStillOnTheReport(page)
    await tabTo(page, 'input[name="started-year"]')
    loaded = page.waitForEvent('load')
    await page.keyboard.press('Enter')
    await loaded
    await chooseWithKeyboard(page, 'disability', 'no')
    // An ex-partner is known to them: the journey asks for the name without asking whether they know who it was.

    // A name in capitals, Escape pressed in the field, and Shift+Tab: still here, nothing lost.
    await tabTo(page, 'input[name="suspect-name"]')
    await typeLikeAPerson(page, 'Jordan SMITH, known as JJ')
    await page.keyboard.press('Escape')
    await shiftTabThrice(page)
    await expectStillOnTheReport(page)
    await expect(page.locator('input[name="suspect-name"]')).toHaveValue('Jordan SMITH, known as JJ')
    expect(await page.locator('input[name="question"]').inputValue()).toBe('suspect-name')

    // Shift pressed and released on its own three times leaves at once, replacing this page in history.
    const historyBefore = await page.evaluate(() => history.length)
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift')
    await expect(page).toHaveURL(NEUTRAL)
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)
    // The browser forgot the report: no draft cookie for a shared device's next user to find.
    expect((await context.cookies()).map((c) => c.name)).not.toContain('draft-stalking-harassment')

    // Back lands on an earlier page of the report, which leaves again at once.
    await page.goBack()
    await expect(page).toHaveURL(NEUTRAL)

    // Coming back on purpose, the service does not greet them with the unfinished report.
    await page.goto(forceUrl('leicestershire', SERVICE))
    await expect(page.getByText('You have a report you have not finished')).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible()
  })

  test('the exit control is on the home page, the services list and track, and buttons keep a border in forced colours', async ({ page }) => {
    // Five pages each checked with axe: more than the default minute on a busy two-core machine.
    test.setTimeout(120_000)
    await neutralSite(page)
    for (const [path, name] of [
      ['/', 'home'],
      ['/services', 'services'],
      ['/track', 'track'],
    ] as const) {
      await page.goto(forceUrl('leicestershire', path))
      const exit = page.getByRole('link', { name: 'Emergency Exit this page' })
      await expect(exit).toBeVisible()
      await expect(exit).toHaveAttribute('href', '/exit')
      await expect(page.getByText('or press the Shift key 3 times')).toBeVisible()
      await expectNoAxeViolations(page)
      await snap(page, `quick-exit-${name}`)
    }
    // Welsh, on a Welsh force's site.
    await page.goto(forceUrl('dyfed-powys', '/track'))
    await page.getByRole('link', { name: 'Cymraeg' }).click()
    await expect(page.getByRole('link', { name: 'Argyfwng Gadael y dudalen hon' })).toBeVisible()
    await expect(page.getByText('I adael y wefan hon yn gyflym, dewiswch Gadael y dudalen hon neu pwyswch y fysell Shift 3 gwaith.')).toBeVisible()
    await expectNoAxeViolations(page)
    await snap(page, 'quick-exit-track-cy')

    // High contrast: fills and shadows are dropped, so the exit control and every button must keep a visible edge.
    await page.emulateMedia({ forcedColors: 'active' })
    await page.goto(forceUrl('leicestershire', '/track'))
    const edges = await page.locator('[data-ui="button"]').evaluateAll((buttons) =>
      buttons.map((b) => {
        const style = getComputedStyle(b)
        return { text: b.textContent?.trim(), width: parseFloat(style.borderTopWidth), style: style.borderTopStyle, color: style.borderTopColor }
      }),
    )
    expect(edges.length).toBeGreaterThanOrEqual(2)
    for (const edge of edges) {
      expect(edge.width, edge.text).toBeGreaterThanOrEqual(2)
      expect(edge.style, edge.text).toBe('solid')
      expect(edge.color, edge.text).not.toBe('rgba(0, 0, 0, 0)')
    }
    await expectNoAxeViolations(page)
    await snap(page, 'quick-exit-track-forced-colors')

    // The exit control works from track too.
    await page.emulateMedia({ forcedColors: 'none' })
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click()
    await expect(page).toHaveURL(NEUTRAL)
  })

  test('no exit control on a service that is not sensitive', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/services/theft'))
    await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toHaveCount(0)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the exit control is a plain link whose hint names no key, and leaving forgets the report', async ({ page, context }) => {
    await neutralSite(page)
    for (const path of ['/', '/services', '/track', SERVICE]) {
      await page.goto(forceUrl('leicestershire', path))
      await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeVisible()
      await expect(page.getByText('To leave this site quickly, select Exit this page.', { exact: true })).toBeVisible()
      // No visible text on the page tells the person to press a key that does nothing without JavaScript.
      expect(await page.locator('main').innerText()).not.toMatch(/Shift|Escape/)
    }
    await snap(page, 'quick-exit-no-js')

    // A started report...
    await page.goto(forceUrl('leicestershire', `${SERVICE}/questions`))
    await page.locator('input[name="danger"][value="no"]').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.locator('input[name="question"]')).toHaveValue('near-now')
    expect((await context.cookies()).map((c) => c.name)).toContain('draft-stalking-harassment')
    // ...is forgotten by this browser when the person leaves.
    await page.getByRole('link', { name: 'Emergency Exit this page' }).click()
    await expect(page).toHaveURL(NEUTRAL)
    expect((await context.cookies()).map((c) => c.name)).not.toContain('draft-stalking-harassment')
    await page.goto(forceUrl('leicestershire', SERVICE))
    await expect(page.getByText('You have a report you have not finished')).toHaveCount(0)

    // Welsh: the hint names no key either.
    await page.goto(forceUrl('dyfed-powys', '/language?to=cy&returnTo=%2Fservices'))
    await expect(page.getByText('I adael y wefan hon yn gyflym, dewiswch Gadael y dudalen hon.', { exact: true })).toBeVisible()
    expect(await page.locator('main').innerText()).not.toMatch(/Shift|Escape/)
    await snap(page, 'quick-exit-no-js-cy')
  })
})
