import { test, expect } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, theftAnswers } from './journey-steps.ts'

test('someone in danger is told to call 999 at once, and nothing is sent', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await expect(page).toHaveURL(/\/questions\/danger$/)
  await answerQuestions(page, { ...theftAnswers, danger: { radio: 'yes' } })
  await expect(page).toHaveURL(/\/services\/theft\/emergency$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call 999 now')
  await expect(page.getByText('This is because: Someone is in immediate danger.')).toBeVisible()
  await expect(page.getByText('18000').first()).toBeVisible()
  await expect(page.getByText('We have not sent your answers to anyone.')).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-emergency')
  // The journey cannot be pushed on past the stop: later questions send the person back to the 999 page.
  await page.goto(forceUrl('leicestershire', '/services/theft/questions/how'))
  await expect(page).toHaveURL(/\/services\/theft\/emergency$/)
  await page.goto(forceUrl('leicestershire', '/services/theft/check-answers'))
  await expect(page).toHaveURL(/\/services\/theft\/emergency$/)
  // Changing the answer carries on with the journey.
  await page.getByRole('link', { name: 'Change your answers' }).click()
  await expect(page).toHaveURL(/\/questions\/danger$/)
  await expect(page.locator('input[name="danger"][value="yes"]')).toBeChecked()
})

test('an outcome page cannot be reached without the answers that lead to it', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/emergency'))
  await expect(page).toHaveURL(/\/services\/theft$/)
  await page.goto(forceUrl('leicestershire', '/services/theft/redirect'))
  await expect(page).toHaveURL(/\/services\/theft$/)
})

test('a scam is sent to Report Fraud, which replaced Action Fraud, on its own page', async ({ page }) => {
  await page.goto(forceUrl('metropolitan', '/services/theft/questions'))
  await answerQuestions(page, { ...theftAnswers, how: { radio: 'tricked' } })
  await expect(page).toHaveURL(/\/services\/theft\/redirect$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact Report Fraud')
  const link = page.getByRole('link', { name: 'Report fraud or cybercrime to Report Fraud' })
  await expect(link).toHaveAttribute('href', 'https://www.reportfraud.police.uk/')
  await expect(page.getByText('Phone: 0300 123 2040')).toBeVisible()
  await expect(page.getByText('If you still want to speak to Metropolitan Police Service, call 101.')).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-redirect')
})

test('an unknown service is a 404 page in the force’s frame', async ({ page }) => {
  const response = await page.goto(forceUrl('leicestershire', '/services/no-such-service'))
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('banner')).toContainText('Leicestershire Police')
  const question = await page.goto(forceUrl('leicestershire', '/services/theft/questions/no-such-question'))
  expect(question?.status()).toBe(404)
  await expectNoAxeViolations(page)
})

test('the services list is the force’s own, and the national site has none', async ({ page }) => {
  await page.goto(forceUrl('dyfed-powys', '/services'))
  await expect(page.getByRole('link', { name: 'Report a theft' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a theft that happened in another force’s area goes to that force, the answers kept (cross-border.spec.ts has the rest)', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await answerQuestions(page, { ...theftAnswers, postcode: { text: 'SW1A 2AA' } })
  await expect(page).toHaveURL(/\/services\/theft\/receiving-force\?next=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your report will go to Metropolitan Police Service')
  await expectNoAxeViolations(page)
  await snap(page, 'journey-cross-border')
})

test('noise is sent to the council for the postcode the person gives', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/antisocial-behaviour/questions'))
  await answerQuestions(page, { danger: { radio: 'no' }, postcode: { text: 'LE1 6TH' }, kind: { radio: 'noise' } })
  await expect(page).toHaveURL(/\/services\/antisocial-behaviour\/redirect$/)
  await expect(page.getByRole('main')).toContainText('Leicester')
  await expectNoAxeViolations(page)
  await snap(page, 'journey-council')
})
