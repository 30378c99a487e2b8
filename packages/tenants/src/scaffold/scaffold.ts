import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { forces as nationalForces, type ForceRecord } from '@bluelamp/places'
import { loadThemeModule } from '../generate.ts'
import { DEMO_STAFF_PASSWORD, demoStaffEmail, REFERENCE_PREFIX, themeSchema, type ThemeInput } from '../schema.ts'
import { logoSvg } from './logo.ts'
import { hash, palette, seedFor } from './palette.ts'

export class ScaffoldError extends Error {
  override name = 'ScaffoldError'
}

const RADII = ['0', '2px', '4px'] as const
const FORCE_ID = /^[a-z][a-z0-9-]*$/
const NOT_SIGNIFICANT = /^(and|of|the|&)$/i

/** What a new force's folder is made from: only the id is needed; the rest has defaults. */
export interface NewForce {
  id: string
  /** The force's name, e.g. "Civil Nuclear Constabulary". Default: the national list's, else made from the id. */
  name?: string
  /** Its Welsh name: required for a Welsh-speaking force. */
  nameCy?: string
  /** The site in English and Welsh. Default: yes for a force in Wales in the national list. */
  welsh?: boolean
  /** The reference prefix (three capital letters). Default: the first free one made from the name or id. */
  prefix?: string
  /** The site's main hostname. Default: www.<id>.police.uk. */
  hostname?: string
}

/** "Civil Nuclear Constabulary" → "Civil Nuclear"; "Devon & Cornwall Police" → "Devon & Cornwall". */
export function shortNameOf(name: string): string {
  return name.replace(/\s+(Police Service|Police|Constabulary)$/, '').trim()
}

const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => (NOT_SIGNIFICANT.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')

/** "civil-nuclear" → "Civil Nuclear Police" (a name to edit later), unless the id already ends in a force word. */
function nameFromId(id: string): string {
  const words = titleCase(id)
  return /\b(Police|Constabulary)$/.test(words) ? words : `${words} Police`
}

/**
 * Reference prefixes to try, best first: the initials of the name ("Civil Nuclear Constabulary" → CNC, "Ministry of
 * Defence Police" → MDP), the id's first letters, then its first letter with two later ones, then any three letters.
 */
export function* prefixCandidates(id: string, name: string): Generator<string> {
  const words = name.split(/[\s-]+/).filter((w) => w && !NOT_SIGNIFICANT.test(w))
  const initials = words.map((w) => w[0]!.toUpperCase()).join('')
  if (initials.length >= 3) yield initials.slice(0, 3)
  const letters = id.replace(/[^a-z]/g, '').toUpperCase()
  if (letters.length >= 3) yield letters.slice(0, 3)
  for (let i = 1; i < letters.length; i++) for (let j = i + 1; j < letters.length; j++) yield `${letters[0]}${letters[i]}${letters[j]}`
  const A = 65
  for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) for (let c = 0; c < 26; c++) yield String.fromCharCode(A + a, A + b, A + c)
}

/** The prefixes and hostnames the folders already in `themesDir` use, and which folder uses each. */
async function taken(themesDir: string): Promise<{ prefixes: Map<string, string>; hosts: Map<string, string> }> {
  const prefixes = new Map<string, string>()
  const hosts = new Map<string, string>()
  const folders = existsSync(themesDir) ? readdirSync(themesDir, { withFileTypes: true }).filter((d) => d.isDirectory()) : []
  for (const folder of folders) {
    const file = join(themesDir, folder.name, 'theme.ts')
    if (!existsSync(file)) continue
    // A folder that does not load is the build's to report; it cannot hold a prefix the build would accept.
    const raw = (await loadThemeModule(file).catch(() => undefined)) as Partial<Record<string, unknown>> | undefined
    if (typeof raw?.referencePrefix === 'string') prefixes.set(raw.referencePrefix, folder.name)
    for (const field of ['hostnames', 'aliases', 'hostnamesCy'])
      for (const host of Array.isArray(raw?.[field]) ? (raw[field] as unknown[]) : []) if (typeof host === 'string') hosts.set(host, folder.name)
  }
  return { prefixes, hosts }
}

