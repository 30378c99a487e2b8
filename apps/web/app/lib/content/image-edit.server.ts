// One picture of a force's library, at /staff/images/<id> (docs/decisions/024-content-images-and-appeal-links.md):
// the force's content staff (canEditImages) correct what it shows in words, put a new file behind its id, or delete
// it while no page of the force uses it. The page says where it is used. Each change is audited and forgets the
// force's kept pages, which show the picture's words and addresses; a new file changes those addresses (its revision
// is in them), so the pages never load the old file from a cache that kept it. Another force's id is not found, as
// is any id the force does not have.
import { data, redirect, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node'
import { imageIdSchema, publicationState } from '@bluelamp/content'
import type { ContentImageInfo, ContentImageUse } from '@bluelamp/db'
import type { Locale, MessageKey } from '../../i18n/i18n.ts'
import { formatSize, uploadLimits } from '../evidence/uploads.server.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'
import { forgetSharedPages } from '../platform/shared-page.server.ts'
import { requireCsrf } from '../security/csrf.server.ts'
import { parseForm } from '../security/parse-form.server.ts'
import { localeFor } from '../site/locale.server.ts'
import { audit } from '../staff/audit.server.ts'
import type { StaffUser } from '../staff/session.server.ts'
import { stateKey } from './editor.server.ts'
import { altSchemaFor, encodeUpload, IMAGES_PATH, readUpload, requireImageEditor, resolvedImage, uploadVars, welshForce } from './images.server.ts'

/** One picture's page in the library. */
export const imagePath = (id: string) => `${IMAGES_PATH}/${id}`

/** What the page says after a change, by the `done` of its address. */
const DONE: Record<string, MessageKey> = { described: 'images.doneDescribed', replaced: 'images.doneReplaced' }

const notFound = () => new Response('Not found', { status: 404 })

/**
 * The force's image with this id, else 404, recorded as refused: another force's id, or what is no id at all, is
 * found no more than an id nobody has.
 */
async function findImage(request: Request, context: AppLoadContext, user: StaffUser, id: string | undefined, action: string): Promise<ContentImageInfo> {
  const parsed = imageIdSchema.safeParse(id)
  const [image] = parsed.success ? await context.services.database.queries.getContentImages(user.tenantId, [parsed.data]) : []
  if (image) return image
  await audit(context, request, user.tenantId, user.actor, { action, targetType: 'image', targetId: parsed.data, outcome: 'denied' })
  throw notFound()
}

/** A page that uses the picture, as the library lists it: its kind, title in the page's language, where it stands. */
function useView(use: ContentImageUse, locale: Locale, now: Date) {
  const state = publicationState({ status: use.status, publishAt: use.publishAt?.toISOString(), unpublishAt: use.unpublishAt?.toISOString() }, now)
  return {
    id: use.id,
    kind: use.kind,
    title: (locale === 'cy' ? (use.titleCy ?? use.titleEn) : (use.titleEn ?? use.titleCy)) ?? use.slug,
    state,
    stateKey: stateKey(state),
    href: `/staff/content/${use.id}`,
  }
}

async function imageView(request: Request, context: AppLoadContext, user: StaffUser, image: ContentImageInfo) {
  const [uses, locale] = await Promise.all([context.services.database.queries.listContentImageUses(user.tenantId, image.id), localeFor(request, context.site)])
  const now = new Date()
  const shown = resolvedImage(image, '(min-width: 50rem) 40rem, 100vw')
  return {
    user: { name: user.name, role: user.role },
    welsh: welshForce(context),
    maxSize: formatSize(uploadLimits(context.services.database).maxFileBytes),
    image: {
      id: image.id,
      altEn: image.altEn,
      altCy: image.altCy,
      filename: image.filename,
      width: image.width,
      height: image.height,
      widths: image.widths.map((w) => w.width),
      revision: image.revision,
      createdAt: image.createdAt.toISOString(),
      shown: shown ?? null,
    },
    uses: uses.map((use) => useView(use, locale, now)),
  }
}

/** GET /staff/images/<id>: the picture, where it is used, and the forms to describe, replace or delete it. */
export async function imageLoader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireImageEditor(request, context)
  const image = await findImage(request, context, user, params.imageId, 'image-library.view')
  await audit(context, request, user.tenantId, user.actor, { action: 'image-library.view', targetType: 'image', targetId: image.id })
  const done = DONE[new URL(request.url).searchParams.get('done') ?? '']
  return { ...(await imageView(request, context, user, image)), done: done ?? null, errors: {} as Record<string, string>, values: { altEn: image.altEn, altCy: image.altCy ?? '' } }
}

