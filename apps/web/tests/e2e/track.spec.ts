import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'

// Track my report in English and Welsh. The page ships no JavaScript (a plain form); axe needs
// JavaScript in the browser to run, so these tests keep it on, and one more repeats the lookup with it off.

test.describe('track my report', () => {
  test('says what is missing, then what is mistyped, in an error summary', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/track'))
    await expect(page).toHaveTitle(/Track a report/)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Find my report' }).click()
    const summary = page.locator('[data-ui=error-summary]')
    await expect(summary).toContainText('Enter your reference number')
    await expect(summary).toContainText('Enter the email address or postcode you gave in your report')
    await expectNoAxeViolations(page)

    await page.getByLabel('Reference number').fill('LEI-26-GNEN-5W')
    await page.getByLabel('Email address or postcode').fill('LE1 6AB')
    await page.getByRole('button', { name: 'Find my report' }).click()
    await expect(summary).toContainText('Enter your reference number exactly as it appears in your confirmation email')
    await expect(page.getByLabel('Reference number')).toHaveValue('LEI-26-GNEN-5W')
    await snap(page, 'track-errors')
  })

  test('a well-formed reference with the wrong details learns nothing', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/track'))
    await page.getByLabel('Reference number').fill('lei 26 gnen w5')
    await page.getByLabel('Email address or postcode').fill('someone@example.org')
    await page.getByRole('button', { name: 'Find my report' }).click()
    await expect(page.locator('[data-ui=error-summary]')).toContainText('We could not find a report with those details.')
    await expect(page.getByLabel('Email address or postcode')).toHaveValue('')
    await expectNoAxeViolations(page)
  })

  test('works in Welsh on a Welsh force', async ({ page }) => {
    await page.goto(forceUrl('dyfed-powys', '/language?to=cy&returnTo=%2Ftrack'))
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dilyn adroddiad')
    await page.getByRole('button', { name: 'Dod o hyd i’m hadroddiad' }).click()
    await expect(page.locator('[data-ui=error-summary]')).toContainText('Rhowch eich cyfeirnod')
    await expectNoAxeViolations(page)
    await snap(page, 'track-welsh')
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('the form still posts and answers', async ({ page }) => {
      await page.goto(forceUrl('leicestershire', '/track'))
      await page.getByLabel('Reference number').fill('LEI-26-GNEN-W5')
      await page.getByLabel('Email address or postcode').fill('LE1 6AB')
      await page.getByRole('button', { name: 'Find my report' }).click()
      await expect(page.locator('[data-ui=error-summary]')).toContainText('We could not find a report with those details.')
    })
  })
})
