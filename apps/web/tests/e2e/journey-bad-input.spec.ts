import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, fill, submit, theftAnswers } from './journey-steps.ts'

/** A form post from the page itself (same cookies, same origin), following redirects as a browser would. */
function post(page: Page, path: string, fields: Record<string, string>) {
  return page.evaluate(
    async ({ path, fields }) => {
      const response = await fetch(path, { method: 'POST', body: new URLSearchParams(fields) })
      return { status: response.status, url: response.url, body: await response.text() }
    },
    { path, fields },
  )
}

const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'

test('script typed into a free-text answer is shown as text wherever it appears', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', () => dialogs++)
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await answerQuestions(page, { ...theftAnswers, details: { text: SCRIPT }, contact: { fields: { 'contact-name': '<b>Sam</b>', 'contact-phone': '07700 900982' } } }, { axe: false })
  await expect(page).toHaveURL(/\/check-answers$/)
  await expect(page.getByText(SCRIPT)).toBeVisible()
  await expect(page.getByText('<b>Sam</b>')).toBeVisible()
  await page.getByRole('link', { name: 'Change What happened?' }).click()
  await expect(page.locator('textarea[name="details"]')).toHaveValue(SCRIPT)
  await page.goto(forceUrl('leicestershire', '/services/theft/declaration'))
  await page.getByLabel('I agree').check()
  await submit(page)
  await page.getByRole('link', { name: 'View and print a copy of your report' }).click()
  await expect(page.getByText(SCRIPT)).toBeVisible()
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toBe(0)
})

test('impossible and future dates get a clear message, and the typed values stay', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await answerQuestions(page, theftAnswers, { axe: false, stopAt: 'when' })
  await fill(page, 'when', { date: ['31', '2', '2026'], time: 'night' })
  await submit(page)
  const summary = page.locator('[data-ui="error-summary"]')
  await expect(summary).toContainText('must be a real date')
  await expect(page.locator('[name="when-day"]')).toHaveValue('31')
  await expect(page.locator('[name="when-month"]')).toHaveValue('2')
  await expect(page.locator('input[name="when-time"][value="night"]')).toBeChecked()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-error-date')
  // The summary's link goes to the day field.
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#when-day')

  await fill(page, 'when', { date: ['1', '1', String(new Date().getFullYear() + 1)] })
  await submit(page)
  await expect(summary).toContainText('must be today or in the past')
  await fill(page, 'when', { date: ['1', '13', '2025'] })
  await submit(page)
  await expect(summary).toContainText('must be a real date')
  // Nothing was stored: the question is still the one to answer.
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await expect(page).toHaveURL(/\/questions\/when$/)
})

test('a tampered form changes nothing: a different question id, an option not offered, a question not yet reached', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await answerQuestions(page, theftAnswers, { axe: false, stopAt: 'how' })

  // The hidden question id says another question.
  await page.locator('input[name="question"]').evaluate((input: HTMLInputElement) => void (input.value = 'danger'))
  await fill(page, 'how', { radio: 'taken' })
  await submit(page)
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('The form was changed before it was sent')
  await expect(page).toHaveURL(/\/questions\/how$/)

  // An option value that is not one of the question's options.
  await page.locator('input[name="how"]').first().evaluate((input: HTMLInputElement) => void (input.value = 'stolen-by-aliens'))
  await page.locator('input[name="how"]').first().check()
  await submit(page)
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Select one of the options')

  // A post straight to a later question that has not been reached.
  const csrf = await page.locator('input[name="csrf"]').inputValue()
  const skipped = await post(page, '/services/theft/questions/value', { csrf, question: 'value', value: 'over-1000' })
  // It is not stored, and the person is sent back to the question they are on, with a message.
  expect(new URL(skipped.url).pathname).toBe('/services/theft/questions/how')
  expect(skipped.body).toContain('That question is not part of your report at this point, so nothing was saved.')

  // None of it was stored: the journey is still at "how", with nothing chosen.
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await expect(page).toHaveURL(/\/questions\/how$/)
  await expect(page.locator('input[name="how"]:checked')).toHaveCount(0)
})

test('a post without the CSRF token is refused and stores nothing', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions/danger'))
  const forged = await post(page, '/services/theft/questions/danger', { question: 'danger', danger: 'no' })
  expect(forged.status).toBe(403)
  // The page says what happened, and its title is its heading.
  const heading = 'Your session has expired or the form was sent from elsewhere'
  expect(forged.body).toContain(`<title>${heading} – Leicestershire Police</title>`)
  expect(forged.body).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`))
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await expect(page).toHaveURL(/\/questions\/danger$/)
})
