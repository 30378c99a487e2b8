import { request as httpRequest } from 'node:http'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, PORT, staffSignIn as signIn, snap } from './helpers.ts'
import { submitTheft, theftAnswersIn } from './journey-steps.ts'

// Leicestershire staff sign in, see a report submitted on Leicestershire, record a crime
// number; the reporter's track-my-report shows it; Metropolitan staff cannot see it in the UI or the API, including
// by guessing ids. The demo accounts and keys are seeded because the e2e server sets SEED_DEMO_STAFF=1.

/** An API call from a back-office system: Node does not resolve *.localhost, so it connects to 127.0.0.1 with the force's Host. */
function api(force: string, path: string, key?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `${force}.localhost:${PORT}` }
    if (key) headers.authorization = `Bearer ${key}`
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}


test('a Leicestershire report: queue, crime number, track-my-report; invisible to Metropolitan', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const reference = await submitTheft(page)

  // Leicestershire staff see it in their queue and record a crime number.
  await signIn(page, 'leicestershire')
  await expectNoAxeViolations(page)
  await page.locator(`[data-reference="${reference}"]`).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report ${reference}`)
  await expect(page.getByText('A mobile phone').first()).toBeVisible()
  await expectNoAxeViolations(page)
  const reportUrl = page.url()
  const reportId = reportUrl.split('/').pop()!
  await page.getByLabel('Set status').selectOption('crime_recorded')
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('Enter the crime number')
  await page.getByLabel('Crime number').fill('LE/12345/26')
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(page.locator('[data-crime-number]')).toHaveText('LE/12345/26')
  await snap(page, 'staff-report')

  // The dashboard (charts with tables) and, for a supervisor, the audit log of what just happened.
  await page.goto(forceUrl('leicestershire', '/staff/dashboard'))
  await expect(page.locator('[data-chart]').first()).toBeVisible()
  await expectNoAxeViolations(page)
  const handlerAudit = await page.goto(forceUrl('leicestershire', '/staff/audit'))
  expect(handlerAudit?.status()).toBe(403)

  // The reporter sees it in track-my-report.
  const reporter = await browser.newPage()
  await reporter.goto(forceUrl('leicestershire', '/track'))
  await reporter.getByLabel('Reference number').fill(reference)
  await reporter.getByLabel('Email address or postcode').fill('sam@example.com')
  await reporter.getByRole('button', { name: 'Find my report' }).click()
  await expect(reporter.getByText('Recorded as a crime', { exact: true })).toBeVisible()
  await expect(reporter.getByText('Your crime number is LE/12345/26.')).toBeVisible()
  await reporter.close()

  // Metropolitan staff: not in their queue, 404 for the id and for the evidence path, nothing via the API.
  const met = await browser.newPage()
  await signIn(met, 'metropolitan', 'supervisor')
  await met.goto(forceUrl('metropolitan', '/staff/queue?status=all'))
  await expect(met.locator(`[data-reference="${reference}"]`)).toHaveCount(0)
  const guessed = await met.goto(forceUrl('metropolitan', `/staff/reports/${reportId}`))
  expect(guessed?.status()).toBe(404)
  const evidence = await met.goto(forceUrl('metropolitan', `/staff/reports/${reportId}/evidence/${reportId}`))
  expect(evidence?.status()).toBe(404)
  await met.goto(forceUrl('metropolitan', '/staff/audit'))
  await expect(met.getByRole('heading', { level: 1 })).toHaveText('Audit log')
  await expect(met.getByText('report.view').first()).toBeVisible()
  await met.close()

  const metKey = 'blk_demo_metropolitan_key'
  const leiKey = 'blk_demo_leicestershire_key'
  const list = await api('metropolitan', '/api/v1/reports?limit=200', metKey)
  expect(list.status).toBe(200)
  expect(list.body).not.toContain(reference)
  expect((await api('metropolitan', `/api/v1/reports/${reportId}`, metKey)).status).toBe(404)
  expect((await api('metropolitan', `/api/v1/reports/${reference}`, metKey)).status).toBe(404)
  // Leicestershire's key on Metropolitan's host is refused; without a key, 401.
  expect((await api('metropolitan', `/api/v1/reports/${reportId}`, leiKey)).status).toBe(403)
  expect((await api('leicestershire', '/api/v1/reports')).status).toBe(401)
  // Leicestershire's own system sees it, with the crime number, as report.v1.
  const own = await api('leicestershire', `/api/v1/reports/${reference}`, leiKey)
  expect(own.status).toBe(200)
  expect(JSON.parse(own.body)).toMatchObject({ schemaVersion: 1, reference, force: 'leicestershire', status: 'crime_recorded', crimeNumber: 'LE/12345/26' })
})

test('sign-in refuses a wrong password and a forged session cookie', async ({ page, context }) => {
  await page.goto(forceUrl('dyfed-powys', '/staff'))
  await expectNoAxeViolations(page)
  await page.getByLabel('Email address').fill('admin@dyfed-powys.example')
  await page.getByLabel('Password').fill('wrong')
  const response = page.waitForResponse((r) => r.request().method() === 'POST')
  await page.getByRole('button', { name: 'Sign in' }).click()
  expect((await response).status()).toBe(401)
  await expect(page.locator('[data-ui="error-summary"]')).toContainText('The email address or password is not right')
  await expectNoAxeViolations(page)

  await context.addCookies([{ name: 'bl_staff', value: `${'A'.repeat(43)}.forged`, domain: 'dyfed-powys.localhost', path: '/' }])
  const forged = await page.goto(forceUrl('dyfed-powys', '/staff/queue'))
  expect(new URL(forged!.url()).pathname).toBe('/staff')
  await expect(page.getByText('Your session has ended. Sign in again to continue.')).toBeVisible()
})

test('staff read flags by label, with their meaning, in the language they choose', async ({ page }) => {
  test.setTimeout(180_000)
  // Happened before, and someone saw it: the repeat-victim and evidence-witness flags.
  const reference = await submitTheft(page, { force: 'dyfed-powys', answers: { ...theftAnswersIn('dyfed-powys'), repeat: { radio: 'yes' }, evidence: { check: ['witnesses'] } } })
  await signIn(page, 'dyfed-powys')

  // The queue's flag filter lists flags by label; the row shows them by label, the meaning in each tag's title.
  const filter = page.getByLabel('Flag', { exact: true })
  await expect(filter.locator('option[value="repeat-victim"]')).toHaveText('Repeat victim')
  await expect(filter.locator('option[value="child-at-risk"]')).toHaveText('Child at risk')
  await filter.selectOption({ label: 'Repeat victim' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/flag=repeat-victim/)
  const row = page.locator('tr', { has: page.locator(`[data-reference="${reference}"]`) })
  await expect(row.locator('[data-flag="repeat-victim"]')).toHaveText('Repeat victim')
  await expect(row.locator('[data-flag="repeat-victim"]')).toHaveAttribute('title', 'It has happened to them before')
  await expect(row.locator('[data-flag="evidence-witness"]')).toHaveText('Witness')
  await expect(row).not.toContainText('repeat-victim')
  await expectNoAxeViolations(page)

  // The report lists each flag with what it means.
  await row.locator(`[data-reference="${reference}"]`).click()
  const flags = page.locator('[data-staff="flags"]')
  await expect(flags.locator('dt', { hasText: 'Repeat victim' })).toBeVisible()
  await expect(flags.locator('dd', { hasText: 'It has happened to them before' })).toBeVisible()
  await expect(flags.locator('dd', { hasText: 'Someone else saw it happen' })).toBeVisible()
  await expect(flags.locator('[data-safeguarding]')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // In Welsh: the labels, the meanings and the reasons for the priority.
  const reportPath = new URL(page.url()).pathname
  await page.goto(forceUrl('dyfed-powys', `/language?to=cy&returnTo=${encodeURIComponent(reportPath)}`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(flags.locator('dt', { hasText: 'Dioddefwr dro ar ôl tro' })).toBeVisible()
  await expect(flags.locator('dd', { hasText: 'Mae wedi digwydd iddynt o’r blaen' })).toBeVisible()
  await expect(page.locator('main')).toContainText('Gwelodd rhywun arall y peth yn digwydd.')
  await snap(page, 'staff-flags-cy')
  await page.goto(forceUrl('dyfed-powys', '/staff/queue?flag=repeat-victim'))
  await expect(page.getByLabel('Baner', { exact: true }).locator('option[value="repeat-victim"]')).toHaveText('Dioddefwr dro ar ôl tro')
})

