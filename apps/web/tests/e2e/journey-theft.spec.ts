import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, scriptBytes, theftAnswersIn } from './journey-steps.ts'

const REFERENCE = /^[A-Z]{3}-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}$/

/** From the force's home page to the confirmation, checking every page on the way. */
async function reportTheft(page: Page, forceId: string, label: string, axe: boolean) {
  const bytes: Record<string, number> = {}
  const check = async (name: string) => {
    // axe runs inside the page, so it needs JavaScript: the JavaScript-on run checks the same pages.
    if (axe) {
      await expectNoAxeViolations(page)
      const shipped = await scriptBytes(page)
      // Script files would be a bundle; inline bytes are the quick exit's small script, where the page shows it.
      expect(shipped.scripts, name).toBe(0)
      bytes[name] = shipped.bytes
    }
    await snap(page, `journey-${label}-${name}`)
  }
  await page.goto(forceUrl(forceId, '/services'))
  await check('services')
  await page.getByRole('link', { name: 'Report a theft' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a theft')
  await check('start')
  await page.getByRole('link', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/services\/theft\/questions\/danger$/)
  await expect(page.getByText('Question 1 of about')).toBeVisible()
  if (axe) bytes.question = (await scriptBytes(page)).bytes
  const visits = await answerQuestions(page, theftAnswersIn(forceId), { axe, screenshots: `journey-${label}` })
  expect(visits.map((v) => v.questionId)).toContain('details')
  expect(visits.map((v) => v.questionId)).not.toContain('where') // a postcode was given

  await expect(page).toHaveURL(/\/services\/theft\/check-answers$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your report')
  await expect(page.getByText('A mobile phone')).toBeVisible()
  await expect(page.getByText('20 March 2026')).toBeVisible()
  await check('check-answers')
  await page.getByRole('link', { name: 'Continue' }).click()

  await expect(page).toHaveURL(/\/services\/theft\/declaration$/)
  await check('declaration')
  await page.getByRole('button', { name: 'Accept and send' }).click()
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Confirm that the information you have given is true')
  await page.getByLabel('I agree').check()
  await page.getByRole('button', { name: 'Accept and send' }).click()

  await expect(page).toHaveURL(/\/services\/theft\/confirmation$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  const reference = (await page.locator('[data-journey="reference"]').textContent())!.trim()
  expect(reference).toMatch(REFERENCE)
  await expect(page.getByText('We have sent a confirmation to sam@example.com.')).toBeVisible()
  await check('confirmation')
  await page.getByRole('link', { name: 'View and print a copy of your report' }).click()
  await expect(page.locator('[data-journey="reference"]')).toHaveText(reference)
  await expect(page.getByText('My phone and wallet were taken')).toBeVisible()
  await check('print')
  return { reference, bytes }
}

test.describe('with JavaScript on', () => {
  test('a theft report on leicestershire, from the services list to the confirmation', async ({ page }) => {
    test.setTimeout(180_000)
    const { reference, bytes } = await reportTheft(page, 'leicestershire', 'js', true)
    expect(reference.startsWith('LEI-')).toBe(true)
    console.log(`JS bytes per page (leicestershire, JS on): ${JSON.stringify(bytes)}`)
    // Core journey pages ship no JavaScript; the services list, which shows the quick exit, only its inline script.
    for (const [name, n] of Object.entries(bytes)) expect(n, name).toBeLessThan(name === 'services' ? 4096 : 1)
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  test('a theft report on metropolitan, from the services list to the confirmation', async ({ page }) => {
    const { reference } = await reportTheft(page, 'metropolitan', 'nojs', false)
    expect(reference.startsWith('MET-')).toBe(true)
  })
})
