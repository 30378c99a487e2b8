// triage is plain TypeScript: no React, Remix, drizzle or Node built-ins anywhere in the package, tests
// included (see docs/decisions/004-triage-rules-as-data.md). Read through Vite's import.meta.glob so that
// this test itself needs no node:fs.
import { describe, expect, it } from 'vitest'

const files = import.meta.glob(['./**/*.ts', '../*.{ts,js}'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>
// Nothing of ours either (@bluelamp/*, but for the lint and tsconfig presets): what triage needs about forces comes in
// as arguments from the app.
const FORBIDDEN = /^(react|react-dom|@remix-run\/.*|remix|react-router|drizzle-orm|drizzle-kit|@bluelamp\/(?!config(\/|$))[^/]+)(\/|$)|^node:|^(fs|path|crypto|os|child_process|http|https|url)$/
const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g

describe('purity', () => {
  it('finds the package’s files', () => {
    expect(Object.keys(files).length).toBeGreaterThan(30)
  })

  for (const [file, source] of Object.entries(files)) {
    it(`${file} imports no framework, database, Node built-in or other package of ours`, () => {
      const specifiers = [...source.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!)
      expect(specifiers.filter((s) => FORBIDDEN.test(s))).toEqual([])
    })
  }

  it('depends on nothing at run time but zod', async () => {
    const pkg = (await import('../package.json')).default as { dependencies: Record<string, string> }
    expect(Object.keys(pkg.dependencies)).toEqual(['zod'])
  })
})
