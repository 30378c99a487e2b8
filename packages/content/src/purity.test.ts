// The model, the rules and the renderer are plain TypeScript that also runs in the browser (the editor's
// preview): no React, Remix, database or Node built-ins outside src/files/, which reads the content folders.
// Read through Vite's import.meta.glob so that this test itself needs no node:fs.
import { describe, expect, it } from 'vitest'

const files = import.meta.glob(['./**/*.ts', '!./files/**'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const everywhere = import.meta.glob(['./**/*.ts', '../bin/*.ts', '../*.{ts,js}'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const FRAMEWORK = /^(react|react-dom|@remix-run\/.*|remix|react-router|drizzle-orm|drizzle-kit|@bluelamp\/db)(\/|$)/
const NODE = /^node:|^(fs|path|crypto|os|child_process|http|https|url)$/
const SPECIFIER = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g
const specifiers = (source: string) => [...source.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!)

describe('purity', () => {
  it('finds the package’s files', () => {
    expect(Object.keys(files).length).toBeGreaterThan(10)
    expect(Object.keys(everywhere).length).toBeGreaterThan(Object.keys(files).length)
  })

  for (const [file, source] of Object.entries(everywhere)) {
    it(`${file} imports no framework or database`, () => {
      expect(specifiers(source).filter((s) => FRAMEWORK.test(s))).toEqual([])
    })
  }

  for (const [file, source] of Object.entries(files)) {
    it(`${file} uses no Node built-in (it may run in a browser)`, () => {
      expect(specifiers(source).filter((s) => NODE.test(s))).toEqual([])
      expect(source).not.toMatch(/\bprocess\.|\bBuffer\./)
    })
  }
})
