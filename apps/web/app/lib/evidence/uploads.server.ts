// Evidence uploads. The multipart body is parsed as a stream (busboy): each file's first bytes decide its type, and
// its content is then checked for what it must be (evidence-content.server.ts): an image is decoded and encoded again
// on its way to the file store, with a pixel limit; a PDF is read whole (it is at most UPLOAD_MAX_FILE_BYTES) and
// refused if it can run anything; a video flows through as sent. The file as sent and the file as stored are each
// hashed (SHA-256), and both hashes are recorded. A file of the wrong type or content is never kept; one that is too
// large is deleted; each gets a GOV.UK-style message. Stored files are recorded against the draft (addEvidence).
import { processSlot } from '../platform/process-slot.server.ts'
import { createHash, randomUUID } from 'node:crypto'
import { Readable, Transform } from 'node:stream'
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { NotFoundInTenantError, type Database } from '@bluelamp/db'
import { translator, type Locale } from '../../i18n/i18n.ts'
import { requireCsrf, verifyCsrf } from '../security/csrf.server.ts'
import { problem } from '../site/problem.server.ts'
import type { Env } from '../platform/env.server.ts'
import { fileStoreFor, type FileStore, type FileStoreEnv } from './file-store.server.ts'
import { describeError, logger } from '../platform/logger.server.ts'
import { isReencoded, pdfRefusal, reencodeImage, refusalOf } from './evidence-content.server.ts'
import { sniff, SNIFF_BYTES } from './sniff.server.ts'

export interface UploadLimits {
  /** Largest file in bytes (UPLOAD_MAX_FILE_BYTES, default 10 MB). */
  maxFileBytes: number
  /** Most files on one draft (UPLOAD_MAX_FILES, default 5), counting those already uploaded. */
  maxFiles: number
  /** Most pixels an image may decode to (UPLOAD_MAX_IMAGE_PIXELS, default 60 million: a 48-megapixel phone photo fits). */
  maxImagePixels: number
}

export interface StoredEvidence {
  id: string
  filename: string
  contentType: string
  /** The stored file's size and SHA-256 (an image's re-encoded bytes). */
  sizeBytes: number
  sha256: string
  /** The SHA-256 of the file exactly as the person sent it. */
  originalSha256: string
}

export interface UploadError {
  field: string
  message: string
}

export interface EvidenceUploadResult {
  /** Every field that is not a file (the CSRF token, buttons, other answers). */
  form: FormData
  stored: StoredEvidence[]
  errors: UploadError[]
}

export interface EvidenceUploadOptions {
  tenantId: string
  draftId: string
  database: Database
  /** Defaults to the configured store (the database's, or the folder UPLOAD_DIR: file-store.server.ts). */
  store?: FileStore
  /** Defaults to the environment's UPLOAD_MAX_FILE_BYTES and UPLOAD_MAX_FILES. */
  limits?: Partial<UploadLimits>
  /** The language of the error messages (default English). */
  locale?: Locale
}

/** "10MB", "500KB": sizes as GOV.UK writes them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}MB`
  return `${Math.max(1, Math.round(bytes / 1024))}KB`
}

/** A name fit to show and store: no path, no control characters, not too long. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
  return (clean || 'file').slice(0, 200)
}

interface UploadConfig {
  limits: UploadLimits
  store: FileStore
}

const configured = processSlot<UploadConfig>('uploads')

type UploadEnv = Pick<Env, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_FILES' | 'UPLOAD_MAX_IMAGE_PIXELS'> & FileStoreEnv

/** Called by startup(): the environment's limits and file store. */
export function configureUploads(services: { env: UploadEnv; database: Database }): UploadConfig {
  const { env } = services
  const config: UploadConfig = {
    limits: { maxFileBytes: env.UPLOAD_MAX_FILE_BYTES, maxFiles: env.UPLOAD_MAX_FILES, maxImagePixels: env.UPLOAD_MAX_IMAGE_PIXELS },
    store: fileStoreFor(services),
  }
  configured.set(config)
  return config
}

