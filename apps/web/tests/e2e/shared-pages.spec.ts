import { test, expect, type Browser, type Page } from '@playwright/test'
import { forceUrl } from './helpers.ts'

// A page the same for everyone (the first question before any answer) is rendered once and kept for the next
// visitors (server/page-cache.ts). Each visitor must still get their own CSRF token and CSP nonce, a kept page's form
// must work, and nobody's answers may reach anyone else's page.

const FIRST = forceUrl('leicestershire', '/services/stalking-harassment/questions/danger')

async function visitor(browser: Browser) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const response = await page.goto(FIRST)
  expect(response?.status()).toBe(200)
  const csp = (await response!.headerValue('content-security-policy')) ?? ''
  return {
    context,
    page,
    headerNonce: /'nonce-([^']+)'/.exec(csp)?.[1],
    // The nonce attribute is hidden from the DOM once parsed; its value is still readable as a property.
    pageNonce: await page.locator('script:not([src])').first().evaluate((s) => (s as HTMLScriptElement).nonce),
    token: await page.locator('input[name="csrf"]').inputValue(),
  }
}

async function answerNo(page: Page) {
  await page.getByLabel('No', { exact: true }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

test('a kept page carries each visitor’s own nonce and CSRF token, and its form works for each', async ({ browser }) => {
  const a = await visitor(browser)
  const b = await visitor(browser)
  const c = await visitor(browser)
  for (const v of [a, b, c]) {
    expect(v.headerNonce).toBeTruthy()
    expect(v.pageNonce).toBe(v.headerNonce)
    expect(v.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
  }
  expect(new Set([a.token, b.token, c.token]).size).toBe(3)
  expect(new Set([a.pageNonce, b.pageNonce, c.pageNonce]).size).toBe(3)
  // The quick exit script runs under the page's nonce (a wrong nonce would be blocked by the CSP).
  await b.page.locator('body').press('Shift')
  await expect(b.page.locator('[data-ui="exit-this-page-status"]')).toHaveText('Shift, press 2 more times to exit.')
  // Each visitor's form is accepted with the token their page carried.
  for (const v of [b, c]) {
    await answerNo(v.page)
    await expect(v.page).not.toHaveURL(/\/questions\/danger$/)
    await expect(v.page.locator('[data-ui="error-summary"]')).toHaveCount(0)
  }
  for (const v of [a, b, c]) await v.context.close()
})

test('a visitor’s answer is on their own page only, never on the page kept for others', async ({ browser }) => {
  const a = await visitor(browser)
  await answerNo(a.page)
  // Back on the first question, A sees their answer (their page is rendered from their draft)…
  await a.page.goto(FIRST)
  await expect(a.page.getByLabel('No', { exact: true })).toBeChecked()
  // …while a new visitor, served the kept page, sees nothing chosen.
  const b = await visitor(browser)
  await expect(b.page.getByLabel('No', { exact: true })).not.toBeChecked()
  await expect(b.page.getByLabel('Yes', { exact: true })).not.toBeChecked()
  // In Welsh the page is another one: the language is part of what a kept page is kept under.
  const welsh = await browser.newContext()
  const cy = await welsh.newPage()
  await cy.goto(forceUrl('dyfed-powys', '/language?to=cy&returnTo=/services/stalking-harassment/questions/danger'))
  await expect(cy.locator('html')).toHaveAttribute('lang', 'cy')
  const en = await browser.newContext()
  const english = await en.newPage()
  await english.goto(forceUrl('dyfed-powys', '/services/stalking-harassment/questions/danger'))
  await expect(english.locator('html')).toHaveAttribute('lang', 'en')
  for (const context of [a.context, b.context, welsh, en]) await context.close()
})

// A question read from the person's draft is rendered for their data; two people whose data for the page is the same
// (the same answers so far) get the page rendered once (app/lib/platform/rendered-pages.server.ts), each with their
// own nonce and token, and an answer given by one is on that one's page only.
test('a page drawn from a draft carries each person’s own nonce and token, and only their own answers', async ({ browser }) => {
  const [a, b] = [await visitor(browser), await visitor(browser)]
  for (const v of [a, b]) await answerNo(v.page)
  const second = a.page.url()
  expect(b.page.url()).toBe(second)
  const read = async (v: typeof a) => {
    const response = await v.page.goto(second)
    expect(response?.status()).toBe(200)
    const csp = (await response!.headerValue('content-security-policy')) ?? ''
    return {
      headerNonce: /'nonce-([^']+)'/.exec(csp)?.[1],
      pageNonce: await v.page.locator('script:not([src])').first().evaluate((s) => (s as HTMLScriptElement).nonce),
      token: await v.page.locator('input[name="csrf"]').inputValue(),
      html: await response!.text(),
    }
  }
  const [pageA, pageB] = [await read(a), await read(b)]
  for (const p of [pageA, pageB]) {
    expect(p.headerNonce).toBeTruthy()
    expect(p.pageNonce).toBe(p.headerNonce)
  }
  expect(pageA.token).not.toBe(pageB.token)
  expect(pageB.html).not.toContain(pageA.token)
  expect(pageB.html).not.toContain(pageA.headerNonce!)
  // A answers the second question; back on it, A sees that answer and B, who has not answered it, does not.
  const choice = a.page.getByRole('radio').first()
  const label = (await a.page.locator(`label[for="${await choice.getAttribute('id')}"]`).textContent())!.trim()
  await choice.check()
  await a.page.getByRole('button', { name: 'Continue' }).click()
  await expect(a.page).not.toHaveURL(second)
  await a.page.goto(second)
  await expect(a.page.getByLabel(label, { exact: true })).toBeChecked()
  await b.page.goto(second)
  await expect(b.page.getByLabel(label, { exact: true })).not.toBeChecked()
  // B's own form, from the page rendered once for both, is accepted.
  await b.page.getByLabel(label, { exact: true }).check()
  await b.page.getByRole('button', { name: 'Continue' }).click()
  await expect(b.page).not.toHaveURL(second)
  await expect(b.page.locator('[data-ui="error-summary"]')).toHaveCount(0)
  for (const v of [a, b]) await v.context.close()
})
