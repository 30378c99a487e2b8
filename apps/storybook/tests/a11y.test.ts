// Accessibility gate: every story under every force theme, in Chromium, with axe (WCAG 2.2 A and AA): 0 violations.
// Needs a static build (turbo runs build-storybook first; see turbo.json) and /usr/bin/chromium.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { tenantIds } from '@bluelamp/tenants/registry'
import { launchChromium } from './browser.ts'
import { serveStatic } from './static-server.ts'
import { checkStory, formatViolations, readStories, type Violation } from './axe-gate.ts'

const STATIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'storybook-static')
if (!existsSync(join(STATIC, 'index.json'))) throw new Error(`No static Storybook at ${STATIC}: run pnpm build-storybook first`)

const stories = readStories(STATIC)
// One browser; a couple of pages work through the stories side by side.
const PAGES = Number(process.env.A11Y_PAGES ?? 2)

let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Awaited<ReturnType<typeof launchChromium>>
let pages: Page[]

beforeAll(async () => {
  server = await serveStatic(STATIC)
  browser = await launchChromium()
  pages = await Promise.all(Array.from({ length: PAGES }, () => browser.context.newPage()))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('axe gate', () => {
  it('has stories and themes to check', () => {
    expect(stories.length).toBeGreaterThan(100)
    expect(tenantIds.length).toBeGreaterThan(0)
  })

  it('finds no WCAG 2.2 A/AA violations in any story under any theme', async () => {
    const started = Date.now()
    const queue = [...stories]
    const violations: Violation[] = []
    let done = 0
    await Promise.all(
      pages.map(async (page) => {
        for (let story = queue.shift(); story; story = queue.shift()) {
          violations.push(...(await checkStory(page, server.url, story, tenantIds)))
          if (++done % 25 === 0) console.log(`axe gate: ${done}/${stories.length} stories, ${((Date.now() - started) / 1000).toFixed(0)}s`)
        }
      }),
    )
    console.log(
      `axe gate: ${stories.length} stories × ${tenantIds.length} themes in ${((Date.now() - started) / 1000).toFixed(0)}s, ` +
        `${violations.length} violations`,
    )
    expect(violations, formatViolations(violations)).toEqual([])
  }, 1_800_000)
})
