import { test, expect } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, theftAnswers } from './journey-steps.ts'

test('a whole theft report in Welsh on dyfed-powys, the language toggle keeping the place', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto(forceUrl('dyfed-powys', '/services/theft'))
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page).toHaveURL(/\/services\/theft$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhoi gwybod am ladrad')
  await expectNoAxeViolations(page)
  await snap(page, 'journey-cy-start')
  await page.getByRole('link', { name: 'Dechrau nawr' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A oes unrhyw un mewn perygl uniongyrchol?')
  await expect(page.getByText('Cwestiwn 1 o tua')).toBeVisible()

  // An error in Welsh.
  await page.getByRole('button', { name: 'Parhau' }).click()
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Mae problem wedi codi')
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Dewiswch ‘Oes’ os oes unrhyw un mewn perygl uniongyrchol')
  await expect(page).toHaveTitle(/Heddlu Dyfed-Powys/)
  await expectNoAxeViolations(page)
  await snap(page, 'journey-cy-error')

  await answerQuestions(page, { ...theftAnswers, postcode: { text: 'SA31 2PF' } }, { screenshots: 'journey-cy' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gwiriwch eich atebion cyn anfon eich adroddiad')
  await expect(page.getByText('Ffôn symudol')).toBeVisible()
  await expect(page.getByText('20 Mawrth 2026')).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-cy-check-answers')
  await page.getByRole('link', { name: 'Parhau' }).click()
  await page.getByLabel('Rwy’n cytuno').check()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-cy-declaration')
  await page.getByRole('button', { name: 'Derbyn ac anfon' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adroddiad wedi’i anfon')
  await expect(page.locator('[data-journey="reference"]')).toHaveText(/^DPP-/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expectNoAxeViolations(page)
  await snap(page, 'journey-cy-confirmation')
})
