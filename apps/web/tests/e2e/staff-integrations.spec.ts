import { request as httpRequest } from 'node:http'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, PORT, staffSignIn as signIn, snap } from './helpers.ts'

// /staff/integrations with JavaScript on and off (plain forms, POST-redirect-GET): Leicestershire's admin creates an
// API key that is shown once and works on /api/v1, revokes it (401 from then on), adds a push endpoint with a
// one-time signing secret, switches it off and removes it; bad input is explained; a handler gets 403.
/** Node does not resolve *.localhost, so it connects to 127.0.0.1 with the force's Host. */
function apiStatus(force: string, path: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path, headers: { host: `${force}.localhost:${PORT}`, authorization: `Bearer ${key}` } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
}


test('an admin manages API keys and the push endpoint, with JavaScript and without it', async ({ page, browser }) => {
  test.setTimeout(120_000)
  await signIn(page, 'leicestershire', 'admin')
  await page.getByRole('link', { name: 'Integrations' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integrations')
  await expectNoAxeViolations(page)

  // A key needs a name; the error is explained.
  await page.getByRole('button', { name: 'Create key' }).click()
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Enter the name of the system that will use the key')
  await expectNoAxeViolations(page)

  // Created: shown once, it works on the pull API; a reload no longer shows it.
  await page.getByLabel('Name of the system that will use the key').fill('E2E case system')
  await page.getByRole('button', { name: 'Create key' }).click()
  await expect(page.getByText('Copy it now. It will not be shown again')).toBeVisible()
  const key = await page.locator('[data-one-time-secret]').inputValue()
  expect(key).toMatch(/^blk_/)
  await expectNoAxeViolations(page)
  await snap(page, 'staff-integrations-key')
  expect(await apiStatus('leicestershire', '/api/v1/reports?limit=1', key)).toBe(200)
  await page.reload()
  await expect(page.locator('[data-one-time-secret]')).toHaveCount(0)
  await expect(page.getByRole('row', { name: /E2E case system/ })).toContainText(key.slice(0, 10))

  // Revoked: 401 from then on.
  await page.getByRole('button', { name: 'Revoke E2E case system' }).click()
  await expect(page.getByText('API key “E2E case system” has been revoked.')).toBeVisible()
  await expect(page.getByRole('row', { name: /E2E case system/ })).toContainText('Revoked')
  expect(await apiStatus('leicestershire', '/api/v1/reports?limit=1', key)).toBe(401)

  // The push endpoint: http is refused and what was typed is kept; https is added with its secret shown once.
  await page.getByLabel('Address of your back-office system').fill('http://backoffice.example/in')
  await page.getByRole('button', { name: 'Add endpoint' }).click()
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Enter an address that starts with https://')
  await expect(page.getByLabel('Address of your back-office system')).toHaveValue('http://backoffice.example/in')
  await expectNoAxeViolations(page)
  await page.getByLabel('Address of your back-office system').fill('https://backoffice.leicestershire.example/bluelamp')
  await page.getByRole('button', { name: 'Add endpoint' }).click()
  await expect(page.getByRole('heading', { name: 'Push endpoint added' })).toBeVisible()
  expect(await page.locator('[data-one-time-secret]').inputValue()).toMatch(/^blsig_/)
  await page.getByRole('button', { name: 'Switch off' }).click()
  await expect(page.getByText('The push endpoint is switched off.')).toBeVisible()
  await expect(page.getByRole('row', { name: /backoffice\.leicestershire\.example/ })).toContainText('Switched off')
  await expectNoAxeViolations(page)
  await snap(page, 'staff-integrations-endpoint')
  await page.getByRole('button', { name: 'Remove endpoint' }).click()
  await expect(page.getByText('There is no push endpoint')).toBeVisible()

  // Without JavaScript: plain forms, the redirect, the one-time secret, revocation.
  const noJs = await browser.newContext({ javaScriptEnabled: false })
  const plain = await noJs.newPage()
  await signIn(plain, 'leicestershire', 'admin')
  await plain.goto(forceUrl('leicestershire', '/staff/integrations'))
  await plain.getByLabel('Name of the system that will use the key').fill('E2E reporting')
  await plain.getByRole('button', { name: 'Create key' }).click()
  const second = await plain.locator('[data-one-time-secret]').inputValue()
  expect(await apiStatus('leicestershire', '/api/v1/reports?limit=1', second)).toBe(200)
  await plain.reload()
  await expect(plain.locator('[data-one-time-secret]')).toHaveCount(0)
  await plain.getByRole('button', { name: 'Revoke E2E reporting' }).click()
  await expect(plain.getByRole('row', { name: /E2E reporting/ })).toContainText('Revoked')
  expect(await apiStatus('leicestershire', '/api/v1/reports?limit=1', second)).toBe(401)
  await noJs.close()

  // A handler has no Integrations link and gets 403.
  const handler = await browser.newPage()
  await signIn(handler, 'leicestershire', 'handler')
  await expect(handler.getByRole('link', { name: 'Integrations' })).toHaveCount(0)
  expect((await handler.goto(forceUrl('leicestershire', '/staff/integrations')))?.status()).toBe(403)
  await handler.close()
})
