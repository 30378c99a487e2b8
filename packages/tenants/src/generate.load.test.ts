import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { contrastSample, generate, ThemeError } from './generate.ts'
import { hostnamesOf } from './schema.ts'

const themesRoot = fileURLToPath(new URL('../../../themes', import.meta.url))
let work: string

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bluelamp-load-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

it('loads every theme folder in the repository, each with its own hostnames', async () => {
  const { tenants, registry } = await generate({ themesDir: themesRoot, outDir: join(work, 'out'), label: 'themes' })
  expect(tenants.length).toBeGreaterThanOrEqual(46)
  const hostnames = tenants.flatMap(hostnamesOf)
  expect(Object.keys(registry.hosts)).toHaveLength(hostnames.length)
  expect(Object.keys(registry.prefixes)).toHaveLength(tenants.length)
  const sample = contrastSample(tenants)
  expect(sample.length).toBeGreaterThan(0)
  expect(sample.length).toBeLessThanOrEqual(15)
  expect(readFileSync(join(work, 'out', 'registry.ts'), 'utf8')).toContain(`export const contrastSampleIds: readonly string[] = ${JSON.stringify(sample)}`)
})

it('refuses a theme that imports anything but the tenants schema, naming the folder', async () => {
  const themes = join(work, 'themes')
  cpSync(join(themesRoot, 'leicestershire'), join(themes, 'leicestershire'), { recursive: true })
  const file = join(themes, 'leicestershire', 'theme.ts')
  writeFileSync(file, `import 'node:fs'\n${readFileSync(file, 'utf8')}`)
  const problems = await generate({ themesDir: themes, outDir: join(work, 'out') }).then(
    () => [],
    (error: unknown) => (error instanceof ThemeError ? error.problems : [String(error)]),
  )
  expect(problems).toEqual([expect.stringMatching(/leicestershire\/theme\.ts: could not be loaded: a theme may import only @bluelamp\/tenants\/schema \(found "node:fs"\)/)])
})
