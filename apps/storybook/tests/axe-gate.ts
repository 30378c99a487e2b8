import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/**
 * Rules switched off for every story, each with the reason. Keep this list short.
 * (None at present: every WCAG 2.2 A/AA rule runs.)
 */
export const DISABLED_RULES: string[] = []

export interface StoryEntry {
  id: string
  title: string
  name: string
  tags: string[]
}

/** Every story (not docs page) in a static Storybook build, from its index.json. */
export function readStories(staticDir: string): StoryEntry[] {
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
    entries: Record<string, StoryEntry & { type: string }>
  }
  return Object.values(index.entries).filter((e) => e.type === 'story')
}

export interface Violation {
  story: string
  theme: string
  rule: string
  impact: string | null | undefined
  nodes: string[]
}

/**
 * Open one story under one theme the way a designer would: the iframe URL with the toolbar's `theme` global.
 * Resolves when the story has rendered and the theme decorator has set `data-theme`.
 */
export async function renderStory(page: Page, baseUrl: string, storyId: string, theme: string, lockedTheme = false): Promise<void> {
  await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=theme:${encodeURIComponent(theme)}`)
  await page.waitForFunction(
    () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
  )
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    throw new Error(`${storyId} failed to render: ${await page.locator('#error-message').innerText()}`)
  }
  // Render effects (ErrorSummary focus, the theme decorator's attribute) run just after the render.
  if (!lockedTheme) await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5000 })
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

/** Run axe with the WCAG 2.2 A/AA tags on the rendered story. */
export async function axe(page: Page, story: string, theme: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(DISABLED_RULES).analyze()
  return results.violations.map((v) => ({
    story,
    theme,
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`),
  }))
}

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.story} [${v.theme}] ${v.rule} (${v.impact})\n    ${v.nodes.join('\n    ')}`).join('\n')
}
