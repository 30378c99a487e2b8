import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { forces } from '@bluelamp/places'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkContrast } from '../contrast.ts'
import { generate } from '../generate.ts'
import { initials, logoSvg } from './logo.ts'
import { palette, seedFor } from './palette.ts'
import { scaffoldForce, ScaffoldError, themeFor } from './scaffold.ts'

const packageDir = fileURLToPath(new URL('../../', import.meta.url))
let themes: string

beforeEach(() => {
  themes = mkdtempSync(join(tmpdir(), 'bluelamp-new-force-'))
})
afterEach(() => rmSync(themes, { recursive: true, force: true }))

describe('scaffoldForce', () => {
  it('writes a folder that the generator accepts, with the force’s name, hostnames and Welsh', async () => {
    const { dir } = scaffoldForce({ id: 'south-wales', themesDir: themes })
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'logo.svg', 'package.json', 'theme.ts'])
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({
      name: '@bluelamp/theme-south-wales',
      dependencies: { '@bluelamp/tenants': 'workspace:*' },
    })
    const { tenants } = await generate({ themesDir: themes, outDir: join(themes, '.out'), label: 'themes' })
    expect(tenants).toHaveLength(1)
    expect(tenants[0]).toMatchObject({
      id: 'south-wales',
      name: 'South Wales Police',
      nameCy: 'Heddlu De Cymru',
      hostnames: ['www.south-wales.police.uk'],
      locales: ['en', 'cy'],
    })
    expect(tenants[0]!.logoSvg).toContain('fill="currentColor"')
  })

  it('refuses an id that is not in the national list, naming it', () => {
    expect(() => scaffoldForce({ id: 'gotham', themesDir: themes })).toThrow(ScaffoldError)
    expect(() => scaffoldForce({ id: 'gotham', themesDir: themes })).toThrow(/"gotham" is not a force id/)
    expect(existsSync(join(themes, 'gotham'))).toBe(false)
  })

  it('refuses an id that already has a folder, and leaves the folder alone', () => {
    mkdirSync(join(themes, 'kent'))
    expect(() => scaffoldForce({ id: 'kent', themesDir: themes })).toThrow(/themes\/kent already exists/)
    expect(readdirSync(join(themes, 'kent'))).toEqual([])
  })
})

describe('pnpm new-force (the command)', () => {
  const run = (...args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'bin/new-force.ts', ...args], {
        cwd: packageDir,
        encoding: 'utf8',
        stdio: 'pipe',
      })
      return { status: 0, stdout, stderr: '' }
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string }
      return { status: e.status, stdout: e.stdout, stderr: e.stderr }
    }
  }

  it('exits non-zero with a clear message for an unknown id and for an existing folder', () => {
    const unknown = run('gotham', '--themes-dir', themes)
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).toContain('"gotham" is not a force id in the national list')
    mkdirSync(join(themes, 'essex'))
    const existing = run('essex', '--themes-dir', themes)
    expect(existing.status).not.toBe(0)
    expect(existing.stderr).toContain('themes/essex already exists')
  })

  it('scaffolds a known force into the given folder', () => {
    const ok = run('cumbria', '--themes-dir', themes)
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('Cumbria Constabulary')
    expect(existsSync(join(themes, 'cumbria', 'theme.ts'))).toBe(true)
  })
})

describe('generated palettes', () => {
  it('pass every contrast pair for every force, with a distinct brand colour each', () => {
    const brands = new Set<string>()
    forces.forEach((force, index) => {
      const theme = themeFor(force, index)
      expect(checkContrast(theme.colours).filter((r) => !r.passes)).toEqual([])
      brands.add(theme.colours.brand)
    })
    expect(brands.size).toBe(forces.length)
  })

  it('are deterministic', () => {
    expect(palette(seedFor('kent', 31))).toEqual(palette(seedFor('kent', 31)))
  })
})

describe('logo marks', () => {
  it('take initials from the significant words', () => {
    expect(initials('Greater Manchester')).toBe('GM')
    expect(initials('Avon and Somerset')).toBe('AS')
    expect(initials('Devon & Cornwall')).toBe('DC')
    expect(initials('Kent')).toBe('K')
    expect(initials('PSNI')).toBe('PSNI')
    expect(initials('BTP')).toBe('BTP')
  })

  it('are small, inert SVG drawn in currentColor', () => {
    const svg = logoSvg('kent', 'Kent')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg.length).toBeLessThan(1024)
    expect(svg).not.toMatch(/<script|\son[a-z]+=|href=/i)
  })
})
