// National advice pages are Markdown files with YAML front matter, reviewed in git like code:
// content/advice/<slug>.<language>.md. This module turns their text into validated pages; src/files/ reads
// them from disk. Pure, so the same checks can run anywhere.
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { ContentError, fieldPath } from './content-error.ts'
import { LOCALES, type Locale } from './locale.ts'
import { BLOCKING_PROBLEMS, describeProblem } from './markdown/problems.ts'
import { checkMarkdown } from './markdown/render.ts'
import { adviceFrontMatterSchema, type AdviceFrontMatter, type NationalAdvice } from './model/advice.ts'

export interface SourceFile {
  /** The path shown in messages, relative to the repository or the content folder. */
  file: string
  text: string
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/**
 * Splits a file into its YAML front matter and its Markdown body, and parses the YAML (YAML 1.2 core
 * schema: no dates, no custom tags, no code; duplicate keys are an error).
 */
export function parseFrontMatter(file: SourceFile): { data: unknown; body: string } {
  const text = file.text.replace(/^\ufeff/, '')
  const match = FENCE.exec(text)
  if (!match) throw new ContentError([`${file.file}: must start with front matter between two lines of "---"`])
  try {
    const data: unknown = parseYaml(match[1]!, { schema: 'core', uniqueKeys: true, maxAliasCount: 0, prettyErrors: true })
    return { data: data ?? {}, body: text.slice(match[0].length) }
  } catch (error) {
    // Syntax errors, and the refusals of anchors and aliases (a ReferenceError): all about the file, not a bug.
    if (error instanceof YAMLParseError || error instanceof ReferenceError) {
      throw new ContentError([`${file.file}: the front matter is not valid YAML: ${error.message.split('\n')[0]}`])
    }
    throw error
  }
}

const ADVICE_NAME = /(?:^|\/)([a-z0-9-]+)\.([a-z]{2})\.md$/

/** One advice file, checked: its name, its front matter and its Markdown. Throws a ContentError listing every problem. */
export function parseAdviceFile(file: SourceFile): { frontMatter: AdviceFrontMatter; body: string } {
  const name = ADVICE_NAME.exec(file.file)
  if (!name || !(LOCALES as readonly string[]).includes(name[2]!)) {
    throw new ContentError([`${file.file}: advice files are named <slug>.<language>.md, with language en or cy`])
  }
  const { data, body } = parseFrontMatter(file)
  const parsed = adviceFrontMatterSchema.safeParse(data)
  const problems: string[] = []
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${file.file}: ${fieldPath(issue.path)}: ${issue.message}`)
    throw new ContentError(problems)
  }
  const fm = parsed.data
  if (fm.slug !== name[1]) problems.push(`${file.file}: slug: is "${fm.slug}" but the file is named ${name[1]}.${name[2]}.md`)
  if (fm.language !== name[2]) problems.push(`${file.file}: language: is "${fm.language}" but the file name says ${name[2]}`)
  if (body.trim() === '') problems.push(`${file.file}: the page has no text below its front matter`)
  // National pages are held to the strictest standard: nothing the renderer would change or drop.
  const stripped = file.text.replace(/^\ufeff/, '')
  const bodyStartLine = stripped.slice(0, stripped.length - body.length).split('\n').length - 1
  for (const p of checkMarkdown(body)) {
    const at = 'line' in p && p.line !== undefined ? { ...p, line: p.line + bodyStartLine } : p
    problems.push(`${file.file}: body: ${describeProblem(at, 'en')}${BLOCKING_PROBLEMS.has(p.code) ? '' : ' (fix it: national pages must render exactly as written)'}`)
  }
  if (problems.length > 0) throw new ContentError(problems)
  return { frontMatter: fm, body }
}

/**
 * Every national advice page from its files: English required for each slug, Welsh optional here (a Welsh
 * force's need for it is checked by missingWelshAdvice), and both languages pointing to the same services.
 * Collects every problem in every file before throwing, so one run shows them all.
 */
export function assembleNationalAdvice(files: readonly SourceFile[]): NationalAdvice[] {
  const problems: string[] = []
  const bySlug = new Map<string, Partial<Record<Locale, { frontMatter: AdviceFrontMatter; body: string; file: string }>>>()
  for (const file of files) {
    try {
      const page = parseAdviceFile(file)
      const versions = bySlug.get(page.frontMatter.slug) ?? {}
      versions[page.frontMatter.language] = { ...page, file: file.file }
      bySlug.set(page.frontMatter.slug, versions)
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems)
      else throw error
    }
  }
  const pages: NationalAdvice[] = []
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const { en, cy } = versions
    if (!en) {
      problems.push(`${cy!.file}: there is no English version (${slug}.en.md); every national page is written in English first`)
      continue
    }
    if (cy && [...cy.frontMatter.relatedServices].sort().join() !== [...en.frontMatter.relatedServices].sort().join()) {
      problems.push(`${cy.file}: relatedServices: must list the same services as ${en.file}`)
    }
    const version = (v: NonNullable<typeof en>) => ({
      title: v.frontMatter.title,
      summary: v.frontMatter.summary,
      body: v.body,
      updated: v.frontMatter.updated,
      relatedServices: v.frontMatter.relatedServices,
      file: v.file,
    })
    pages.push({ slug, versions: cy ? { en: version(en), cy: version(cy) } : { en: version(en) } })
  }
  if (problems.length > 0) throw new ContentError(problems)
  return pages
}
