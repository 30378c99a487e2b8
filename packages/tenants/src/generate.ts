import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { transform } from 'esbuild'
import * as schemaModule from './schema.ts'
import { hostnamesOf, themeSchema, type Tenant, type TenantRegistry, type Theme } from './schema.ts'
import { checkContrast, contrastRatio, CONTRAST_PAIRS } from './contrast.ts'

export class ThemeError extends Error {
  constructor(public problems: string[]) {
    super(`Theme validation failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ThemeError'
  }
}

// A folder is the whole tenant: no package to register, no lockfile entry (docs/decisions/012-a-tenant-is-one-folder.md).
const REQUIRED_FILES = ['theme.ts', 'logo.svg', 'README.md'] as const
const MAX_LOGO_BYTES = 8 * 1024

/** A logo is inlined into every page, so it must be a small, inert SVG. */
function checkLogo(svg: string, where: string): string[] {
  const problems: string[] = []
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg)) problems.push(`${where}/logo.svg: must be an SVG file starting with <svg>`)
  if (Buffer.byteLength(svg) > MAX_LOGO_BYTES) problems.push(`${where}/logo.svg: is ${Buffer.byteLength(svg)} bytes; keep it under ${MAX_LOGO_BYTES}`)
  if (/<script|\son[a-z]+\s*=|javascript:|<foreignObject|xlink:href\s*=\s*["']https?:|href\s*=\s*["']https?:/i.test(svg))
    problems.push(`${where}/logo.svg: must not contain scripts, event handlers, foreign objects or external references`)
  return problems
}

const THEME_IMPORTS: Record<string, unknown> = { '@bluelamp/tenants/schema': schemaModule }

/**
 * Evaluate a theme.ts and return its default export. A theme may import nothing but `@bluelamp/tenants/schema`
 * (docs/architecture.md), so it is transpiled on its own (esbuild, well under a millisecond) and run with that one module
 * supplied from memory: no module loader re-reading schema.ts and zod for each of 46 folders, no cache to go stale
 * between runs, and a new folder loads before `pnpm install` has linked it (docs/decisions/008-every-force-and-the-finder.md).
 */
export async function loadThemeModule(file: string): Promise<unknown> {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: file })
  const module: { exports: { default?: unknown } } = { exports: {} }
  const require = (id: string) => {
    if (id in THEME_IMPORTS) return THEME_IMPORTS[id]
    throw new Error(`a theme may import only @bluelamp/tenants/schema (found "${id}")`)
  }
  new Function('module', 'exports', 'require', code)(module, module.exports, require)
  return module.exports.default
}

/**
 * What must be unique across the whole set: the id (one force, one folder), the reference prefix (a reference names
 * one force for ever) and every hostname (a host serves one force). Each clash names both folders and the field.
 */
export function checkSet(themes: readonly { folder: string; tenant: Theme }[], label = 'themes'): string[] {
  const problems: string[] = []
  const seen = new Map<string, { folder: string; field: string }>()
  const claim = (kind: string, value: string, folder: string, field: string) => {
    const first = seen.get(`${kind}\0${value}`)
    if (!first) {
      seen.set(`${kind}\0${value}`, { folder, field })
      return
    }
    const where = `${label}/${folder}/theme.ts: ${field}`
    problems.push(
      first.folder === folder
        ? `${where}: "${value}" is already in ${first.field}`
        : `${where}: "${value}" is already used by ${label}/${first.folder} (${first.field})`,
    )
  }
  for (const { folder, tenant } of themes) {
    claim('id', tenant.id, folder, 'id')
    claim('prefix', tenant.referencePrefix, folder, 'referencePrefix')
    for (const field of ['hostnames', 'aliases', 'hostnamesCy'] as const) for (const host of tenant[field]) claim('host', host, folder, field)
  }
  return problems
}

/** Load, validate and contrast-check every theme folder under `themesDir`, then check the set as a whole. */
export async function loadThemes(themesDir: string, label = 'themes'): Promise<Tenant[]> {
  const problems: string[] = []
  const tenants: Tenant[] = []
  const loaded: { folder: string; tenant: Theme }[] = []
  const folders = readdirSync(themesDir)
    .filter((f) => !f.startsWith('.') && statSync(join(themesDir, f)).isDirectory())
    .sort()

  for (const folder of folders) {
    const dir = join(themesDir, folder)
    const where = `${label}/${folder}`
    const missing = REQUIRED_FILES.filter((f) => !existsSync(join(dir, f)))
    if (missing.length) {
      problems.push(`${where}: missing ${missing.join(', ')}`)
      continue
    }
    let raw: unknown
    try {
      raw = await loadThemeModule(join(dir, 'theme.ts'))
    } catch (error) {
      problems.push(`${where}/theme.ts: could not be loaded: ${(error as Error).message}`)
      continue
    }
    const parsed = themeSchema.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${where}/theme.ts: ${issue.path.join('.') || '(theme)'}: ${issue.message}`)
      continue
    }
    const theme = parsed.data
    if (theme.id !== folder) problems.push(`${where}/theme.ts: id: must match the folder name "${folder}" (found "${theme.id}")`)
    for (const result of checkContrast(theme.colours)) {
      if (!result.passes)
        problems.push(
          `${where}/theme.ts: colours: contrast of "${result.foreground}" on "${result.background}" is ${result.ratio.toFixed(2)}:1, ` +
            `needs at least ${result.minimum}:1 (${result.why})`,
        )
    }
    const logoSvg = readFileSync(join(dir, 'logo.svg'), 'utf8').trim()
    problems.push(...checkLogo(logoSvg, where))
    tenants.push({ ...theme, logoSvg })
    loaded.push({ folder, tenant: theme })
  }

  problems.push(...checkSet(loaded, label))
  if (folders.length === 0) problems.push(`${label}: no theme folders found`)
  if (problems.length) throw new ThemeError(problems)
  return tenants
}

