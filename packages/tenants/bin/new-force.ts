import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { scaffoldForce, ScaffoldError } from '../src/scaffold/scaffold.ts'

const usage = `Usage: pnpm new-force <force-id> [options]

Makes themes/<force-id>/ (theme.ts, logo.svg, README.md): a force that builds and is served at
http://<force-id>.localhost:3000, with demo back-office accounts outside production.

Options:
  --name "Civil Nuclear Constabulary"   the force's name (default: the national list's, else made from the id)
  --name-cy "Heddlu …"                  its Welsh name (needed for a Welsh-speaking force)
  --welsh / --no-welsh                  the site in English and Welsh (default: yes for a force in Wales)
  --prefix CNC                          its reference prefix (default: the first free one from its name or id)
  --hostname www.cnc.police.uk          its main hostname (default: www.<force-id>.police.uk)
  --themes-dir <dir>                    where theme folders live (default: the repository's themes/)`

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    name: { type: 'string' },
    'name-cy': { type: 'string' },
    welsh: { type: 'boolean' },
    prefix: { type: 'string' },
    hostname: { type: 'string' },
    'themes-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
})

if (values.help || positionals.length !== 1) {
  console.log(usage)
  process.exit(values.help ? 0 : 1)
}

// `pnpm --filter` runs this in packages/tenants, so a relative --themes-dir is taken from where pnpm was started.
const base = process.env.INIT_CWD ?? process.cwd()
const themesDir = values['themes-dir'] ? resolve(base, values['themes-dir']) : fileURLToPath(new URL('../../../themes', import.meta.url))
const id = positionals[0]!

try {
  const { dir, theme, admin } = await scaffoldForce({
    id,
    themesDir,
    ...(values.name ? { name: values.name } : {}),
    ...(values['name-cy'] ? { nameCy: values['name-cy'] } : {}),
    ...(values.welsh !== undefined ? { welsh: values.welsh } : {}),
    ...(values.prefix ? { prefix: values.prefix } : {}),
    ...(values.hostname ? { hostname: values.hostname } : {}),
  })
  console.log(`Created ${dir} for ${theme.name}: references ${theme.referencePrefix}-…, ${theme.hostnames[0]}, ${theme.locales.join(' and ')}, brand ${theme.colours.brand}.`)
  console.log(`Next: \`pnpm build && pnpm start\`, then open http://${id}.localhost:3000/`)
  console.log(`Back office (outside production): http://${id}.localhost:3000/staff as ${admin.email}, password ${admin.password}`)
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error
  console.error(`new-force: ${error.message}`)
  process.exit(1)
}
