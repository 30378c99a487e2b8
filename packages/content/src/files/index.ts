// Reads the package's content folders from disk (national advice, demo content) and validates them. The only
// part of the package that uses Node: the app calls it once when it starts, and the package's build runs it
// (bin/check-content.ts) so a bad file stops the build with a message naming the file and the field.
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { assembleNationalAdvice, type SourceFile } from '../advice-files.ts'
import { assembleDemoContent, type DemoForce } from '../demo-files.ts'
import type { NationalAdvice } from '../model/advice.ts'

/**
 * The package's `content` folder. Found through the package's name rather than this file's address, so it
 * still works when the app's server bundle has inlined this module somewhere else.
 */
export function contentRoot(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@bluelamp/content/package.json')), 'content')
}

async function filesUnder(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Reads files, naming each by its path relative to `base` (with forward slashes) for messages. */
async function read(paths: readonly string[], base: string): Promise<SourceFile[]> {
  return Promise.all(paths.map(async (path) => ({ file: relative(base, path).split(sep).join('/'), text: await readFile(path, 'utf8') })))
}

/** Every national advice page in `dir` (default: the package's content/advice), validated. */
export async function loadNationalAdvice(dir = join(contentRoot(), 'advice')): Promise<NationalAdvice[]> {
  const base = dirname(dir)
  return assembleNationalAdvice(await read(await filesUnder(dir, '.md'), base))
}

/** The demo forces' content in `dir` (default: the package's content/demo), validated; image paths are absolute. */
export async function loadDemoContent(dir = join(contentRoot(), 'demo')): Promise<DemoForce[]> {
  const files = await read(await filesUnder(dir, '.yaml'), dirname(dir))
  const images = await filesUnder(dir, '.svg')
  const forces = assembleDemoContent(files, images.map((p) => relative(dirname(dir), p).split(sep).join('/')))
  for (const force of forces) for (const image of force.images) image.file = join(dirname(dir), image.file)
  return forces
}

export { ContentError } from '../content-error.ts'
export type { DemoForce, DemoImage } from '../demo-files.ts'
export { checkContent } from '../content-check.ts'
