import { test, expect } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'

test('every page of a sensitive journey has quick exit, and three lone Shift presses leave at once', async ({ page }) => {
  await page.goto(forceUrl('leicestershire', '/services/stalking-harassment'))
  const exit = page.getByRole('link', { name: 'Emergency Exit this page' })
  await expect(exit).toBeVisible()
  // The exit goes through /exit, which makes this browser forget the sensitive drafts, then on to a neutral site.
  await expect(exit).toHaveAttribute('href', '/exit')
  await expectNoAxeViolations(page)
  await snap(page, 'journey-sensitive-start')
  await page.goto(forceUrl('leicestershire', '/services/stalking-harassment/questions'))
  await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'journey-sensitive-question')
  // The lone-Shift shortcut comes from a small inline script under the page's CSP nonce; the page loads no bundle.
  expect(await page.locator('script[src], link[rel="modulepreload"]').count()).toBe(0)
  const inline = await page.locator('script:not([src])').allTextContents()
  expect(inline.join('').length).toBeLessThan(4096)
  // A lone Shift press says how many more presses will leave (for screen reader users).
  await page.locator('body').press('Shift')
  await expect(page.locator('[data-ui="exit-this-page-status"]')).toHaveText('Shift, press 2 more times to exit.')
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' }))
  await page.locator('body').press('Shift')
  await page.locator('body').press('Shift')
  await expect(page).toHaveURL(/bbc\.co\.uk/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('quick exit is still a plain link on a sensitive journey', async ({ page }) => {
    await page.goto(forceUrl('dyfed-powys', '/services/hate-crime/questions'))
    await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeVisible()
  })
})
