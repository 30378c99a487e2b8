// What a designer sees on opening Storybook: the components first, the force theme pages last and folded under one
// "Themes" heading until opened, and the toolbar on a demo force's theme rather than the first alphabetically.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { tenantIds } from '@bluelamp/tenants/registry'
import { defaultTheme } from '../.storybook/default-theme.ts'
import { launchChromium } from './browser.ts'
import { serveStatic } from './static-server.ts'
import { readStories } from './axe-gate.ts'

const STATIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'storybook-static')

let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Awaited<ReturnType<typeof launchChromium>>
let page: Page

beforeAll(async () => {
  server = await serveStatic(STATIC)
  browser = await launchChromium()
  page = await browser.context.newPage()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const sidebarIds = () =>
  page.evaluate(() => [...document.querySelectorAll('#storybook-explorer-tree [data-item-id]')].map((e) => e.getAttribute('data-item-id')!))

describe('Storybook for designers', () => {
  it('opens on a demo force, Leicestershire, whatever force is first alphabetically', () => {
    expect(defaultTheme()).toBe('leicestershire')
    expect(tenantIds[0]).not.toBe('leicestershire')
    expect(defaultTheme(['aaa-force', 'bbb-force'], ['bbb-force'])).toBe('bbb-force')
    expect(defaultTheme(['aaa-force', 'bbb-force'], [])).toBe('aaa-force')
  })

  it('lists the components before the theme pages', () => {
    const titles = readStories(STATIC).map((s) => s.title)
    const firstTheme = titles.findIndex((t) => t.startsWith('Themes/'))
    expect(firstTheme).toBeGreaterThan(0)
    expect(titles.slice(firstTheme).every((t) => t.startsWith('Themes/'))).toBe(true)
    expect(titles.filter((t) => t.startsWith('Themes/')).length).toBe(tenantIds.length)
  })

  it('shows the components, folds the themes under one heading, and renders under the demo force', async () => {
    await page.goto(`${server.url}/?path=/story/form-button--primary`)
    await page.waitForSelector('#storybook-explorer-tree [data-item-id="themes"]', { timeout: 60_000 })
    const ids = await sidebarIds()
    const roots = ['page', 'form', 'content', 'patterns', 'themes'].map((id) => ids.indexOf(id))
    expect(roots.every((at) => at >= 0)).toBe(true)
    expect([...roots].sort((a, b) => a - b)).toEqual(roots)
    // Folded: no theme page is listed until the heading is opened.
    expect(ids.filter((id) => id.startsWith('themes-'))).toEqual([])
    const html = page.frameLocator('#storybook-preview-iframe').locator('html')
    await expect.poll(() => html.getAttribute('data-theme'), { timeout: 30_000 }).toBe('leicestershire')

    await page.locator('#storybook-explorer-tree [data-item-id="themes"] button').first().click()
    await expect.poll(async () => (await sidebarIds()).filter((id) => id.startsWith('themes-')).length).toBe(tenantIds.length)
  }, 120_000)
})