/**
 * POST /staff/images/<id>, by its `intent`: `describe` (the descriptions, checked as on upload), `replace` (a new
 * file, checked and encoded as on upload), `delete` (refused while a page uses it). Each ends in a redirect on
 * success (POST, redirect, GET) and shows the page again with its errors otherwise.
 */
export async function imageAction({ request, context, params }: ActionFunctionArgs) {
  const user = await requireImageEditor(request, context)
  // Before any body is read: a file sent for another force's picture is never read.
  const image = await findImage(request, context, user, params.imageId, 'image-library.change')
  const limits = uploadLimits(context.services.database)
  const { form, file } = await readUpload(request, limits.maxFileBytes)
  await requireCsrf(request, form)
  const { queries } = context.services.database
  const record = (action: string, detail: Record<string, unknown>, outcome: 'ok' | 'denied' = 'ok') =>
    audit(context, request, user.tenantId, user.actor, { action, targetType: 'image', targetId: image.id, detail, outcome })
  const current = { altEn: image.altEn, altCy: image.altCy ?? '' }
  const refused = async (errors: Record<string, string>, values: { altEn: string; altCy: string }, status = 400) =>
    pageShowsErrors(context, data({ ...(await imageView(request, context, user, image)), done: null, errors, values, vars: uploadVars(limits) }, { status }))
  const changed = async (action: string, detail: Record<string, unknown>, to: string): Promise<never> => {
    await record(action, detail)
    // The force's kept pages show this picture's words and addresses: the next visitor gets them anew.
    forgetSharedPages(context, user.tenantId)
    throw redirect(to, { status: 303 })
  }
  const intent = form.get('intent')

  if (intent === 'describe') {
    const parsed = parseForm(form, altSchemaFor(context))
    if (!parsed.ok) {
      await record('image-library.describe', { problems: Object.keys(parsed.errors) }, 'denied')
      return refused(parsed.errors, { altEn: parsed.values.altEn ?? '', altCy: parsed.values.altCy ?? '' })
    }
    const alt = { altEn: parsed.data.altEn, altCy: parsed.data.altCy || null }
    if (!(await queries.describeContentImage(user.tenantId, image.id, alt))) throw notFound()
    const languages = [...(alt.altEn !== image.altEn ? ['en'] : []), ...(alt.altCy !== image.altCy ? ['cy'] : [])]
    return changed('image-library.describe', { changed: languages }, `${imagePath(image.id)}?done=described`)
  }

  if (intent === 'replace') {
    const encoded = await encodeUpload(file, limits.maxImagePixels)
    if (!encoded.ok) {
      await record('image-library.replace', { problems: ['file'] }, 'denied')
      return refused({ file: encoded.error }, current)
    }
    const revision = await queries.replaceContentImage(user.tenantId, image.id, { filename: encoded.filename, variants: encoded.variants })
    if (revision === null) throw notFound()
    return changed('image-library.replace', { revision, widths: encoded.variants.map((v) => v.width) }, `${imagePath(image.id)}?done=replaced`)
  }

  if (intent === 'delete') {
    const result = await queries.deleteContentImage(user.tenantId, image.id)
    if (!result) throw notFound()
    if (!result.deleted) {
      await record('image-library.delete', { usedBy: result.usedBy.map((use) => use.id) }, 'denied')
      return refused({ delete: 'images.inUse' }, current, 409)
    }
    return changed('image-library.delete', { filename: image.filename, revision: image.revision }, `${IMAGES_PATH}?deleted=${image.id}`)
  }

  throw new Response('Unknown action', { status: 400 })
}
