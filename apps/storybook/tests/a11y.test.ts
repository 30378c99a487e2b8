// Accessibility gate, in Chromium, with axe (WCAG 2.2 A and AA): 0 violations. Every component story under the gate's
// themes (the default, the contrast worst cases, one of each font and radius: axe-gate.ts) and those themes' palette
// pages; every force theme's colours checked statically against every pair the components (and palette pages) use. Needs a static build (turbo runs build-storybook first;
// see turbo.json) and /usr/bin/chromium.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { checkContrast } from '@bluelamp/tenants'
import { registry, tenantIds } from '@bluelamp/tenants/registry'
import { launchChromium } from './browser.ts'
import { serveStatic } from './static-server.ts'
import { checkStory, formatViolations, gateThemes, readStories, type Violation } from './axe-gate.ts'

const STATIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'storybook-static')
if (!existsSync(join(STATIC, 'index.json'))) throw new Error(`No static Storybook at ${STATIC}: run pnpm build-storybook first`)

const themes = gateThemes()
const allStories = readStories(STATIC)
// A theme's palette page shows only its colours in the pairs of the static check; those of the gate themes are rendered.
const stories = allStories.filter((s) => !s.tags.includes('theme-page') || themes.some((id) => s.tags.includes(`theme-page:${id}`)))
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
  it('has stories and themes to check, and the palette page of each gate theme', () => {
    expect(stories.length).toBeGreaterThan(100)
    expect(stories.filter((s) => s.tags.includes('theme-page')).length).toBe(themes.length)
    expect(allStories.filter((s) => s.tags.includes('theme-page')).length).toBe(tenantIds.length)
    expect(tenantIds.length).toBeGreaterThan(0)
  })

  it('meets every contrast pair the components use under every force theme', () => {
    const failures = tenantIds.flatMap((id) =>
      checkContrast(registry.tenants[id]!.colours)
        .filter((result) => !result.passes)
        .map((result) => `${id}: ${result.foreground} on ${result.background} is ${result.ratio}:1, needs ${result.minimum}:1`),
    )
    expect(failures).toEqual([])
  })

  it('renders under a few themes that stand for all of them, the default first', () => {
    expect(themes[0]).toBe('leicestershire')
    expect(themes.length).toBeGreaterThanOrEqual(3)
    expect(themes.length).toBeLessThan(tenantIds.length)
  })

  it('finds no WCAG 2.2 A/AA violations in any story under the gate themes', async () => {
    const started = Date.now()
    const queue = [...stories]
    const violations: Violation[] = []
    let done = 0
    await Promise.all(
      pages.map(async (page) => {
        for (let story = queue.shift(); story; story = queue.shift()) {
          violations.push(...(await checkStory(page, server.url, story, themes)))
          if (++done % 25 === 0) console.log(`axe gate: ${done}/${stories.length} stories, ${((Date.now() - started) / 1000).toFixed(0)}s`)
        }
      }),
    )
    console.log(
      `axe gate: ${stories.length} stories × ${themes.length} themes (${themes.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(0)}s, ` +
        `${violations.length} violations`,
    )
    expect(violations, formatViolations(violations)).toEqual([])
  }, 1_800_000)
})
