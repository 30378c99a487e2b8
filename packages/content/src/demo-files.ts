// Demo content for the demo forces: one YAML file per item, in exactly the shape of the content schemas
// (text in each language, Markdown bodies as block scalars), so the database seed can load it as it is.
//   demo/<force-id>/news/<slug>.yaml      demo/<force-id>/appeals/<slug>.yaml
//   demo/<force-id>/areas/<slug>.yaml     demo/<force-id>/advice/<slug>.yaml (the force's own advice)
//   demo/<force-id>/contact.yaml          demo/<force-id>/images/<image-id>.svg (original drawings)
import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { SourceFile } from './advice-files.ts'
import { ContentError, fieldPath } from './content-error.ts'
import { IMAGE_REF } from './markdown/render.ts'
import { localAdviceSchema } from './model/advice.ts'
import { appealSchema } from './model/appeal.ts'
import { areaPageSchema, contactPageSchema } from './model/area.ts'
import type { ContentKind, ForceContent } from './model/index.ts'
import { newsArticleSchema } from './model/news.ts'

const SCHEMAS = { news: newsArticleSchema, appeal: appealSchema, area: areaPageSchema, advice: localAdviceSchema, contact: contactPageSchema } as const

const FOLDERS = { news: 'news', appeals: 'appeal', areas: 'area', advice: 'advice' } as const
const ITEM = /(?:^|\/)([a-z0-9-]+)\/(news|appeals|areas|advice)\/([a-z0-9-]+)\.yaml$/
const CONTACT = /(?:^|\/)([a-z0-9-]+)\/contact\.yaml$/
const IMAGE = /(?:^|\/)([a-z0-9-]+)\/images\/([a-z0-9][a-z0-9-]{2,63})\.svg$/

export interface DemoImage {
  forceId: string
  /** The id Markdown and photos use for it, and the id the seed gives the uploaded image. */
  id: string
  /** Where the drawing is, as given to assembleDemoContent (an absolute path from loadDemoContent). */
  file: string
}

export interface DemoForce {
  forceId: string
  items: ForceContent[]
  images: DemoImage[]
}

/** Every demo force's items and drawings, validated; throws a ContentError naming each bad file and field. */
export function assembleDemoContent(files: readonly SourceFile[], imageFiles: readonly string[]): DemoForce[] {
  const problems: string[] = []
  const forces = new Map<string, DemoForce>()
  const forceOf = (forceId: string) => forces.get(forceId) ?? forces.set(forceId, { forceId, items: [], images: [] }).get(forceId)!

  for (const file of imageFiles) {
    const m = IMAGE.exec(file)
    if (!m) problems.push(`${file}: demo images are named images/<image-id>.svg, with a lower-case id`)
    else forceOf(m[1]!).images.push({ forceId: m[1]!, id: m[2]!, file })
  }

  for (const file of files) {
    const item = ITEM.exec(file.file)
    const contact = CONTACT.exec(file.file)
    if (!item && !contact) {
      problems.push(`${file.file}: demo files go in <force-id>/news, appeals, areas or advice as <slug>.yaml, or are <force-id>/contact.yaml`)
      continue
    }
    let data: unknown
    try {
      data = parseYaml(file.text, { schema: 'core', uniqueKeys: true, maxAliasCount: 0 })
    } catch (error) {
      if (!(error instanceof YAMLParseError || error instanceof ReferenceError)) throw error
      problems.push(`${file.file}: not valid YAML: ${error.message.split('\n')[0]}`)
      continue
    }
    const expectedKind: ContentKind = item ? FOLDERS[item[2] as keyof typeof FOLDERS] : 'contact'
    const parsed = SCHEMAS[expectedKind].safeParse(data)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(
          issue.path[0] === 'kind' ? `${file.file}: kind: must be "${expectedKind}" for a file in this folder` : `${file.file}: ${fieldPath(issue.path)}: ${issue.message}`,
        )
      }
      continue
    }
    const value: ForceContent = parsed.data
    if (item && 'slug' in value && value.slug !== item[3]) problems.push(`${file.file}: slug: is "${value.slug}" but the file is named ${item[3]}.yaml`)
    forceOf((item ?? contact)![1]!).items.push(value)
  }

  for (const force of forces.values()) {
    const ids = new Set(force.images.map((i) => i.id))
    for (const item of force.items) {
      for (const id of imageIdsOf(item)) {
        if (!ids.has(id)) problems.push(`${force.forceId}: ${'slug' in item ? item.slug : item.kind} uses image "${id}", but there is no ${force.forceId}/images/${id}.svg`)
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems)
  return [...forces.values()].sort((a, b) => a.forceId.localeCompare(b.forceId))
}

/** The uploaded images an item uses: its photo or picture, and every image its Markdown names. */
export function imageIdsOf(item: ForceContent): string[] {
  const ids: string[] = []
  if (item.kind === 'appeal' && item.photo) ids.push(item.photo.id)
  if (item.kind === 'news' && item.image) ids.push(item.image.id)
  for (const version of Object.values(item.text)) {
    const body = (version as { body?: string } | undefined)?.body ?? ''
    for (const m of body.matchAll(/!\[[^\]]*\]\((image:[^)\s]+)\)/g)) {
      const id = IMAGE_REF.exec(m[1]!)?.[1]
      if (id) ids.push(id)
    }
  }
  return [...new Set(ids)]
}
