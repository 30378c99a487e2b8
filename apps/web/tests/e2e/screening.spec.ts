import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, staffSignIn, snap } from './helpers.ts'
import { answerQuestions, theftAnswers } from './journey-steps.ts'

// A person's own words are read for risk: what they typed about a knife and a threat puts the 999 advice on the check
// answers page (without stopping them sending) and reaches staff as flags, a higher priority and the reason, quoting
// the words and the question they answered.
const WORRYING = 'He showed me a knife and said he is going to kill me if I tell anyone.'

async function toCheckAnswers(page: Page, details: string) {
  await page.goto(forceUrl('leicestershire', '/services/theft'))
  await page.getByRole('link', { name: 'Start now' }).click()
  await answerQuestions(page, { ...theftAnswers, details: { text: details } }, { axe: false })
  await expect(page).toHaveURL(/\/services\/theft\/check-answers$/)
}

async function send(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Continue' }).click()
  await page.getByLabel('I agree').check()
  await page.getByRole('button', { name: 'Accept and send' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  return (await page.locator('[data-journey="reference"]').textContent())!.trim()
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`free text read for risk, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('words about a knife and a threat: the 999 advice before sending, and flags with their reason for staff', async ({ page }) => {
      test.setTimeout(180_000)
      await toCheckAnswers(page, WORRYING)
      const advice = page.locator('[data-journey="danger-now"]')
      await expect(advice.getByRole('heading', { level: 2 })).toHaveText('If someone is in danger now, call 999')
      await expect(advice.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999')
      await expect(advice).toContainText('You can still send your report.')
      if (javaScriptEnabled) await expectNoAxeViolations(page)
      await snap(page, `screening-check-answers-js-${javaScriptEnabled}`)
      const reference = await send(page)

      await staffSignIn(page, 'leicestershire')
      await page.goto(forceUrl('leicestershire', '/staff/queue?status=all'))
      const row = page.locator('tr', { has: page.locator(`[data-reference="${reference}"]`) })
      await expect(row.locator('[data-flag="weapon"]')).toHaveText('Weapon')
      await expect(row.locator('[data-flag="danger-now"]')).toContainText('Danger now')
      await row.locator(`[data-reference="${reference}"]`).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report ${reference}`)
      const main = page.locator('main')
      await expect(main).toContainText('The words “knife” in the answer to “What happened?” suggest a weapon may be involved.')
      await expect(main).toContainText('The words “going to kill” in the answer to “What happened?” suggest someone may be in danger now.')
      await expect(page.locator('[data-priority]').first()).toContainText('High')
    })

    test('an ordinary account of a theft gets no 999 advice', async ({ page }) => {
      test.setTimeout(120_000)
      await toCheckAnswers(page, 'My phone was taken from my bag at the bus stop. Nobody was hurt and there was no weapon.')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your report')
      await expect(page.locator('[data-journey="danger-now"]')).toHaveCount(0)
    })
  })
}
