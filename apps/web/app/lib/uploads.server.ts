// Evidence uploads (issue 5, item 6). The multipart body is parsed as a stream (busboy): each file's first bytes
// decide its type, the rest flows through a SHA-256 hash straight into the file store, so a file never sits whole in
// memory. A file that is the wrong type is never written; one that is too large is deleted; each gets a GOV.UK-style
// message. Stored files are recorded against the draft with the db's addEvidence.
import { createHash, randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { NotFoundInTenantError, type Database } from '@bluelamp/db'
import { translator, type Locale } from '../i18n/i18n.ts'
import { requireCsrf, verifyCsrf } from './csrf.server.ts'
import type { Env } from './env.server.ts'
import { fileStoreFor, type FileStore } from './file-store.server.ts'
import { logger } from './logger.server.ts'
import { sniff, SNIFF_BYTES } from './sniff.server.ts'

export interface UploadLimits {
  /** Largest file in bytes (UPLOAD_MAX_FILE_BYTES, default 10 MB). */
  maxFileBytes: number
  /** Most files on one draft (UPLOAD_MAX_FILES, default 5), counting those already uploaded. */
  maxFiles: number
}

export interface StoredEvidence {
  id: string
  filename: string
  contentType: string
  sizeBytes: number
  sha256: string
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
  /** Defaults to the configured local store (UPLOAD_DIR or <DATA_DIR>/uploads). */
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

const holder = globalThis as unknown as { __bluelampUploads?: UploadConfig }

/** Called by startup(): the environment's limits and file store. */
export function configureUploads(env: Pick<Env, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_FILES' | 'UPLOAD_DIR' | 'DATA_DIR'>): UploadConfig {
  holder.__bluelampUploads = {
    limits: { maxFileBytes: env.UPLOAD_MAX_FILE_BYTES, maxFiles: env.UPLOAD_MAX_FILES },
    store: fileStoreFor(env),
  }
  return holder.__bluelampUploads
}

function uploadConfig(): UploadConfig {
  return holder.__bluelampUploads ?? configureUploads({ UPLOAD_MAX_FILE_BYTES: 10 * 1024 * 1024, UPLOAD_MAX_FILES: 5, DATA_DIR: './.data' })
}

/**
 * Parses a multipart/form-data evidence upload. Verifies the CSRF token itself before storing any file (so put
 * <CsrfInput /> before the file input, as the first thing in the form) and throws the same 403 as requireCsrf.
 * Files beyond the draft's allowance, of the wrong type, empty or too large are not stored and get an error.
 */
export async function parseEvidenceUpload(request: Request, options: EvidenceUploadOptions): Promise<EvidenceUploadResult> {
  const t = translator(options.locale ?? 'en')
  const config = uploadConfig()
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
    const hash = createHash('sha256')
    let size = 0
    const body = Readable.from(
      (async function* () {
        for (const chunk of head) {
          hash.update(chunk)
          size += chunk.length
          yield chunk
        }
        for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
          hash.update(r.value)
          size += r.value.length
          yield r.value
        }
      })(),
      { objectMode: false },
    )
    try {
      await store.put(key, body)
    } catch (error) {
      stream.resume()
      await store.delete(key).catch(() => {})
      logger.error({ event: 'upload-store-failed', error: error instanceof Error ? error.message : String(error) })
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
    try {
      const row = await queries.addEvidence(options.tenantId, {
        draftId: options.draftId,
        filename,
        contentType: type.contentType,
        sizeBytes: size,
        sha256,
        storageKey: key,
      })
      stored.push({ id: row.id, filename, contentType: type.contentType, sizeBytes: size, sha256 })
    } catch (error) {
      await store.delete(key).catch(() => {})
      if (error instanceof NotFoundInTenantError) {
        errors.push({ field, message: t('uploads.noDraft') })
        return
      }
      throw error
    }
  }

  await new Promise<void>((resolve, reject) => {
    parser.on('close', resolve)
    parser.on('error', reject)
    const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>)
    source.on('error', reject)
    source.pipe(parser)
  })
  const settled = await Promise.allSettled(work)
  // Bad input (a truncated body, a malformed part) rejects the request only after every file is settled.
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failure) throw failure.reason
  // A form with no file still needs its token checked; a form with a bad token has stored nothing.
  await requireCsrf(request, form)
  // The token came after the files (it should come first): they were not stored, so say so.
  if (csrfChecked === false) errors.push({ field: 'files', message: t('uploads.notSaved') })
  return { form, stored, errors }
}
