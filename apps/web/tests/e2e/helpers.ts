import { createRequire } from 'node:module'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'

import { PORT } from './ports.ts'

export { PORT }
export const forceUrl = (id: string, path = '/') => `http://${id}.localhost:${PORT}${path}`
export const nationalUrl = (path = '/') => `http://localhost:${PORT}${path}`

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * A browser context whose every page loads axe-core as it opens, for a test that checks page after page (every
 * force's home page): Chromium compiles the script once for all of them, where injecting it into each page after
 * load costs more than the check. Not for ordinary tests: every page of such a context pays for loading axe.
 */
export async function axeContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext()
  await context.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
  return context
}

/**
 * axe with the WCAG 2.2 AA rule sets; every violation is printed with its nodes. Legacy mode runs axe in the page
 * itself: the default mode opens an extra blank page for every check to combine results across frames, which our
 * pages do not have, and that doubled the cost of each of the suite's hundreds of checks. On a page of an
 * `axeContext`, the axe already loaded runs the same rules. A page whose JavaScript is off is checked as it stands
 * through a page that can run axe (`checkedWithoutScripts`).
 */
export async function expectNoAxeViolations(page: Page) {
  const target = (await scriptsRun(page)) ? page : await checkedWithoutScripts(page)
  const preloaded = await target.evaluate(() => 'axe' in window).catch(() => false)
  const results = preloaded
    ? ((await target.evaluate((tags) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<unknown> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS)) as AxeResults)
    : await new AxeBuilder({ page: target }).setLegacyMode(true).withTags(AXE_TAGS).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
  expect(summary, summary.join('\n')).toEqual([])
}

const scripting = new WeakMap<BrowserContext, boolean>()

/**
 * Whether the page's context runs scripts. axe works through timers and promises in the page, which never run in a
 * context with JavaScript off; a timer that has not fired in half a second has been switched off.
 */
async function scriptsRun(page: Page): Promise<boolean> {
  const known = scripting.get(page.context())
  if (known !== undefined) return known
  const fired = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)))
  const runs = await Promise.race([fired, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500))])
  scripting.set(page.context(), runs)
  return runs
}

const checkers = new WeakMap<Browser, Page>()

/**
 * The markup a visitor without JavaScript has in front of them, in a page where axe can run: the same document
 * (its scripts removed, as they never ran), served at the same address so that its stylesheets and images load
 * and colour contrast is measured on the real styles, at the same window size. One such page per browser.
 */
async function checkedWithoutScripts(page: Page): Promise<Page> {
  const browser = page.context().browser()!
  let checker = checkers.get(browser)
  if (!checker) {
    checker = await (await browser.newContext()).newPage()
    checkers.set(browser, checker)
  }
  // The address as the browser requests it: a fragment (#error-summary, say) is never sent.
  const address = new URL(page.url())
  address.hash = ''
  const url = address.href
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '')
  const size = page.viewportSize()
  if (size) await checker.setViewportSize(size)
  await checker.route((u) => u.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }), { times: 1 })
  await checker.goto(url)
  return checker
}

/** Signs a demo staff member in on their force's /staff page (the demo accounts are seeded for the e2e server). */
export async function staffSignIn(page: Page, force: string, role = 'handler') {
  await page.goto(forceUrl(force, '/staff'))
  await page.getByLabel('Email address').fill(`${role}@${force}.example`)
  await page.getByLabel('Password').fill('demo-password-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
}

/**
 * A full-page screenshot in test-results/ for people to look at (every page under more than one theme). They assert
 * nothing, and encoding a full-page PNG costs more than loading the page, so CI skips them unless
 * E2E_SCREENSHOTS=1; a local run always takes them. A failing test gets its screenshot either way (the config's
 * `screenshot: 'only-on-failure'`).
 */
export async function snap(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  if (process.env.CI && process.env.E2E_SCREENSHOTS !== '1') return
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: options.fullPage ?? true })
}

const checkedPages = new Set<string>()

/**
 * axe on this page unless this worker has already checked the same page: the same force, address and
 * language, with or without JavaScript. For walks through a journey, which meet the same question pages in many
 * tests; a test that checks one particular state of a page calls expectNoAxeViolations itself.
 */
export async function expectNoAxeViolationsOnce(page: Page) {
  const url = new URL(page.url())
  const state = await page.evaluate(() => `${document.documentElement.lang}|${'__remixContext' in window}`)
  const key = `${url.host}${url.pathname}|${state}`
  if (checkedPages.has(key)) return
  await expectNoAxeViolations(page)
  checkedPages.add(key)
}