/** The theme a new force starts with. */
export function themeFor(force: NewForce & { name: string; prefix: string }, index: number): ThemeInput {
  const shortName = shortNameOf(force.name)
  const host = force.hostname ?? `www.${force.id}.police.uk`
  const domain = host.replace(/^www\./, '')
  const seed = seedFor(force.id, index)
  return {
    id: force.id,
    name: force.name,
    ...(force.nameCy ? { nameCy: force.nameCy } : {}),
    shortName: shortName.length <= 30 ? shortName : force.prefix,
    referencePrefix: force.prefix,
    colours: palette(seed),
    font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    radius: RADII[seed.saturation % RADII.length]!,
    hostnames: [host],
    aliases: domain === host ? [] : [domain],
    hostnamesCy: [],
    locales: force.welsh ? ['en', 'cy'] : ['en'],
    contact: { nonEmergency: '101', textphone: '18001 101', emergencyTextRelay: '18000' },
    email: { senderAddress: `no-reply@${domain}` },
    social: [],
    options: { disabledServices: [], enabledServices: [], localContacts: [] },
    demoStaff: true,
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
  referencePrefix: ${q(theme.referencePrefix)},
  colours: {
${colours}
  },
  font: ${q(theme.font ?? '')},
  radius: ${q(theme.radius ?? '0')},
  hostnames: ${list(theme.hostnames)},
  aliases: ${list(theme.aliases)},
  hostnamesCy: ${list(theme.hostnamesCy)},
  locales: ${list(theme.locales)},
  contact: {
    nonEmergency: ${q(theme.contact.nonEmergency ?? '101')},
    textphone: ${q(theme.contact.textphone ?? '18001 101')},
    emergencyTextRelay: ${q(theme.contact.emergencyTextRelay ?? '18000')},
  },
  email: { senderAddress: ${q(theme.email.senderAddress)} },
  social: [],
  options: {
    disabledServices: [],
    enabledServices: [],
    localContacts: [],
  },
  // Demo back-office accounts outside production (see README.md): remove before the force goes live.
  demoStaff: ${theme.demoStaff ? 'true' : 'false'},
})
`
}

export function readmeFor(id: string, name: string): string {
  return `# ${name} (\`themes/${id}\`)

This folder is the whole of the force on bluelamp: \`theme.ts\` holds its name (in each language it offers), reference
prefix, role-named colours, font, radius, hostnames, contact facts, email sender, locales and service options;
\`logo.svg\` is an original mark drawn for bluelamp (not the force's crest).

Edit \`theme.ts\` and run \`pnpm build\`: the generator validates the theme (schema, WCAG AA contrast, and that no other
force has its id, reference prefix or hostnames) and the force is served at http://${id}.localhost:3000.
`
}

export interface ScaffoldOptions extends NewForce {
  themesDir: string
  /** The national force list (names of the forces of the UK); defaults to the one compiled into @bluelamp/places. */
  forces?: readonly ForceRecord[]
}

export interface Scaffolded {
  dir: string
  theme: ThemeInput
  /** The first back-office account outside production (demoStaff). */
  admin: { email: string; password: string }
}

/** Write `themes/<id>/` for a new force. Refuses a bad or taken id, prefix or hostname, and an existing folder. */
export async function scaffoldForce(options: ScaffoldOptions): Promise<Scaffolded> {
  const { id, themesDir, forces = nationalForces } = options
  if (!FORCE_ID.test(id)) throw new ScaffoldError(`"${id}" is not a force id: use lower-case letters, digits and dashes, starting with a letter (such as "civil-nuclear").`)
  const dir = join(themesDir, id)
  if (existsSync(dir)) throw new ScaffoldError(`themes/${id} already exists. Edit its theme.ts, or remove the folder first to start again.`)
  const index = forces.findIndex((f) => f.id === id)
  const national = index >= 0 ? forces[index] : undefined
  const name = options.name ?? national?.name ?? nameFromId(id)
  const welsh = options.welsh ?? national?.nation === 'Wales'
  if (welsh && !options.nameCy)
    throw new ScaffoldError(`a Welsh-speaking force needs its Welsh name: add --name-cy "Heddlu …" (or --no-welsh for an English-only site).`)

  const used = await taken(themesDir)
  let prefix = options.prefix
  if (prefix !== undefined) {
    if (!REFERENCE_PREFIX.test(prefix)) throw new ScaffoldError(`--prefix "${prefix}" must be three capital letters such as "CNC".`)
    const holder = used.prefixes.get(prefix)
    if (holder) throw new ScaffoldError(`the reference prefix "${prefix}" is already used by themes/${holder}: choose another with --prefix.`)
  } else {
    for (const candidate of prefixCandidates(id, name)) if (!used.prefixes.has(candidate)) { prefix = candidate; break }
  }
  const hostname = options.hostname ?? `www.${id}.police.uk`
  const hostHolder = used.hosts.get(hostname) ?? used.hosts.get(hostname.replace(/^www\./, ''))
  if (hostHolder) throw new ScaffoldError(`the hostname "${hostname}" is already used by themes/${hostHolder}: choose another with --hostname.`)

  // Forces in the national list take their place in it for their hue; any other id is placed by its hash.
  const theme = themeFor({ id, name, prefix: prefix!, welsh, hostname, ...(options.nameCy ? { nameCy: options.nameCy } : {}) }, index >= 0 ? index : forces.length + (hash(id) % 89))
  // The same schema the build uses: a scaffold that would not build is a bug here, not in the new folder.
  const checked = themeSchema.safeParse(theme)
  if (!checked.success) throw new ScaffoldError(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'theme.ts'), themeSource(theme))
  writeFileSync(join(dir, 'logo.svg'), logoSvg(id, theme.shortName))
  writeFileSync(join(dir, 'README.md'), readmeFor(id, name))
  return { dir, theme, admin: { email: demoStaffEmail(id, 'admin'), password: DEMO_STAFF_PASSWORD } }
}
