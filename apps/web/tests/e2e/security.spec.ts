import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, PORT, snap } from './helpers.ts'

// Response headers, CSRF, rate limits, the honeypot, and the bad-input tests "oversized body" and "missing or forged CSRF token".
test.describe('security', () => {
  test('pages carry CSP with a nonce, nosniff, frame-ancestors none, no-store and an HttpOnly SameSite CSRF cookie', async ({ page }) => {
    const response = await page.goto(forceUrl('leicestershire', '/track'))
    const headers = response!.headers()
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/)
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['cache-control']).toBe('no-store')
    const cookie = (await page.context().cookies()).find((c) => c.name === 'bl_csrf')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    await expect(page.locator('input[type=hidden][name=csrf]')).toHaveValue(/^[A-Za-z0-9_-]{43}$/)
  })

  for (const [name, tamper] of [
    ['missing', (input: HTMLInputElement) => input.remove()],
    [
      'forged',
      (input: HTMLInputElement) => {
        input.value = 'x'.repeat(43)
      },
    ],
  ] as const) {
    test(`a ${name} CSRF token gets a clear 403 page and nothing is looked up`, async ({ page }) => {
      await page.goto(forceUrl('leicestershire', '/track'))
      await page.locator('input[name=csrf]').evaluate(tamper)
      await page.getByLabel('Reference number').fill('LEI-26-GNEN-W5')
      await page.getByLabel('Email address or postcode').fill('someone@example.org')
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Find my report' }).click()])
      expect(response.status()).toBe(403)
      // Drawn in the force's own frame, though the root loader did not run for the failed post.
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'leicestershire')
      await expect(page.getByRole('banner')).toContainText('Leicestershire Police')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your session has expired or the form was sent from elsewhere')
      await expect(page.getByText('We have not saved anything from that form.')).toBeVisible()
      await expectNoAxeViolations(page)
      await snap(page, `security-csrf-${name}`)
    })
  }

  test('a form sent from another site is refused even with a stolen-looking token', async ({ page, request }) => {
    await page.goto(forceUrl('leicestershire', '/track'))
    const token = await page.locator('input[name=csrf]').inputValue()
    // The request fixture has no cookie: a cross-site attacker cannot send the victim's HttpOnly cookie with a token it made.
    // Node does not resolve *.localhost, so the force is named by the Host header.
    const response = await request.post(`http://127.0.0.1:${PORT}/track`, {
      headers: { host: `leicestershire.localhost:${PORT}` },
      form: { csrf: token, reference: 'x', proof: 'y' },
    })
    expect(response.status()).toBe(403)
  })

  test('an oversized body gets the force’s 413 page and is not read', async ({ page }) => {
    await page.goto(forceUrl('leicestershire', '/track'))
    await page.getByLabel('Email address or postcode').evaluate((input: HTMLInputElement) => (input.value = 'x'.repeat(200 * 1024)))
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Find my report' }).click()])
    expect(response.status()).toBe(413)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you sent was too large')
    await expect(page.locator('header')).toContainText('Leicestershire')
    await expectNoAxeViolations(page)
    await snap(page, 'security-413')
  })
})
