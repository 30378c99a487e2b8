// The demo forces' pictures: original drawings (SVG) in @bluelamp/content's demo files, drawn to pixels and put
// through the same encoding as an editor's upload (image-encode.server.ts) when the demo content is seeded, so the
// demo appeals show their photo. Each is added once, under the id the demo content uses, with the description the
// item that uses it gives (the library's own description of it), and only while a page of the force uses it: a
// drawing an editor has taken out of the pages and deleted is not put back at the next start.
import { readFile } from 'node:fs/promises'
import type { DemoForce } from '@bluelamp/content'
import type { Database } from '@bluelamp/db'
import { encodeContentImage, rasteriseSvg } from './image-encode.server.ts'

/** The drawings are small and ours; the limit only has to let them through. */
const DEMO_MAX_PIXELS = 10_000_000

function altFor(force: DemoForce, id: string): { en: string; cy?: string } {
  for (const item of force.items) {
    const picture = item.kind === 'appeal' ? item.photo : item.kind === 'news' ? item.image : undefined
    if (picture?.id === id && picture.alt.en) return { en: picture.alt.en, ...(picture.alt.cy ? { cy: picture.alt.cy } : {}) }
  }
  return { en: `A drawing made for the demo content (${id})` }
}

/** Adds each of these forces' drawings not yet in the database that a page of the force uses; how many were added. */
export async function seedDemoImages(database: Database, forces: DemoForce[], actor: string): Promise<number> {
  let added = 0
  for (const force of forces) {
    for (const image of force.images) {
      if (await database.queries.hasContentImage(force.forceId, image.id)) continue
      if ((await database.queries.listContentImageUses(force.forceId, image.id)).length === 0) continue
      const encoded = await encodeContentImage(await rasteriseSvg(await readFile(image.file)), DEMO_MAX_PIXELS)
      if (!encoded.ok) throw new Error(`demo image ${force.forceId}/${image.id} could not be encoded: ${encoded.reason}`)
      const alt = altFor(force, image.id)
      await database.queries.addContentImage(force.forceId, {
        id: image.id,
        altEn: alt.en,
        altCy: alt.cy ?? null,
        filename: `${image.id}.svg`,
        createdBy: actor,
        variants: encoded.variants,
      })
      added++
    }
  }
  return added
}
