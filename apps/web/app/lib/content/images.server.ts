// A force's picture library (docs/decisions/024-content-images-and-appeal-links.md): its editors upload a picture
// with what it shows in words, it is encoded again at a few widths (image-encode.server.ts) and kept in the
// database; its id goes into a page (an appeal's photo, a story's picture, `![what it shows](image:<id>)` in the
// words). The public loads each width at /images/<id>-<width>.webp on the force's own host only: the same id on
// another force's site is not found. The bytes behind an address never change (an id is never reused, and a
// replaced picture's revision is in its addresses: /images/<id>-<width>.v<revision>.webp), so a browser or a CDN
// may keep them for a year. One picture's own page (correct, replace, delete) is image-edit.server.ts.
import { Readable } from 'node:stream'
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { data, redirect, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node'
import { imageIdSchema, type ResolvedImage } from '@bluelamp/content'
import type { ContentImageInfo, Database } from '@bluelamp/db'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { MessageKey } from '../../i18n/i18n.ts'
import { formatSize, safeFilename, uploadLimits } from '../evidence/uploads.server.ts'
import { requireCsrf, verifyCsrf } from '../security/csrf.server.ts'
import { formText, parseForm } from '../security/parse-form.server.ts'
import { problem } from '../site/problem.server.ts'
import { logger } from '../platform/logger.server.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'
import { audit } from '../staff/audit.server.ts'
import { requireStaff, type StaffUser } from '../staff/session.server.ts'
import { canEditImages } from './image-access.ts'
import { DEFAULT_WIDTH, encodeContentImage, type ImageRefusal } from './image-encode.server.ts'

export const IMAGES_PATH = '/staff/images'

/** The signed-in member of this force who may add pictures (canEditImages); anyone else signed in gets a 403. */
export async function requireImageEditor(request: Request, context: AppLoadContext): Promise<StaffUser> {
  // 'editor' lets editors and administrators past the report roles' ranks; canEditImages then decides.
  const user = await requireStaff(request, context, 'editor')
  if (!canEditImages(user.role)) {
    await audit(context, request, user.tenantId, user.actor, { action: 'access.denied', outcome: 'denied', detail: { path: IMAGES_PATH, needs: 'image-editor' } })
    throw new Response('Forbidden', { status: 403 })
  }
  return user
}

// --- Addresses ------------------------------------------------------------------------------------------

/**
 * Where the public loads one width of an image. The first file of a picture keeps the plain address; each file that
 * replaced it has its revision in the name, so no cache can show the file it replaced under the new address.
 */
export const imageSrc = (id: string, width: number, revision: number) => `/images/${id}-${width}${revision > 1 ? `.v${revision}` : ''}.webp`

/** `<id>-<width>.webp` or `<id>-<width>.v<revision>.webp` (2 and up), the id as content writes it (imageIdSchema). */
const IMAGE_FILE = /^([a-z0-9][a-z0-9-]{2,63})-([1-9][0-9]{0,3})(?:\.v([2-9]|[1-9][0-9]{1,8}))?\.webp$/

/** How wide the picture shows: the page's column (48rem) on a wide screen, the screen's width on a narrow one. */
export const COLUMN_SIZES = '(min-width: 50rem) 48rem, 100vw'

/** An image as a page loads it: every width in `srcset`, the default width in `src`, its shape to hold its place. */
export function resolvedImage(info: Pick<ContentImageInfo, 'id' | 'revision' | 'widths'>, sizes = COLUMN_SIZES): ResolvedImage | undefined {
  if (info.widths.length === 0) return undefined
  const fallback = info.widths.find((w) => w.width >= DEFAULT_WIDTH) ?? info.widths.at(-1)!
  return {
    src: imageSrc(info.id, fallback.width, info.revision),
    srcset: info.widths.map((w) => `${imageSrc(info.id, w.width, info.revision)} ${w.width}w`).join(', '),
    sizes,
    width: fallback.width,
    height: fallback.height,
  }
}

/** The force's images with these ids, by id (an id the force has not uploaded is not in the map). */
export async function imagesById(database: Database, tenantId: string, ids: readonly string[]): Promise<Map<string, ContentImageInfo>> {
  const infos = ids.length ? await database.queries.getContentImages(tenantId, ids) : []
  return new Map(infos.map((i) => [i.id, i]))
}

// --- Serving --------------------------------------------------------------------------------------------

/** A year, and never asked again: the bytes behind an address never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** The width kept nearest below `wanted` (the smallest when all are wider): what an old address is sent on to. */
function nearestWidth(widths: readonly { width: number }[], wanted: number): number | undefined {
  return (widths.filter((w) => w.width <= wanted).at(-1) ?? widths[0])?.width
}

/**
 * GET /images/<id>-<width>[.v<revision>].webp: one width of one of this force's images as it is now; an address of
 * a file since replaced is sent on to the picture's present file; 404 for anything else (a deleted picture too).
 */
export async function imageFileLoader({ context, params }: LoaderFunctionArgs): Promise<Response> {
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } })
  if (context.site.kind !== 'tenant') return notFound()
  const match = IMAGE_FILE.exec(params.file ?? '')
  if (!match) return notFound()
  const { queries } = context.services.database
  const [id, width, revision] = [match[1]!, Number(match[2]), match[3] ? Number(match[3]) : 1]
  const file = await queries.getContentImageFile(context.site.tenant.id, id, width, revision)
  if (!file) {
    // A page kept from before the picture was replaced (by another process, a browser or a CDN for a while) still
    // asks for the old file: it gets the new one. Never kept, as the picture may be replaced again or deleted.
    const [current] = await queries.getContentImages(context.site.tenant.id, [id])
    const to = current && current.revision > revision ? nearestWidth(current.widths, width) : undefined
    if (!current || to === undefined) return notFound()
    return new Response(null, { status: 302, headers: { Location: imageSrc(id, to, current.revision), 'Cache-Control': 'no-store' } })
  }
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': IMMUTABLE,
      'X-Content-Type-Options': 'nosniff',
      // Shown only as an image: never run as a page, whatever a browser might make of it.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-site',
    },
  })
}

