import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { MAIL_DIR } from './mail-dir.ts'
import { answerQuestions, fill, submit, theftAnswers, theftAnswersIn } from './journey-steps.ts'


async function toCheckAnswers(page: Page, forceId = 'leicestershire') {
  await page.goto(forceUrl(forceId, '/services/theft/questions'))
  await answerQuestions(page, theftAnswersIn(forceId), { axe: false })
  await expect(page).toHaveURL(/\/check-answers$/)
}

test('changing an answer from check answers returns there, and a change of path asks the new question first', async ({ page }) => {
  await toCheckAnswers(page)
  // A change that keeps the path: straight back to check answers.
  await page.getByRole('link', { name: 'Change Roughly how much was it all worth?' }).click()
  await expect(page).toHaveURL(/\/questions\/value\?change=1$/)
  await expect(page.locator('input[name="value"][value="100-to-1000"]')).toBeChecked()
  await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', '/services/theft/check-answers')
  await fill(page, 'value', { radio: 'over-1000' })
  await submit(page)
  await expect(page).toHaveURL(/\/check-answers$/)
  await expect(page.getByText('More than £1,000')).toBeVisible()

  // A change that opens a new question: it is asked, then back to check answers.
  await page.getByRole('link', { name: 'Change Do you know who did it?' }).click()
  await fill(page, 'suspect-known', { radio: 'yes' })
  await submit(page)
  await expect(page).toHaveURL(/\/questions\/suspect-name\?change=1$/)
  await fill(page, 'suspect-name', { text: 'Alex Smith' })
  await submit(page)
  await expect(page).toHaveURL(/\/check-answers$/)
  await expect(page.getByText('Alex Smith')).toBeVisible()
  // The description asked only when the person is not known is dropped from the answers.
  await expect(page.getByText('Grey hoodie')).toHaveCount(0)

  // A change that ends the journey: the outcome replaces check answers.
  await page.getByRole('link', { name: 'Change How was it taken?' }).click()
  await fill(page, 'how', { radio: 'online-or-bank' })
  await submit(page)
  await expect(page).toHaveURL(/\/redirect$/)
  await page.goto(forceUrl('leicestershire', '/services/theft/check-answers'))
  await expect(page).toHaveURL(/\/redirect$/)
})

test('a draft is resumed in the same browser, and by the emailed link in another', async ({ page, browser }) => {
  await page.goto(forceUrl('leicestershire', '/services/theft/questions'))
  await answerQuestions(page, theftAnswers, { axe: false, stopAt: 'value' })
  await expect(page).toHaveURL(/\/questions\/value$/)

  // Later, the same browser: the start page offers to continue.
  await page.goto(forceUrl('leicestershire', '/services/theft'))
  await expect(page.getByRole('heading', { name: 'You have a report you have not finished' })).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-start-draft')
  await page.getByRole('link', { name: 'Continue your report' }).click()
  await expect(page).toHaveURL(/\/questions\/value$/)
  await page.getByRole('link', { name: 'Back', exact: true }).click()
  await expect(page.locator('input[name="stolen"][value="phone"]')).toBeChecked()

  // Save and come back later: a link by email.
  await page.goto(forceUrl('leicestershire', '/services/theft/questions/value'))
  await page.getByRole('button', { name: 'Save and come back later' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save your report and come back later')
  await page.getByRole('button', { name: 'Email me a link' }).click()
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Enter your email address')
  await expectNoAxeViolations(page)
  const address = `resume-${Date.now()}@example.com`
  await page.getByLabel('Email address').fill(address)
  await page.getByRole('button', { name: 'Email me a link' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have sent you a link')
  await expectNoAxeViolations(page)
  await snap(page, 'journey-save-sent')

  let link: string | undefined
  await expect
    .poll(() => {
      for (const file of readdirSync(MAIL_DIR).filter((f) => f.endsWith('.json'))) {
        const mail = JSON.parse(readFileSync(join(MAIL_DIR, file), 'utf8')) as { to: string; text: string }
        if (mail.to === address) link = /https?:\/\/\S+\/resume\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0]
      }
      return link
    }, { timeout: 20_000 })
    .toBeTruthy()

  const other = await browser.newContext()
  const phone = await other.newPage()
  await phone.goto(link!)
  await expect(phone).toHaveURL(/\/services\/theft\/questions\/value$/)
  await phone.getByRole('link', { name: 'Back', exact: true }).click()
  await expect(phone.locator('input[name="stolen"][value="bag-or-wallet"]')).toBeChecked()
  await other.close()

  // A made-up link finds nothing.
  await page.goto(forceUrl('leicestershire', '/services/theft/resume/not-a-real-token-at-all-000000'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired')

  // Start again throws the draft away.
  await page.goto(forceUrl('leicestershire', '/services/theft'))
  await page.getByRole('button', { name: 'Start again' }).click()
  await expect(page).toHaveURL(/\/questions\/danger$/)
  await expect(page.locator('input[name="danger"]:checked')).toHaveCount(0)
})

test('sending the same report twice at once gives one reference', async ({ page }) => {
  await toCheckAnswers(page, 'dyfed-powys')
  await page.getByRole('link', { name: 'Continue' }).click()
  await page.getByLabel('I agree').check()
  // Two submissions of the same form in flight together (a double click, or a retry on a slow connection).
  const references = await page.evaluate(async () => {
    const form = document.querySelector<HTMLFormElement>('main form[method="post"]')!
    const send = () => fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form) as never), redirect: 'follow' })
    const pages = await Promise.all([send(), send()])
    return Promise.all(pages.map(async (r) => /data-journey="reference">([^<]+)</.exec(await r.text())?.[1]))
  })
  expect(references[0]).toMatch(/^DPP-/)
  expect(references[1]).toBe(references[0])
  await page.goto(forceUrl('dyfed-powys', '/services/theft/confirmation'))
  await expect(page.locator('[data-journey="reference"]')).toHaveText(references[0]!)
  // And once more after it has gone through: the declaration page now goes to the confirmation.
  await page.goto(forceUrl('dyfed-powys', '/services/theft/declaration'))
  await expect(page).toHaveURL(/\/confirmation$/)
})
