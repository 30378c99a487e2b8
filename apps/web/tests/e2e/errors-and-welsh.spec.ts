// What a screen reader user hears after a failed submit, with and without JavaScript; dates with more than one
// problem; the confirmation at 320px; and Welsh where a Welsh force's pages had English left in them.
import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, theftAnswersIn, type Answer } from './journey-steps.ts'

const QUESTION = '/services/stalking-harassment/questions/danger'

async function submitEmpty(page: Page, button = 'Continue') {
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: button }).click()
  await loaded
}

test.describe('with JavaScript', () => {
  test('a failed submit: "Error:" in the title, focus on the summary, and its link keeps the question in view', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 500 })
    await page.goto(forceUrl('leicestershire', QUESTION))
    await submitEmpty(page)
    await expect(page).toHaveTitle(/^Error: Is anyone in immediate danger\? – /)
    const summary = page.locator('[data-ui="error-summary"]')
    await expect(summary).toHaveAttribute('role', 'alert')
    await expect(summary).toBeFocused()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Select yes if anyone is in immediate danger' }).click()
    await expect(page.locator('#danger-yes, input[name="danger"]').first()).toBeFocused()
    // The question (the legend) is in view, below the sticky quick exit bar, not scrolled off the top.
    const legend = await page.locator('legend').first().boundingBox()
    const bar = await page.locator('[data-ui="exit-this-page"]').boundingBox()
    expect(legend!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1)
    expect(legend!.y + legend!.height).toBeLessThanOrEqual(500)
    await snap(page, 'errors-link-followed', { fullPage: false })
  })

  test('a date with day 32 and no month says both, each on its own field', async ({ page }) => {
    const answers: Record<string, Answer> = {
      danger: { radio: 'no' },
      'near-now': { radio: 'no' },
      'victim-age': { radio: '18-to-64' },
      relationship: { radio: 'stranger' },
      behaviour: { check: ['contact'] },
      'fear-violence': { radio: 'no' },
      'how-long': { radio: 'under-1-month' },
      postcode: { text: 'LE1 6TH' },
    }
    await page.goto(forceUrl('leicestershire', '/services/stalking-harassment/questions'))
    await answerQuestions(page, answers, { axe: false, stopAt: 'started' })
    await page.getByLabel('Day').fill('32')
    await page.getByLabel('Year').fill('2026')
    await submitEmpty(page)
    await expect(page).toHaveTitle(/^Error: When did it start\?/)
    const summary = page.locator('[data-ui="error-summary"]')
    await expect(summary.getByRole('link')).toHaveText(['The date it started must be a real date', 'The date it started must include a month'])
    await expect(page.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Month')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Year')).not.toHaveAttribute('aria-invalid', 'true')
    // What was typed is kept.
    await expect(page.getByLabel('Day')).toHaveValue('32')
    await expectNoAxeViolations(page)
    await snap(page, 'errors-date')
  })

  test('the confirmation reflows at 320px with a long email address', async ({ page }) => {
    const email = 'a.very.long.email.address.for.someone.reporting@a-long-domain-name.example.co.uk'
    const answers = { ...theftAnswersIn('leicestershire'), contact: { fields: { 'contact-name': 'Sam Jones', 'contact-email': email } } }
    await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
    await answerQuestions(page, answers, { axe: false })
    await page.getByRole('link', { name: 'Continue' }).click()
    await page.getByLabel('I agree').check()
    await page.getByRole('button', { name: 'Accept and send' }).click()
    await expect(page).toHaveURL(/\/confirmation$/)
    await page.setViewportSize({ width: 320, height: 800 })
    await expect(page.getByText(email)).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await expectNoAxeViolations(page)
    await snap(page, 'confirmation-320')
  })

  test('Welsh: answers that follow the verb, "Gwall:" in the title, Welsh titles, footer and 404', async ({ page }) => {
    await page.goto(forceUrl('dyfed-powys', `/language?to=cy&returnTo=${encodeURIComponent(QUESTION)}`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    // "A oes…?" is answered "Oes" / "Nac oes", not "Ie" / "Na".
    await expect(page.getByLabel('Oes', { exact: true })).toBeVisible()
    await expect(page.getByLabel('Nac oes', { exact: true })).toBeVisible()
    await submitEmpty(page, 'Parhau')
    await expect(page).toHaveTitle(/^Gwall: A oes unrhyw un mewn perygl uniongyrchol\? – /)
    await expect(page.locator('[data-ui="error-summary"]')).toContainText('Dewiswch ‘Oes’ os oes unrhyw un mewn perygl uniongyrchol')
    await expect(page.locator('[data-ui="error-summary"]')).toBeFocused()
    await expectNoAxeViolations(page)
    await snap(page, 'errors-cy')

    // "A yw…?" is answered "Ydy" / "Nac ydy".
    await page.getByLabel('Nac oes', { exact: true }).check()
    await submitEmpty(page, 'Parhau')
    await expect(page.getByLabel('Ydy', { exact: true })).toBeVisible()
    await expect(page.getByLabel('Nac ydy', { exact: true })).toBeVisible()

    // The footer: its address and the label of its links, in Welsh.
    await expect(page.getByRole('contentinfo')).toContainText('Cyfeiriad: Pencadlys yr Heddlu, Llangynnwr, Caerfyrddin SA31 2PF')
    await expect(page.getByRole('navigation', { name: 'Dolenni cymorth' })).toBeVisible()

    for (const [path, title] of [
      ['/accessibility', 'Datganiad hygyrchedd – Heddlu Dyfed-Powys'],
      ['/privacy', 'Preifatrwydd – Heddlu Dyfed-Powys'],
      ['/cookies', 'Cwcis – Heddlu Dyfed-Powys'],
      ['/no-such-page', 'Heb ddod o hyd i’r dudalen – Heddlu Dyfed-Powys'],
    ] as const) {
      await page.goto(forceUrl('dyfed-powys', path))
      await expect(page).toHaveTitle(title)
      await expectNoAxeViolations(page)
    }
    await snap(page, 'not-found-cy')

    // The back office's pages too.
    await page.goto(forceUrl('dyfed-powys', '/staff'))
    await expect(page).toHaveTitle('Mewngofnodi i’r swyddfa gefn – Heddlu Dyfed-Powys')
    await submitEmpty(page, 'Mewngofnodi')
    await expect(page).toHaveTitle(/^Gwall: Mewngofnodi i’r swyddfa gefn/)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a failed submit: "Error:" in the title, and the summary is announced and takes focus', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', QUESTION))
    await submitEmpty(page)
    await expect(page).toHaveTitle(/^Error: Is anyone in immediate danger\? – /)
    const summary = page.locator('[data-ui="error-summary"]')
    await expect(summary).toHaveAttribute('role', 'alert')
    await expect(summary).toHaveAttribute('tabindex', '-1')
    // The autofocus attribute moves focus to it with no script at all, so a screen reader reads it at once.
    await expect(summary).toHaveAttribute('autofocus', '')
    await expect(summary).toBeFocused()
    await snap(page, 'errors-no-js')

    await page.goto(forceUrl('leicestershire', '/track'))
    await submitEmpty(page, 'Find my report')
    await expect(page).toHaveTitle(/^Error: Track a report/)
    await expect(page.locator('[data-ui="error-summary"]')).toBeFocused()
  })
})