// --- The library ----------------------------------------------------------------------------------------

/** A new image's id: "img-" and 12 random letters and digits (about 62 bits), lower case as content ids are. */
export function newImageId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return `img-${[...randomBytes(12)].map((b) => alphabet[b % 36]).join('')}`
}

const ALT_MAX = 250

function altField(required: boolean, missing: MessageKey) {
  const base = formText(ALT_MAX + 1).pipe(z.string().max(ALT_MAX, 'images.altTooLong' satisfies MessageKey))
  return required ? base.pipe(z.string().min(1, missing)) : base
}

function altSchema(welsh: boolean) {
  return z.object({ altEn: altField(true, 'images.altEnMissing'), altCy: altField(welsh, 'images.altCyMissing') })
}

/** The descriptions' form: English always, Welsh too where the force's site is Welsh (uploading and correcting). */
export function altSchemaFor(context: AppLoadContext) {
  return altSchema(welshForce(context))
}

interface UploadedFile {
  bytes: Buffer
  filename: string
  truncated: boolean
}

/**
 * Reads the library's form: its fields, and at most one file, held in memory up to the upload limit (a picture is
 * decoded whole anyway). The CSRF token must come before the file, as on the evidence path: a file sent without a
 * valid token before it is never read.
 */
export async function readUpload(request: Request, maxFileBytes: number): Promise<{ form: FormData; file: UploadedFile | null }> {
  const form = new FormData()
  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data/i.test(contentType) || !request.body) {
    const plain = await request.formData()
    for (const [name, value] of plain) if (typeof value === 'string') form.append(name, value)
    return { form, file: null }
  }
  let file: UploadedFile | null = null
  const parser = busboy({ headers: { 'content-type': contentType }, limits: { fileSize: maxFileBytes, files: 1, fields: 20, fieldSize: 8 * 1024, parts: 24, headerPairs: 20 } })
  const reading: Promise<void>[] = []
  parser.on('field', (name, value) => form.append(name, value))
  parser.on('file', (_field, stream: Readable & { truncated?: boolean }, info) => {
    if (!info.filename || !verifyCsrf(request, form)) {
      stream.resume()
      return
    }
    reading.push(
      (async () => {
        const chunks: Buffer[] = []
        for await (const chunk of stream) chunks.push(chunk as Buffer)
        file = { bytes: Buffer.concat(chunks), filename: safeFilename(info.filename ?? ''), truncated: Boolean(stream.truncated) }
      })(),
    )
  })
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve)
      parser.on('error', reject)
      const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>)
      source.on('error', reject)
      source.pipe(parser)
    })
    await Promise.all(reading)
  } catch {
    logger.info({ event: 'upload-rejected', reason: 'malformed' }, 'image upload refused: the multipart body could not be read')
    throw await problem(request, 400, { reason: 'bad-request' })
  }
  return { form, file }
}

const REFUSALS: Record<ImageRefusal, MessageKey> = { 'wrong-type': 'images.wrongType', damaged: 'uploads.damaged', 'too-many-pixels': 'uploads.tooManyPixels' }

export type EncodedUpload = { ok: true; filename: string; variants: EncodedVariants } | { ok: false; error: MessageKey }
type EncodedVariants = Extract<Awaited<ReturnType<typeof encodeContentImage>>, { ok: true }>['variants']

