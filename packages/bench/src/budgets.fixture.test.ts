// The budget check itself: an over-budget page, stylesheet or theme fails, naming the route (or file) and bytes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkBudgets, gz, themeWeights, weighPage } from './budgets.ts'

const client = mkdtempSync(join(tmpdir(), 'bench-budget-fixture-'))
mkdirSync(join(client, 'assets'))
const script = 'export function hydrate(){' + 'console.log("a fixture that ships JavaScript");'.repeat(40) + '}'
writeFileSync(join(client, 'assets/entry-abc.js'), script)
writeFileSync(join(client, 'assets/app-abc.css'), 'body{color:red}')

describe('the budget check', () => {
  it('fails a core page that loads JavaScript, naming the route and the bytes', () => {
    const html = `<html><head><link rel="stylesheet" href="/assets/app-abc.css"><link rel="modulepreload" href="/assets/entry-abc.js"></head><body><script>window.__ctx={}</script><script type="module" src="/assets/entry-abc.js"></script></body></html>`
    const page = weighPage('/services/fixture/questions/one', html, client)
    expect(page.jsGz).toBe(gz(script) + gz('window.__ctx={}'))
    const broken = checkBudgets({ core: [page], themes: [], sharedCss: [] })
    expect(broken).toHaveLength(1)
    expect(broken[0]).toContain('/services/fixture/questions/one')
    expect(broken[0]).toContain(`${page.jsGz} bytes of JavaScript`)
  })

  it('passes a page with no scripts', () => {
    const page = weighPage('/', '<html><head><link rel="stylesheet" href="/assets/app-abc.css"></head><body></body></html>', client)
    expect(page.jsGz).toBe(0)
    expect(page.cssGz).toBe(gz('body{color:red}'))
    expect(checkBudgets({ core: [page], themes: [], sharedCss: [] })).toEqual([])
  })

  it('fails an oversized theme and an oversized shared stylesheet', () => {
    const noise = Array.from({ length: 400 }, (_, i) => `--x-${i}:#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}`).join(';')
    const themes = themeWeights(`[data-theme="small"]{--color-brand:#000}\n[data-theme="huge"]{${noise}}`)
    const broken = checkBudgets({ core: [], themes, sharedCss: [{ file: '/assets/app.css', gz: 20_000 }] })
    expect(broken.some((b) => b.startsWith('theme huge:') && b.includes(`${themes[1]!.gz} bytes`))).toBe(true)
    expect(broken.some((b) => b.startsWith('theme small'))).toBe(false)
    expect(broken.some((b) => b.includes('shared CSS /assets/app.css: 20000 bytes'))).toBe(true)
  })

  it('fails a sensitive journey page that loads a bundle, and passes one with only the inline quick-exit script', () => {
    const bundled = weighPage('/services/assault/questions/danger', `<html><body><script type="module" src="/assets/entry-abc.js"></script></body></html>`, client)
    const inline = weighPage('/services/assault/questions/danger', `<html><body><script nonce="n">(function(){document.title})()</script></body></html>`, client)
    const broken = checkBudgets({ core: [], enhanced: [bundled, inline], themes: [], sharedCss: [] })
    expect(broken).toHaveLength(1)
    expect(broken[0]).toContain('quick-exit budget')
    expect(broken[0]).toContain('/assets/entry-abc.js')
  })
})
