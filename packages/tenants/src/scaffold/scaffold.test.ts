import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { forces } from '@bluelamp/places'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkContrast } from '../contrast.ts'
import { generate } from '../generate.ts'
import { initials, logoSvg } from './logo.ts'
import { palette, seedFor } from './palette.ts'
import { prefixCandidates, scaffoldForce, themeFor } from './scaffold.ts'

const packageDir = fileURLToPath(new URL('../../', import.meta.url))
let themes: string

beforeEach(() => {
  themes = mkdtempSync(join(tmpdir(), 'bluelamp-new-force-'))
})
afterEach(() => rmSync(themes, { recursive: true, force: true }))

const repoThemes = fileURLToPath(new URL('../../../../themes', import.meta.url))

describe('scaffoldForce', () => {
  it('writes a folder that the generator accepts, with the national list’s name and a Welsh site for a force in Wales', async () => {
    const { dir, admin } = await scaffoldForce({ id: 'south-wales', nameCy: 'Heddlu De Cymru', prefix: 'SWP', themesDir: themes })
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'logo.svg', 'theme.ts'])
    const { tenants } = await generate({ themesDir: themes, outDir: join(themes, '.out'), label: 'themes' })
    expect(tenants).toHaveLength(1)
    expect(tenants[0]).toMatchObject({
      id: 'south-wales',
      name: 'South Wales Police',
      nameCy: 'Heddlu De Cymru',
      referencePrefix: 'SWP',
      hostnames: ['www.south-wales.police.uk'],
      locales: ['en', 'cy'],
      email: { senderAddress: 'no-reply@south-wales.police.uk' },
      demoStaff: true,
    })
    expect(tenants[0]!.logoSvg).toContain('fill="currentColor"')
    expect(admin).toEqual({ email: 'admin@south-wales.example', password: 'demo-password-1' })
  })

  it('makes a force that is in no list, with a name from its id and a prefix from its name', async () => {
    await scaffoldForce({ id: 'civil-nuclear', name: 'Civil Nuclear Constabulary', themesDir: themes })
    await scaffoldForce({ id: 'ministry-of-defence', themesDir: themes })
    const { tenants } = await generate({ themesDir: themes, outDir: join(themes, '.out'), label: 'themes' })
    expect(tenants.map((t) => [t.id, t.name, t.shortName, t.referencePrefix, t.locales])).toEqual([
      ['civil-nuclear', 'Civil Nuclear Constabulary', 'Civil Nuclear', 'CNC', ['en']],
      ['ministry-of-defence', 'Ministry of Defence Police', 'Ministry of Defence', 'MDP', ['en']],
    ])
  })

  it('never gives a new force a prefix or hostname that a folder already has', async () => {
    cpSync(join(repoThemes, 'greater-manchester'), join(themes, 'greater-manchester'), { recursive: true })
    // "Greater Manchester Prison Police" would be GMP, which Greater Manchester Police issues.
    const { theme } = await scaffoldForce({ id: 'gm-prisons', name: 'Greater Manchester Prison Police', themesDir: themes })
    expect(theme.referencePrefix).not.toBe('GMP')
    await expect(generate({ themesDir: themes, outDir: join(themes, '.out'), label: 'themes' })).resolves.toBeDefined()
    await expect(scaffoldForce({ id: 'gm-two', prefix: 'GMP', themesDir: themes })).rejects.toThrow('the reference prefix "GMP" is already used by themes/greater-manchester')
    await expect(scaffoldForce({ id: 'gm-three', hostname: 'www.gmp.police.uk', themesDir: themes })).rejects.toThrow('"www.gmp.police.uk" is already used by themes/greater-manchester')
  })

  it('refuses a Welsh-speaking force without its Welsh name, a bad id or prefix, and an existing folder', async () => {
    await expect(scaffoldForce({ id: 'gwent', themesDir: themes })).rejects.toThrow(/needs its Welsh name/)
    await expect(scaffoldForce({ id: 'Gotham City', themesDir: themes })).rejects.toThrow(/"Gotham City" is not a force id/)
    await expect(scaffoldForce({ id: 'gotham', prefix: 'GO', themesDir: themes })).rejects.toThrow(/three capital letters/)
    mkdirSync(join(themes, 'kent'))
    await expect(scaffoldForce({ id: 'kent', themesDir: themes })).rejects.toThrow(/themes\/kent already exists/)
    expect(readdirSync(join(themes, 'kent'))).toEqual([])
    expect(existsSync(join(themes, 'gwent'))).toBe(false)
  })
})

describe('prefixCandidates', () => {
  it('tries the initials, then the id’s letters, and can always find one', () => {
    const first = (id: string, name: string, n: number) => [...take(prefixCandidates(id, name), n)]
    expect(first('civil-nuclear', 'Civil Nuclear Constabulary', 3)).toEqual(['CNC', 'CIV', 'CIV'])
    expect(first('kent', 'Kent Police', 2)).toEqual(['KEN', 'KEN'])
    expect(new Set(prefixCandidates('x', 'X')).size).toBe(26 ** 3)
  })
})

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return
  for (const item of items) {
    yield item
    if (--n <= 0) return
  }
}

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

  it('exits non-zero with a clear message for a bad id and for an existing folder', () => {
    const bad = run('Gotham', '--themes-dir', themes)
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toContain('"Gotham" is not a force id')
    mkdirSync(join(themes, 'essex'))
    const existing = run('essex', '--themes-dir', themes)
    expect(existing.status).not.toBe(0)
    expect(existing.stderr).toContain('themes/essex already exists')
  })

  it('makes the folder and prints the prefix, the address and the first admin account', () => {
    const ok = run('civil-nuclear', '--name', 'Civil Nuclear Constabulary', '--themes-dir', themes)
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('Civil Nuclear Constabulary: references CNC-…')
    expect(ok.stdout).toContain('http://civil-nuclear.localhost:3000/staff as admin@civil-nuclear.example, password demo-password-1')
    expect(existsSync(join(themes, 'civil-nuclear', 'theme.ts'))).toBe(true)
  })
})

describe('generated palettes', () => {
  it('pass every contrast pair for every force, with a distinct brand colour each', () => {
    const brands = new Set<string>()
    forces.forEach((force, index) => {
      const theme = themeFor({ id: force.id, name: force.name, prefix: 'AAA' }, index)
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