export function buildRegistry(tenants: Tenant[]): TenantRegistry {
  const registry: TenantRegistry = { tenants: {}, hosts: {}, prefixes: {} }
  for (const t of tenants) {
    registry.tenants[t.id] = t
    for (const h of hostnamesOf(t)) registry.hosts[h] = t.id
    registry.prefixes[t.referencePrefix] = t.id
  }
  return registry
}

/**
 * The fewest themes that between them hold the lowest ratio of every contrast pair: the worst cases. A check that
 * renders every component under every theme grows with the number of forces (136 stories × 46 themes); under these
 * few it covers the same extremes, since components only use role tokens.
 */
export function contrastSample(tenants: Tenant[]): string[] {
  const ids = new Set<string>()
  for (const pair of CONTRAST_PAIRS) {
    let worst: Tenant | undefined
    let lowest = Infinity
    for (const t of tenants) {
      const ratio = contrastRatio(t.colours[pair.foreground], t.colours[pair.background])
      if (ratio < lowest) [worst, lowest] = [t, ratio]
    }
    if (worst) ids.add(worst.id)
  }
  return [...ids].sort()
}

const cssValue = (v: string) => v.replace(/[;{}<>]/g, '')

/** One rule per theme, setting the role tokens that packages/ui maps into Tailwind. */
export function themeCss(tenant: Tenant): string {
  const vars = Object.entries(tenant.colours).map(([role, value]) => `--color-${role}:${value}`)
  vars.push(`--font-sans:${cssValue(tenant.font)}`, `--radius-base:${tenant.radius}`)
  return `[data-theme="${tenant.id}"]{${vars.join(';')}}`
}

const HEADER = '// Generated by @bluelamp/tenants from themes/*: do not edit. Run `pnpm --filter @bluelamp/tenants generate`.\n'

export async function generate(options: { themesDir: string; outDir: string; label?: string }) {
  const tenants = await loadThemes(options.themesDir, options.label ?? relative(process.cwd(), options.themesDir))
  const registry = buildRegistry(tenants)
  mkdirSync(options.outDir, { recursive: true })
  const ts =
    HEADER +
    `import type { TenantRegistry } from '../src/schema.ts'\n\n` +
    `export const registry: TenantRegistry = ${JSON.stringify(registry, null, 2)}\n\n` +
    `export const tenantIds: readonly string[] = ${JSON.stringify(tenants.map((t) => t.id))}\n\n` +
    '/** The themes with the lowest ratio for each contrast pair (see contrastSample in src/generate.ts). */\n' +
    `export const contrastSampleIds: readonly string[] = ${JSON.stringify(contrastSample(tenants))}\n`
  writeFileSync(join(options.outDir, 'registry.ts'), ts)
  const css =
    '/* Generated by @bluelamp/tenants from themes/*: do not edit. */\n' + tenants.map(themeCss).join('\n') + '\n'
  writeFileSync(join(options.outDir, 'themes.css'), css)
  return { tenants, registry, css }
}