function uploadConfig(database: Database): UploadConfig {
  return (
    configured.get() ??
    configureUploads({
      env: { UPLOAD_MAX_FILE_BYTES: 10 * 1024 * 1024, UPLOAD_MAX_FILES: 5, UPLOAD_MAX_IMAGE_PIXELS: 60_000_000, DATA_DIR: './.data' },
      database,
    })
  )
}

/** The upload limits in force (the environment's, once startup has run): other upload paths keep to the same. */
export function uploadLimits(database: Database): UploadLimits {
  return uploadConfig(database).limits
}

/**
 * Parses a multipart/form-data evidence upload. Verifies the CSRF token itself before storing any file (so put
 * <CsrfInput /> before the file input, as the first thing in the form) and throws the same 403 as requireCsrf.
 * Files beyond the draft's allowance, of the wrong type, empty or too large are not stored and get an error.
 */
export async function parseEvidenceUpload(request: Request, options: EvidenceUploadOptions): Promise<EvidenceUploadResult> {
  const t = translator(options.locale ?? 'en')
  const config = uploadConfig(options.database)
  const limits: UploadLimits = { ...config.limits, ...options.limits }
  const store = options.store ?? config.store
  const { queries } = options.database
  const form = new FormData()
  const stored: StoredEvidence[] = []
  const errors: UploadError[] = []

  const contentType = request.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data/i.test(contentType) || !request.body) {
    const plain = await request.formData()
    for (const [name, value] of plain) if (typeof value === 'string') form.append(name, value)
    await requireCsrf(request, form)
    return { form, stored, errors }
  }

  const existing = (await queries.listEvidence(options.tenantId, { draftId: options.draftId })).length
  const allowance = Math.max(0, limits.maxFiles - existing)
  let tooManyReported = false
  let csrfChecked: boolean | undefined
  const work: Promise<void>[] = []

  const parser = busboy({
    headers: { 'content-type': contentType },
    limits: { fileSize: limits.maxFileBytes, files: allowance, fields: 100, fieldSize: 64 * 1024, parts: 120, headerPairs: 20 },
  })

  parser.on('field', (name, value) => form.append(name, value))
  parser.on('filesLimit', () => {
    if (tooManyReported) return
    tooManyReported = true
    errors.push({ field: 'files', message: t('uploads.tooMany', { count: limits.maxFiles }) })
  })
  parser.on('file', (field, stream, info) => {
    csrfChecked ??= verifyCsrf(request, form)
    if (!csrfChecked || !info.filename) {
      // No token before the first file (nothing is stored), or an empty file input.
      stream.resume()
      return
    }
    work.push(storeOne(field, stream, info.filename))
  })

  async function storeOne(field: string, stream: Readable & { truncated?: boolean }, rawName: string): Promise<void> {
    const filename = safeFilename(rawName)
    const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
    const drain = async () => {
      for (let r = await iterator.next(); !r.done; r = await iterator.next());
    }
    const head: Buffer[] = []
    let headLength = 0
    while (headLength < SNIFF_BYTES) {
      const r = await iterator.next()
      if (r.done) break
      head.push(r.value)
      headLength += r.value.length
    }
    if (headLength === 0) {
      errors.push({ field, message: t('uploads.empty') })
      return
    }
    const type = sniff(Buffer.concat(head))
    if (!type) {
      await drain()
      logger.info({ event: 'upload-rejected', reason: 'type' }, 'upload rejected: not an accepted type by its content')
      errors.push({ field, message: t('uploads.wrongType') })
      return
    }

    const key = `${options.tenantId}/${options.draftId}/${randomUUID()}`
    // The person's bytes, hashed as they arrive: `original` is the file exactly as sent.
    const original = createHash('sha256')
    const input = Readable.from(
      (async function* () {
        for (const chunk of head) {
          original.update(chunk)
          yield chunk
        }
        for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
          original.update(r.value)
          yield r.value
        }
      })(),
      { objectMode: false },
    )
    // Stop reading a file that will not be stored, but let the rest of it flow by so the next part can be parsed.
    const discard = () => {
      input.unpipe()
      input.resume()
    }
    const refuse = async (message: string, reason: string) => {
      discard()
      await store.delete(key).catch(() => {})
      logger.info({ event: 'upload-rejected', reason, kind: type.kind }, 'upload rejected')
      errors.push({ field, message })
    }

    // What is stored: an image encoded again from its pixels, a PDF once it is checked, anything else as sent.
    let body: Readable = input
    let contentError: unknown
    if (isReencoded(type.kind)) {
      const encoder = reencodeImage(type.kind as 'jpeg' | 'png' | 'gif' | 'webp', limits.maxImagePixels)
      encoder.on('error', (error) => (contentError ??= error))
      input.on('error', (error) => encoder.destroy(error))
      body = input.pipe(encoder)
    } else if (type.kind === 'pdf') {
      const bytes = Buffer.concat(await input.toArray())
      if (stream.truncated) return refuse(t('uploads.tooLarge', { size: formatSize(limits.maxFileBytes) }), 'size')
      const refusal = await pdfRefusal(bytes)
      if (refusal) return refuse(t(refusal === 'damaged' ? 'uploads.damaged' : 'uploads.activeContent'), refusal)
      body = Readable.from([bytes])
    }
    const hash = createHash('sha256')
    let size = 0
    const counted = body.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk)
          size += chunk.length
          callback(null, chunk)
        },
      }),
    )
    body.on('error', (error) => counted.destroy(error))
    try {
      await store.put(key, counted)
    } catch (error) {
      if (stream.truncated) return refuse(t('uploads.tooLarge', { size: formatSize(limits.maxFileBytes) }), 'size')
      if (contentError) {
        const reason = refusalOf(contentError)
        return refuse(
          reason === 'too-many-pixels' ? t('uploads.tooManyPixels', { megapixels: Math.floor(limits.maxImagePixels / 1_000_000) }) : t('uploads.damaged'),
          reason,
        )
      }
      discard()
      await store.delete(key).catch(() => {})
      logger.error({ event: 'upload-store-failed', error: describeError(error) })
      errors.push({ field, message: t('uploads.notSaved') })
      return
    }
    if (stream.truncated) {
      await store.delete(key)
      logger.info({ event: 'upload-rejected', reason: 'size' }, 'upload rejected: larger than the limit')
      errors.push({ field, message: t('uploads.tooLarge', { size: formatSize(limits.maxFileBytes) }) })
      return
    }
    const sha256 = hash.digest('hex')
    const originalSha256 = original.digest('hex')
    try {
      const row = await queries.addEvidence(options.tenantId, {
        draftId: options.draftId,
        filename,
        contentType: type.contentType,
        sizeBytes: size,
        sha256,
        originalSha256,
        storageKey: key,
      })
      stored.push({ id: row.id, filename, contentType: type.contentType, sizeBytes: size, sha256, originalSha256 })
    } catch (error) {
      await store.delete(key).catch(() => {})
      if (error instanceof NotFoundInTenantError) {
        errors.push({ field, message: t('uploads.noDraft') })
        return
      }
      throw error
    }
  }

  let malformed = false
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve)
      parser.on('error', reject)
      const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>)
      source.on('error', reject)
      source.pipe(parser)
    })
  } catch {
    // A body cut short or a malformed part: whatever file was arriving is not stored (storeOne sees its stream fail).
    malformed = true
  }
  const settled = await Promise.allSettled(work)
  // Bad input rejects the request only after every file is settled, as a 400 page in the person's language.
  if (malformed) {
    logger.info({ event: 'upload-rejected', reason: 'malformed' }, 'upload refused: the multipart body could not be read')
    throw await problem(request, 400, { reason: 'bad-request' })
  }
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failure) throw failure.reason
  // A form with no file still needs its token checked; a form with a bad token has stored nothing.
  await requireCsrf(request, form)
  // The token came after the files (it should come first): they were not stored, so say so.
  if (csrfChecked === false) errors.push({ field: 'files', message: t('uploads.notSaved') })
  return { form, stored, errors }
}
