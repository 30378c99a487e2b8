import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { forces as nationalForces, type ForceRecord } from '@bluelamp/places'
import { themeSchema, type ThemeInput } from '../schema.ts'
import { FORCE_FACTS, shortNameOf } from './facts.ts'
import { logoSvg } from './logo.ts'
import { palette, seedFor } from './palette.ts'

export class ScaffoldError extends Error {
  override name = 'ScaffoldError'
}

const RADII = ['0', '2px', '4px'] as const

/** The theme a new force starts with, from the national force list. */
export function themeFor(force: ForceRecord, index: number): ThemeInput {
  const facts = FORCE_FACTS[force.id] ?? { host: force.id.replace(/-/g, '') }
  const shortName = facts.shortName ?? shortNameOf(force.name)
  const domain = facts.host.includes('.') ? facts.host : `${facts.host}.police.uk`
  const seed = seedFor(force.id, index)
  return {
    id: force.id,
    name: force.name,
    ...(facts.nameCy ? { nameCy: facts.nameCy } : {}),
    shortName,
    colours: palette(seed),
    font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    radius: RADII[seed.saturation % RADII.length]!,
    hostnames: [`www.${domain}`],
    aliases: [domain],
    locales: force.welsh ? ['en', 'cy'] : ['en'],
    contact: {
      nonEmergency: facts.nonEmergency ?? '101',
      textphone: facts.textphone ?? '18001 101',
      emergencyTextRelay: '18000',
    },
    social: [],
    options: { disabledServices: [], enabledServices: [], localContacts: [] },
  }
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const key = (k: string) => (/^[a-z]+$/i.test(k) ? k : q(k))

/** theme.ts in the same shape as the hand-written themes. */
export function themeSource(theme: ThemeInput): string {
  const colours = Object.entries(theme.colours)
    .map(([role, value]) => `    ${key(role)}: ${q(value)},`)
    .join('\n')
  const list = (items: readonly string[] = []) => `[${items.map(q).join(', ')}]`
  return `import { defineTheme } from '@bluelamp/tenants/schema'

export default defineTheme({
  id: ${q(theme.id)},
  name: ${q(theme.name)},
${theme.nameCy ? `  nameCy: ${q(theme.nameCy)},\n` : ''}  shortName: ${q(theme.shortName)},
  colours: {
${colours}
  },
  font: ${q(theme.font ?? '')},
  radius: ${q(theme.radius ?? '0')},
  hostnames: ${list(theme.hostnames)},
  aliases: ${list(theme.aliases)},
  locales: ${list(theme.locales)},
  contact: {
    nonEmergency: ${q(theme.contact.nonEmergency ?? '101')},
    textphone: ${q(theme.contact.textphone ?? '18001 101')},
    emergencyTextRelay: ${q(theme.contact.emergencyTextRelay ?? '18000')},
  },
  social: [],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
})
`
}

export function readmeFor(id: string): string {
  return `# @bluelamp/theme-${id}

The bluelamp theme for this force: \`theme.ts\` holds its role-named colours, font, radius, name, hostnames, contact
facts, locales and service options; \`logo.svg\` is an original mark drawn for bluelamp (not the force's crest).

Edit \`theme.ts\` and run \`pnpm build\`: the generator validates the theme (schema and WCAG AA contrast) and the force is
served at http://${id}.localhost:3000.
`
}

export function packageJsonFor(id: string): string {
  return (
    JSON.stringify(
      {
        name: `@bluelamp/theme-${id}`,
        version: '0.0.0',
        private: true,
        type: 'module',
        exports: { '.': './theme.ts', './logo.svg': './logo.svg' },
        dependencies: { '@bluelamp/tenants': 'workspace:*' },
      },
      null,
      2,
    ) + '\n'
  )
}

export interface ScaffoldOptions {
  id: string
  themesDir: string
  /** The national force list; defaults to forces.csv as compiled into @bluelamp/places. */
  forces?: readonly ForceRecord[]
}

/** Write `themes/<id>/` for a force in the national list. Refuses an unknown id or an existing folder. */
export function scaffoldForce({ id, themesDir, forces = nationalForces }: ScaffoldOptions): { dir: string; theme: ThemeInput } {
  const index = forces.findIndex((f) => f.id === id)
  if (index < 0)
    throw new ScaffoldError(
      `"${id}" is not a force id in the national list (packages/places/data/forces.csv). ` +
        `Known ids: ${forces.map((f) => f.id).join(', ')}.`,
    )
  const dir = join(themesDir, id)
  if (existsSync(dir))
    throw new ScaffoldError(`themes/${id} already exists. Edit its theme.ts, or remove the folder first to start again.`)
  const theme = themeFor(forces[index]!, index)
  // The same schema the build uses: a scaffold that would not build is a bug here, not in the new folder.
  themeSchema.parse(theme)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), packageJsonFor(id))
  writeFileSync(join(dir, 'theme.ts'), themeSource(theme))
  writeFileSync(join(dir, 'logo.svg'), logoSvg(id, theme.shortName))
  writeFileSync(join(dir, 'README.md'), readmeFor(id))
  return { dir, theme }
}
