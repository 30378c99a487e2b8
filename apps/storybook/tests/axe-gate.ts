import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { AxeResults, ElementContext, RunOptions } from 'axe-core'
import { contrastSampleIds, registry, tenantIds } from '@bluelamp/tenants/registry'
import { defaultTheme } from '../.storybook/default-theme.ts'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/**
 * Rules switched off for every story, each with the reason. Keep this list short.
 * (None at present: every WCAG 2.2 A/AA rule runs.)
 */
export const DISABLED_RULES: string[] = []

/**
 * The WCAG rules whose outcome a theme can change: a theme only assigns colours (and a font and corner radius) to
 * roles, so after one full run per story, the other themes need only these.
 */
export const THEME_RULES = ['color-contrast', 'link-in-text-block', 'target-size']

/**
 * The themes the gate renders every story under: first the toolbar's default (all rules), then in one matrix the
 * themes that hold the lowest ratio of each contrast pair the components use (the registry's contrastSampleIds) and
 * one theme of each font and corner radius in use (the other inputs of the theme-dependent rules). Every other
 * theme's colours are checked statically against the same pairs, by the tenants build and the gate's first test, so
 * the gate no longer grows with each new force. docs/decisions/010-benchmarks-and-budgets.md, "CI lanes".
 */
export function gateThemes(): string[] {
  const chosen = new Set<string>([defaultTheme(), ...contrastSampleIds])
  const layouts = new Set([...chosen].map((id) => layoutOf(id)))
  for (const id of tenantIds) {
    if (layouts.has(layoutOf(id))) continue
    layouts.add(layoutOf(id))
    chosen.add(id)
  }
  return [...chosen]
}

function layoutOf(id: string): string {
  const tenant = registry.tenants[id]!
  return JSON.stringify([tenant.font, tenant.radius])
}

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

/** The address each page last loaded the preview at (the preview iframe with its globals). */
const loaded = new WeakMap<Page, string>()

/**
 * Open one story under one theme the way a designer would: the iframe URL with the toolbar's `theme` global.
 * Resolves when the story has rendered and the theme decorator has set `data-theme`. The a11y addon's own
 * automatic run is switched off (`a11y.manual`) so it does not compete with ours.
 *
 * A page that already shows the preview under the same globals switches story in place, as Storybook's own
 * sidebar and test runner do (the `setCurrentStory` event on the preview's channel): loading the preview's
 * bundle again for every story cost more than checking the story.
 */
