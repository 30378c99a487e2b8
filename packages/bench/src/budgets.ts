// Page budgets. Bytes are deterministic, so they are a test: per page, the JavaScript and CSS a
// browser would load, gzipped, from the build output. What a page loads is read from the HTML the server actually
// rendered (its <script> tags, modulepreloads and stylesheets), the most honest measure of whether it hydrates.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const KB = 1024

export const BUDGETS = {
  /** Core journey pages ship no JavaScript at all. */
  coreJs: 0,
  /** Pages that show the quick exit load no bundle, only its inline script (three lone Shift presses). */
  quickExitJs: 1 * KB,
  /** The stylesheet every page loads. */
  sharedCss: 10 * KB,
  /** One force's [data-theme] rule. */
  theme: 1 * KB,
}

export const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length

export interface PageWeight {
  route: string
  /** Gzipped bytes of every script the page loads (external, preloaded and inline). */
  jsGz: number
  cssGz: number
  scripts: string[]
  stylesheets: string[]
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

/** What a rendered page loads, weighed against the client build folder. */
export function weighPage(route: string, html: string, clientDir: string): PageWeight {
  const read = (href: string) => readFileSync(join(clientDir, new URL(href, 'http://x/').pathname))
  const scripts = new Set<string>()
  const stylesheets = new Set<string>()
  let inline = 0
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'src')
    if (src) scripts.add(src)
    else if (m[2]!.trim() && !/type="application\/(ld\+)?json"/.test(m[1]!)) inline += gz(m[2]!)
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(m[0], 'rel')
    const href = attr(m[0], 'href')
    if (!href) continue
    if (rel === 'modulepreload') scripts.add(href)
    if (rel === 'stylesheet') stylesheets.add(href)
  }
  const sum = (hrefs: Set<string>) => [...hrefs].reduce((n, h) => n + gz(read(h)), 0)
  return { route, jsGz: sum(scripts) + inline, cssGz: sum(stylesheets), scripts: [...scripts], stylesheets: [...stylesheets] }
}

/** Each force's `[data-theme="<id>"] { … }` rule from the generated theme CSS, gzipped on its own. */
export function themeWeights(css: string): { id: string; gz: number }[] {
  return [...css.matchAll(/\[data-theme="([^"]+)"\]\s*\{[^}]*\}/g)].map((m) => ({ id: m[1]!, gz: gz(m[0]) }))
}

export interface Budgeted {
  core: PageWeight[]
  /** Pages that show the quick exit: no script bundle, and only its small inline script. */
  enhanced?: PageWeight[]
  themes: { id: string; gz: number }[]
  sharedCss: { file: string; gz: number }[]
}

/** Every broken budget, each naming the route (or file, or theme) and the bytes. Empty when all hold. */
export function checkBudgets(b: Budgeted, budgets = BUDGETS): string[] {
  const broken: string[] = []
  for (const p of b.core) {
    if (p.jsGz > budgets.coreJs) {
      broken.push(`${p.route}: ${p.jsGz} bytes of JavaScript (gzipped) over a budget of ${budgets.coreJs} (${p.scripts.join(', ') || 'inline'})`)
    }
  }
  for (const p of b.enhanced ?? []) {
    if (p.scripts.length > 0 || p.jsGz > budgets.quickExitJs) {
      broken.push(
        `${p.route}: ${p.jsGz} bytes of JavaScript (gzipped) over the quick-exit budget of ${budgets.quickExitJs} with no bundle (${p.scripts.join(', ') || 'inline'})`,
      )
    }
  }
  for (const f of b.sharedCss) {
    if (f.gz > budgets.sharedCss) broken.push(`shared CSS ${f.file}: ${f.gz} bytes gzipped over a budget of ${budgets.sharedCss}`)
  }
  for (const t of b.themes) {
    if (t.gz > budgets.theme) broken.push(`theme ${t.id}: ${t.gz} bytes gzipped over a budget of ${budgets.theme}`)
  }
  return broken
}
