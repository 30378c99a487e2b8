import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Finding the message keys the code uses, for the catalogue test. Keys are written as string literals (`t('x.y')`,
 * a `Record<Status, MessageKey>` map, a zod schema's message); a template literal whose text up to its first `${` is
 * `'<section>.<sub>.'` (`pages.privacy.${key}`, its part typed as that section's keys) counts every key under that
 * prefix as used.
 */

/** Every message key of a catalogue tree, dotted. */
export function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? flatKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

/** The source files that may use a key: the app and its server, not tests and not the catalogue itself. */
export function sourceFiles(root: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.includes(`${join('app', 'i18n')}`)) files.push(path)
    }
  }
  for (const dir of ['app', 'server']) walk(join(root, dir))
  return files
}

/** Literal keys and dynamic prefixes that start with one of `sections` (a catalogue's top-level names). */
export function usedInSource(source: string, sections: readonly string[]): { literals: Set<string>; prefixes: Set<string> } {
  const names = sections.join('|')
  const literals = new Set<string>()
  const prefixes = new Set<string>()
  for (const m of source.matchAll(new RegExp(`['"\`]((?:${names})\\.[A-Za-z0-9_.]*[A-Za-z0-9_])['"\`]`, 'g'))) literals.add(m[1]!)
  for (const m of source.matchAll(new RegExp(`\`((?:${names})\\.[A-Za-z0-9_.]*)\\$\\{`, 'g'))) prefixes.add(m[1]!)
  return { literals, prefixes }
}
