import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, theftAnswers } from './journey-steps.ts'

// An upload rejected by its content: a text file named like a photo is refused by its first bytes; a real PNG (one
// that decodes: every image is encoded again on upload) is accepted.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

test('an upload is rejected by its content, not its name, and a real photo is accepted', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft'))
  await page.getByRole('link', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/questions\/danger$/)
  await answerQuestions(page, { ...theftAnswers, evidence: { check: ['photos'] } }, { axe: false, stopAt: 'evidence-files' })
  await expect(page).toHaveURL(/\/questions\/evidence-files$/)
  await expectNoAxeViolations(page)

  const input = page.locator('input[type=file]')
  await input.setInputFiles({ name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is a text file pretending to be a photo') })
  await page.locator('main form[method="post"] button[data-ui="button"]').last().click()
  const summary = page.locator('[data-ui=error-summary]')
  await expect(summary).toContainText('The selected file must be a JPG, PNG, GIF, WebP, HEIC, PDF or video')
  await expectNoAxeViolations(page)
  await snap(page, 'upload-rejected')

  await page.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG })
  await page.locator('main form[method="post"] button[data-ui="button"]').last().click()
  await expect(summary).toHaveCount(0)
  await expect(page).not.toHaveURL(/\/questions\/evidence-files$/)
})
