// CSS byte budget: the shared stylesheet (Tailwind, tokens, base styles and every utility the components use) must
// stay at or under 10 KB gzipped, and each force's theme rule at or under 1 KB gzipped. Figures are printed.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { compile, optimize } from '@tailwindcss/node'
import { Scanner } from '@tailwindcss/oxide'
import { describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const uiSrc = dirname(require.resolve('@bluelamp/ui/tokens.css'))
const themesCss = require.resolve('@bluelamp/tenants/themes.css')

const gzip = (s: string) => gzipSync(s, { level: 9 }).length

/** Build the shared stylesheet the way the web app does (minus the themes, measured separately). */
async function buildShared(): Promise<string> {
  const input = `@import "tailwindcss";\n@import "@bluelamp/ui/tokens.css";\n@import "@bluelamp/ui/styles.css";\n@source "${uiSrc}";\n`
  const compiler = await compile(input, { base: here, onDependency: () => {} })
  const scanner = new Scanner({ sources: compiler.sources })
  // Stories and tests are not part of the app bundle's sources in production, but scanning them only adds classes,
  // so the figure is an upper bound.
  const css = compiler.build(scanner.scan())
  return optimize(css, { minify: true }).code
}

describe('CSS budget', () => {
  it('keeps the shared stylesheet at or under 10 KB gzipped', async () => {
    const css = await buildShared()
    const size = gzip(css)
    console.log(`shared CSS: ${css.length} bytes minified, ${size} bytes gzipped`)
    expect(css).toContain('--color-brand')
    expect(css).not.toMatch(/--color-(red|blue|green|gray)-/)
    expect(size).toBeLessThanOrEqual(10 * 1024)
  })

  it('keeps each force theme at or under 1 KB gzipped', () => {
    const rules = readFileSync(themesCss, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('[data-theme='))
    expect(rules.length).toBeGreaterThan(0)
    const sizes = rules.map((rule) => ({ theme: /data-theme="([^"]+)"/.exec(rule)?.[1], bytes: rule.length, gzip: gzip(rule) }))
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a))
    const all = rules.join('\n')
    console.log(
      `themes: ${rules.length}, largest ${largest.theme} ${largest.bytes} bytes / ${largest.gzip} bytes gzipped; ` +
        `all together ${all.length} bytes / ${gzip(all)} bytes gzipped`,
    )
    for (const s of sizes) expect(s.gzip, s.theme).toBeLessThanOrEqual(1024)
  })
})
