import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, staffSignIn, snap } from './helpers.ts'
import { answerQuestions, submit, theftAnswers } from './journey-steps.ts'

// A report made on Leicestershire's site about Manchester goes to Greater Manchester Police: the person is told which
// force and why, keeps every answer, and the report is stored under GMP with GMP's reference, in GMP's queue (saying
// where it came from) and not Leicestershire's. A district on a border asks which force area it happened in.

const GMP_REFERENCE = /^GMP-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}$/

async function check(page: Page, axe: boolean, shot: string) {
  // axe runs inside the page, so it needs JavaScript: the JavaScript-on run checks the same pages.
  if (axe) await expectNoAxeViolations(page)
  await snap(page, `cross-border-${shot}`)
}

async function reportManchester(page: Page, axe: boolean, label: string): Promise<string> {
  await page.goto(forceUrl('leicestershire', '/services/theft'))
  await page.getByRole('link', { name: 'Start now' }).click()
  const answers = { ...theftAnswers, postcode: { text: 'M1 1AE' }, details: { text: `Taken from my bag on Market Street (${label}).` } }
  const before = await answerQuestions(page, answers, { axe })
  expect(before.at(-1)?.questionId).toBe('postcode')

  // Told which force will receive it, and why, straight after the postcode.
  await expect(page).toHaveURL(/\/services\/theft\/receiving-force\?next=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your report will go to Greater Manchester Police')
  await expect(page.getByText('The postcode M1 1AE is in the Greater Manchester Police area')).toBeVisible()
  await expect(page.getByText('Your answers are kept')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Change the postcode' })).toHaveAttribute('href', '/services/theft/questions/postcode?change=1')
  await check(page, axe, `${label}-receiving-force`)
  await page.getByRole('link', { name: 'Continue' }).click()

  // The journey carries on with every question, and the answers given before are still there.
  await expect(page).toHaveURL(/\/services\/theft\/questions\/when$/)
  await answerQuestions(page, answers, { axe })
  await expect(page).toHaveURL(/\/services\/theft\/check-answers$/)
  const banner = page.locator('[data-journey="receiving-force"]')
  await expect(banner).toContainText('This report will be sent to Greater Manchester Police.')
  await expect(page.getByText('A mobile phone')).toBeVisible()
  await expect(page.getByText('M1 1AE', { exact: true })).toBeVisible()
  await check(page, axe, `${label}-check-answers`)
  await page.getByRole('link', { name: 'Continue' }).click()
  await page.getByLabel('I agree').check()
  await page.getByRole('button', { name: 'Accept and send' }).click()

  // The confirmation names the receiving force and gives its reference.
  await expect(page).toHaveURL(/\/services\/theft\/confirmation$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent to Greater Manchester Police')
  const reference = (await page.locator('[data-journey="reference"]').textContent())!.trim()
  expect(reference).toMatch(GMP_REFERENCE)
  await expect(page.getByText('Someone from Greater Manchester Police will look at your report')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Track your report on the Greater Manchester Police website' })).toHaveAttribute(
    'href',
    /^http:\/\/greater-manchester\.localhost:\d+\/track$/,
  )
  await check(page, axe, `${label}-confirmation`)
  return reference
}

async function expectInQueues(page: Page, reference: string, axe: boolean, label: string) {
  await staffSignIn(page, 'greater-manchester')
  const row = page.locator('tr', { has: page.locator(`[data-reference="${reference}"]`) })
  await expect(row).toContainText('Leicestershire Police')
  await check(page, axe, `${label}-gmp-queue`)
  await page.locator(`[data-reference="${reference}"]`).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report ${reference}`)
  await expect(page.locator('[data-sent-from]')).toHaveText('Leicestershire Police’s website: it happened in your area')
  await check(page, axe, `${label}-gmp-report`)

  await page.context().clearCookies()
  await staffSignIn(page, 'leicestershire')
  await expect(page.locator(`[data-reference="${reference}"]`)).toHaveCount(0)
}

test.describe('with JavaScript on', () => {
  test('a Leicestershire report about Manchester goes to Greater Manchester Police, and into its queue only', async ({ page }) => {
    test.setTimeout(240_000)
    const reference = await reportManchester(page, true, 'js')
    await expectInQueues(page, reference, true, 'js')
  })

  test('a district on a border asks which force area, as the finder does', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto(forceUrl('leicestershire', '/services/theft'))
    await page.getByRole('link', { name: 'Start now' }).click()
    await answerQuestions(page, { ...theftAnswers, postcode: { text: 'LE12 9AA' } }, { stopAt: 'force-area' })
    await expect(page).toHaveURL(/\/services\/theft\/questions\/force-area$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which police force area did it happen in?')
    await expect(page.getByText('The postcode LE12 9AA is on the border of more than one police force area')).toBeVisible()
    await expect(page.getByRole('radio')).toHaveCount(3)
    await expect(page.getByText('I do not know')).toBeVisible()
    await check(page, true, 'border-question')

    await submit(page)
    await expect(page.locator('[data-ui="error-summary"]')).toContainText('Select the police force area where it happened')
    await check(page, true, 'border-question-error')

    await page.getByLabel('Nottinghamshire Police').check()
    await submit(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your report will go to Nottinghamshire Police')
    await expect(page.getByText('You told us it happened in the Nottinghamshire Police area')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Change the police force area' })).toBeVisible()
    await check(page, true, 'border-receiving-force')
  })

  test('in Welsh on Dyfed-Powys, a report about Cardiff goes to South Wales Police', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto(forceUrl('dyfed-powys', '/services/theft'))
    await page.getByRole('link', { name: 'Cymraeg' }).click()
    await page.getByRole('link', { name: 'Dechrau nawr' }).click()
    await answerQuestions(page, { ...theftAnswers, postcode: { text: 'CF10 1AA' } })
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bydd eich adroddiad yn mynd i Heddlu De Cymru')
    await check(page, true, 'cy-receiving-force')
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })
  test('a Leicestershire report about Manchester goes to Greater Manchester Police, and into its queue only', async ({ page }) => {
    test.setTimeout(240_000)
    const reference = await reportManchester(page, false, 'nojs')
    await expectInQueues(page, reference, false, 'nojs')
  })

  test('a district on a border asks which force area', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/services/theft'))
    await page.getByRole('link', { name: 'Start now' }).click()
    await answerQuestions(page, { ...theftAnswers, postcode: { text: 'LE12 9AA' } }, { axe: false, stopAt: 'force-area' })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which police force area did it happen in?')
    await page.getByLabel('Nottinghamshire Police').check()
    await submit(page)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your report will go to Nottinghamshire Police')
  })
})
