// Proves the gate can fail: a deliberately low-contrast theme, injected as CSS (it is not a /themes folder, so the
// tenants build never sees it), must produce colour-contrast violations both as the page's theme and in the matrix.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchChromium } from './browser.ts'
import { serveStatic } from './static-server.ts'
import { axeFull, checkStory, gateThemes, readStories, renderStory } from './axe-gate.ts'

const STATIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'storybook-static')
const BROKEN = 'broken-contrast-fixture'
// Pale grey text and links on white, white on pale yellow: every text pair is far below 4.5:1.
const BROKEN_CSS = `[data-theme="${BROKEN}"]{--color-brand:#9fc5e8;--color-brand-contrast:#ffffff;--color-text:#b0b0b0;--color-secondary-text:#c8c8c8;--color-link:#9db8f0;--color-link-visited:#c9a8e0;--color-focus:#fff3b0;--color-focus-text:#d0d0d0;--color-error:#f4a6a6;--color-success:#a8dcb8;--color-border:#e0e0e0;--color-background:#ffffff;--color-surface:#f7f7f7}`

const stories = readStories(STATIC).filter((s) => ['form-button--primary', 'content-panel--default', 'form-formfield--with-error'].includes(s.id))

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

describe('broken theme fixture', () => {
  it('fails the gate when it is among the themes, even as the last copy in the matrix', async () => {
    expect(stories).toHaveLength(3)
    for (const story of stories) {
      const violations = await checkStory(page, server.url, story, [...gateThemes(), BROKEN], BROKEN_CSS)
      expect(violations.filter((v) => v.theme !== BROKEN)).toEqual([])
      expect(violations.some((v) => v.theme === BROKEN && v.rule === 'color-contrast')).toBe(true)
    }
  }, 300_000)

  it('fails the gate when it is the page’s theme', async () => {
    await renderStory(page, server.url, 'form-button--primary', gateThemes()[0]!)
    await page.addStyleTag({ content: BROKEN_CSS })
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t
    }, BROKEN)
    const violations = await axeFull(page, 'form-button--primary', BROKEN)
    expect(violations.map((v) => v.rule)).toContain('color-contrast')
  })
})