/** The file sent, checked and encoded again at its widths; or why it is refused (a message key for its field). */
export async function encodeUpload(file: UploadedFile | null, maxImagePixels: number): Promise<EncodedUpload> {
  if (!file || file.bytes.length === 0) return { ok: false, error: file ? 'uploads.empty' : 'images.fileMissing' }
  if (file.truncated) return { ok: false, error: 'uploads.tooLarge' }
  const encoded = await encodeContentImage(file.bytes, maxImagePixels)
  if (encoded.ok) return { ok: true, filename: file.filename, variants: encoded.variants }
  logger.info({ event: 'upload-rejected', reason: encoded.reason, path: 'images' }, 'image upload refused')
  return { ok: false, error: REFUSALS[encoded.reason] }
}

/** What the file field's messages say: the largest file and the most pixels. */
export function uploadVars(limits: Pick<ReturnType<typeof uploadLimits>, 'maxFileBytes' | 'maxImagePixels'>) {
  return { size: formatSize(limits.maxFileBytes), megapixels: Math.floor(limits.maxImagePixels / 1_000_000) }
}

/** Whether the force's site is in Welsh too, so a picture needs its Welsh description. */
export function welshForce(context: AppLoadContext): boolean {
  return context.site.kind === 'tenant' && context.site.tenant.locales.includes('cy')
}

async function libraryView(context: AppLoadContext, user: StaffUser) {
  const images = await context.services.database.queries.listContentImages(user.tenantId, { limit: 200 })
  const limits = uploadLimits(context.services.database)
  return {
    user: { name: user.name, role: user.role },
    welsh: welshForce(context),
    maxSize: formatSize(limits.maxFileBytes),
    images: images.map((i) => {
      const shown = resolvedImage(i, '10rem')
      return {
        id: i.id,
        altEn: i.altEn,
        altCy: i.altCy,
        filename: i.filename,
        width: i.width,
        height: i.height,
        widths: i.widths.map((w) => w.width),
        createdAt: i.createdAt.toISOString(),
        thumb: shown ? { src: imageSrc(i.id, i.widths[0]!.width, i.revision), width: i.widths[0]!.width, height: i.widths[0]!.height } : null,
      }
    }),
  }
}

/** GET /staff/images: the force's images, newest first, each with its id to copy into a page; and the upload form. */
export async function imagesLoader({ request, context }: LoaderFunctionArgs) {
  const user = await requireImageEditor(request, context)
  await audit(context, request, user.tenantId, user.actor, { action: 'image-library.view' })
  const query = new URL(request.url).searchParams
  const [added, deleted] = [query.get('added'), imageIdSchema.safeParse(query.get('deleted')).data]
  const view = await libraryView(context, user)
  return {
    ...view,
    added: view.images.find((i) => i.id === added)?.id ?? null,
    // After a delete: its id, only when it is an id the library no longer has.
    deleted: deleted && !view.images.some((i) => i.id === deleted) ? deleted : null,
    errors: {} as Record<string, string>,
    values: { altEn: '', altCy: '' },
  }
}

/** POST /staff/images: one picture and its descriptions; on success back to the list (POST, redirect, GET). */
export async function imagesAction({ request, context }: ActionFunctionArgs) {
  const user = await requireImageEditor(request, context)
  const limits = uploadLimits(context.services.database)
  const { form, file } = await readUpload(request, limits.maxFileBytes)
  await requireCsrf(request, form)
  const parsed = parseForm(form, altSchemaFor(context))
  const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.errors }
  const encoded = await encodeUpload(file, limits.maxImagePixels)
  if (!encoded.ok) errors.file = encoded.error
  if (!encoded.ok || !parsed.ok) {
    const view = await libraryView(context, user)
    const values = parsed.ok ? { altEn: parsed.data.altEn, altCy: parsed.data.altCy } : { altEn: parsed.values.altEn ?? '', altCy: parsed.values.altCy ?? '' }
    // Messages are keys (the page translates them), with what they need.
    return pageShowsErrors(context, data({ ...view, added: null, deleted: null, errors, values, vars: uploadVars(limits) }, { status: 400 }))
  }
  const id = newImageId()
  await context.services.database.queries.addContentImage(user.tenantId, {
    id,
    altEn: parsed.data.altEn,
    altCy: parsed.data.altCy || null,
    filename: encoded.filename,
    createdBy: user.actor,
    variants: encoded.variants,
  })
  await audit(context, request, user.tenantId, user.actor, { action: 'image-library.upload', targetType: 'image', targetId: id, detail: { widths: encoded.variants.map((v) => v.width) } })
  throw redirect(`${IMAGES_PATH}?added=${id}`, { status: 303 })
}
