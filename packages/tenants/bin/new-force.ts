import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { forces } from '@bluelamp/places'
import { scaffoldForce, ScaffoldError } from '../src/scaffold/scaffold.ts'

const usage = `Usage: pnpm new-force <force-id>... [--themes-dir <dir>]
       pnpm new-force --all-missing   (every force in the national list that has no folder yet)`

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'themes-dir': { type: 'string' },
    'all-missing': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help || (positionals.length === 0 && !values['all-missing'])) {
  console.log(usage)
  process.exit(values.help ? 0 : 1)
}

// `pnpm --filter` runs this in packages/tenants, so a relative --themes-dir is taken from where pnpm was started.
const base = process.env.INIT_CWD ?? process.cwd()
const themesDir = values['themes-dir']
  ? resolve(base, values['themes-dir'])
  : fileURLToPath(new URL('../../../themes', import.meta.url))

let ids = positionals
if (values['all-missing']) {
  ids = forces.map((f) => f.id).filter((id) => !existsSync(resolve(themesDir, id)))
}

let failed = false
for (const id of ids) {
  try {
    const { dir, theme } = scaffoldForce({ id, themesDir })
    console.log(`Created ${dir} for ${theme.name} (${theme.hostnames[0]}, brand ${theme.colours.brand}).`)
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error
    console.error(`new-force: ${error.message}`)
    failed = true
  }
}
if (ids.length && !failed) console.log('Next: run `pnpm install` (to link the new package) and `pnpm build`.')
process.exit(failed ? 1 : 0)
