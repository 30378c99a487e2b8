// Lighthouse (the npm package, pinned to 12.2.3: 13.x needs Node 22) with Debian's Chromium, mobile settings
// (Lighthouse's default: a mid-range phone on a throttled 4G connection, simulated), on a force home page and a
// question page. Never downloads a browser: CHROMIUM_PATH, CHROME_PATH or /usr/bin/chromium.
import { existsSync } from 'node:fs'
import { CHROMIUM_ARGS, chromiumPath as configuredChromium } from '@bluelamp/config/chromium'
import * as chromeLauncher from 'chrome-launcher'
import lighthouseRun from 'lighthouse'
import { forceHost, paths } from './journey.ts'
import { freshDir, startServer } from './server.ts'
import { join } from 'node:path'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

export interface LighthouseResults {
  lighthouse: string
  chromium: string
  form_factor: string
  pages: { name: string; url: string; scores: Record<Category, number>; metrics: Record<string, number> }[]
}

export function chromiumPath(): string {
  const path = configuredChromium()
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: install Debian's chromium or set CHROMIUM_PATH`)
  return path
}

/** Runs Lighthouse on the given pages of a server already running on `port`. */
export async function audit(port: number, pages: { name: string; path: string }[]): Promise<LighthouseResults> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' })
  try {
    const out: LighthouseResults['pages'] = []
    let version = ''
    let browser = ''
    for (const page of pages) {
      const url = `http://${forceHost(port)}${page.path}`
      const result = await lighthouseRun(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
      version = lhr.lighthouseVersion
      browser = lhr.environment.hostUserAgent
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
      const metrics = {
        first_contentful_paint_ms: metric('first-contentful-paint'),
        largest_contentful_paint_ms: metric('largest-contentful-paint'),
        total_blocking_time_ms: metric('total-blocking-time'),
        cumulative_layout_shift_x1000: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000),
        speed_index_ms: metric('speed-index'),
      }
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id)
      if (failing.length) console.log(`  ${page.name}: failing audits: ${failing.join(', ')}`)
      console.log(`  ${page.name}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`)
      out.push({ name: page.name, url: url.replace(String(port), 'PORT'), scores, metrics })
    }
    return { lighthouse: version, chromium: /Chrome\/[\d.]+/.exec(browser)?.[0] ?? browser, form_factor: 'mobile', pages: out }
  } finally {
    chrome.kill()
  }
}

export const AUDITED = [
  { name: 'force home page', path: paths.home },
  { name: 'question page', path: paths.question },
]

/** Starts the server on a fresh embedded database and audits the force home page and a question page. */
export async function lighthouse(buildDir: string, port: number): Promise<LighthouseResults> {
  const server = await startServer({ buildDir, port, dataDir: join(freshDir('lighthouse'), 'data') })
  try {
    return await audit(port, AUDITED)
  } finally {
    await server.stop()
  }
}