export async function renderStory(page: Page, baseUrl: string, storyId: string, theme: string, lockedTheme = false): Promise<void> {
  const globals = `theme:${encodeURIComponent(theme)};a11y.manual:!true`
  const preview = `${baseUrl}/iframe.html?globals=${globals}`
  let failure: string | null
  if (loaded.get(page) === preview && (await page.evaluate(() => '__STORYBOOK_ADDONS_CHANNEL__' in window))) {
    failure = await switchStory(page, storyId)
  } else {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${globals}`)
    loaded.set(page, preview)
    await page.waitForFunction(
      () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
    )
    failure = (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) ? 'error display' : null
  }
  if (failure !== null) {
    loaded.delete(page)
    throw new Error(`${storyId} failed to render: ${failure}: ${await page.locator('#error-message').innerText().catch(() => '')}`)
  }
  // What an earlier check added below the story (the theme matrix) is not part of this one.
  await page.evaluate(() => document.getElementById('theme-matrix')?.remove())
  // Render effects (ErrorSummary focus, the theme decorator's attribute) run just after the render.
  if (!lockedTheme) await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme, { timeout: 5000 })
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
}

/** Renders another story in the loaded preview; resolves with null once it has rendered, or with why it did not. */
function switchStory(page: Page, storyId: string): Promise<string | null> {
  return page.evaluate(
    (storyId) =>
      new Promise<string | null>((resolve) => {
        type Channel = { on(event: string, f: (arg: unknown) => void): void; off(event: string, f: (arg: unknown) => void): void; emit(event: string, arg: unknown): void }
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__
        const describe = (arg: unknown) => (arg && typeof arg === 'object' && 'message' in arg ? String(arg.message) : JSON.stringify(arg))
        const handlers: [string, (arg: unknown) => void][] = [
          ['storyRendered', (id) => id === storyId && finish(null)],
          ['storyErrored', (arg) => finish(`storyErrored ${describe(arg)}`)],
          ['storyThrewException', (arg) => finish(`storyThrewException ${describe(arg)}`)],
          ['storyMissing', () => finish('storyMissing')],
        ]
        const finish = (result: string | null) => {
          for (const [event, f] of handlers) channel.off(event, f)
          resolve(result)
        }
        for (const [event, f] of handlers) channel.on(event, f)
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' })
      }),
    storyId,
  )
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core run in the page, injected once per document: with stories switched in place, one injection serves
 * many checks (@axe-core/playwright injects its 580 kB again on every call).
 */
async function runAxe(page: Page, context: ElementContext | null, options: RunOptions): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  // Passed as JSON: axe's option types are too deep for Playwright's serialisable-argument type.
  const results = await page.evaluate((args: string) => {
    const { context, options } = JSON.parse(args) as { context: unknown; options: unknown }
    return (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe.run(context ?? document, options)
  }, JSON.stringify({ context, options }))
  return results as AxeResults
}

function toViolations(results: AxeResults, story: string, themeOf: (target: string) => string): Violation[] {
  const out: Violation[] = []
  for (const v of results.violations) {
    const byTheme = new Map<string, string[]>()
    for (const node of v.nodes) {
      const target = node.target.join(' ')
      const theme = themeOf(target)
      const summary = node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''
      byTheme.set(theme, [...(byTheme.get(theme) ?? []), `${target}: ${summary}`])
    }
    for (const [theme, nodes] of byTheme) out.push({ story, theme, rule: v.id, impact: v.impact, nodes: nodes.slice(0, 3) })
  }
  return out
}

/** Every WCAG 2.2 A/AA rule on the whole rendered story. */
export async function axeFull(page: Page, story: string, theme: string): Promise<Violation[]> {
  const results = await runAxe(page, null, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries(DISABLED_RULES.map((id) => [id, { enabled: false }])),
  })
  return toViolations(results, story, () => theme)
}

/**
 * Copy the rendered story once per theme into a matrix below it, each copy inside its own `[data-theme]` wrapper
 * carrying the page-level colours and font, so one axe run checks the story under all of those themes. The copies
 * get fresh ids and form-control names so they do not interfere with the story or with each other.
 */
export async function buildThemeMatrix(page: Page, themes: string[]): Promise<void> {
  await page.evaluate((themes) => {
    const root = document.getElementById('storybook-root')
    if (!root) throw new Error('no #storybook-root')
    document.getElementById('theme-matrix')?.remove()
    const matrix = document.createElement('div')
    matrix.id = 'theme-matrix'
    for (const theme of themes) {
      const wrapper = document.createElement('div')
      wrapper.dataset.theme = theme
      wrapper.dataset.matrixTheme = theme
      wrapper.style.cssText =
        'background-color:var(--color-background);color:var(--color-text);font-family:var(--font-sans);line-height:1.5;padding:1rem'
      const copy = root.cloneNode(true) as HTMLElement
      copy.removeAttribute('id')
      for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
        if (el.id) el.id = `${el.id}--${theme}`
        for (const attr of ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'])
          if (el.hasAttribute(attr)) el.setAttribute(attr, el.getAttribute(attr)!.split(' ').map((id) => `${id}--${theme}`).join(' '))
        if (el instanceof HTMLInputElement && el.name) el.name = `${el.name}--${theme}`
      }
      // Checked state is a property, not always an attribute: carry it over after renaming.
      const originals = root.querySelectorAll<HTMLInputElement>('input')
      copy.querySelectorAll<HTMLInputElement>('input').forEach((input, i) => {
        input.checked = originals[i]?.checked ?? false
      })
      wrapper.append(copy)
      matrix.append(wrapper)
    }
    document.body.append(matrix)
  }, themes)
}

/** The theme-dependent rules on the matrix, with each violation attributed to the theme whose copy it is in. */
export async function axeThemeMatrix(page: Page, story: string): Promise<Violation[]> {
  const results = await runAxe(page, { include: [['#theme-matrix']] }, { runOnly: { type: 'rule', values: THEME_RULES } })
  const targets = results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))
  const themes = await page.evaluate(
    (targets) =>
      Object.fromEntries(
        targets.map((t) => [t, (document.querySelector(t)?.closest('[data-matrix-theme]') as HTMLElement | null)?.dataset.matrixTheme ?? '?']),
      ),
    targets,
  )
  return toViolations(results, story, (target) => themes[target] ?? '?')
}

/**
 * Check one story: all WCAG 2.2 A/AA rules under the first theme (opened through the toolbar global), then the
 * theme-dependent rules under every other theme at once. `extraCss` adds theme rules that are not in the build
 * (the broken-theme fixture).
 */
export async function checkStory(
  page: Page,
  baseUrl: string,
  story: StoryEntry,
  themes: readonly string[],
  extraCss?: string,
): Promise<Violation[]> {
  const locked = story.tags.includes('theme-page')
  const [first, ...rest] = themes
  if (first === undefined) throw new Error('no themes')
  await renderStory(page, baseUrl, story.id, first, locked)
  if (extraCss) await page.addStyleTag({ content: extraCss })
  const violations = await axeFull(page, story.id, locked ? 'own theme' : first)
  // A theme's palette page is pinned to that theme; every other story is checked under all of them.
  if (!locked && rest.length > 0) {
    await buildThemeMatrix(page, rest)
    violations.push(...(await axeThemeMatrix(page, story.id)))
  }
  return violations
}

export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.story} [${v.theme}] ${v.rule} (${v.impact})\n    ${v.nodes.join('\n    ')}`).join('\n')
}
