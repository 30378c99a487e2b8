import { test, expect } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, submit, theftAnswers } from './journey-steps.ts'

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

test('evidence is uploaded on its question page, a file that is not what it says is refused, and a file can be removed', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await answerQuestions(page, { ...theftAnswers, evidence: { check: ['photos'] } }, { axe: false, stopAt: 'evidence-files' })
  await expect(page).toHaveURL(/\/questions\/evidence-files$/)
  await expect(page.locator('form[enctype="multipart/form-data"]')).toHaveCount(1)
  await expectNoAxeViolations(page)

  await page.locator('input[type="file"]').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a picture') })
  await submit(page)
  await expect(page.locator('[data-ui="error-summary"]')).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-evidence-refused')

  await page.locator('input[type="file"]').setInputFiles({ name: 'bike.png', mimeType: 'image/png', buffer: PNG })
  await submit(page)
  await expect(page).toHaveURL(/\/questions\/details$/)
  await page.getByRole('link', { name: 'Back', exact: true }).click()
  await expect(page.getByText('Remove bike.png')).toBeVisible()
  await snap(page, 'journey-evidence-attached')
  await page.getByLabel('Remove bike.png').check()
  await submit(page)
  await page.getByRole('link', { name: 'Back', exact: true }).click()
  await expect(page.getByText('No files attached yet.')).toBeVisible()
})
