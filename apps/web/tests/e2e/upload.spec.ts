import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl } from './helpers.ts'
import { answerQuestions, theftAnswers } from './journey-steps.ts'

// Issue 5, Done when: "an upload rejected by its content". A text file named like a photo is refused by its first
// bytes; a real PNG is accepted.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
)

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
  await page.screenshot({ path: 'test-results/upload-rejected.png', fullPage: true })

  await page.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG })
  await page.locator('main form[method="post"] button[data-ui="button"]').last().click()
  await expect(summary).toHaveCount(0)
  await expect(page).not.toHaveURL(/\/questions\/evidence-files$/)
})
