import { createHash } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { crc32, deflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import type { Database } from '@bluelamp/db'
import { LocalFileStore, type FileStore } from './file-store.server.ts'
import { sniff } from './sniff.server.ts'
import { parseEvidenceUpload } from './uploads.server.ts'
import { csrfPair, memoryDatabase, openDraft } from '../testing/support.server.ts'

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex')
const PDF = Buffer.from('%PDF-1.7\n')
const BOUNDARY = '----bluelamp-test-boundary'

type Part = { name: string; value: string } | { name: string; filename: string; type?: string; body: Buffer }

function multipart(parts: Part[]): Buffer {
  const chunks: Buffer[] = []
  for (const part of parts) {
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n`))
    if ('value' in part) {
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`))
    } else {
      chunks.push(
        Buffer.from(`Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`),
        part.body,
        Buffer.from('\r\n'),
      )
    }
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`))
  return Buffer.concat(chunks)
}

function uploadRequest(body: Buffer | ReadableStream<Uint8Array>, cookie: string) {
  return new Request('http://leicestershire.localhost/services/theft/questions/evidence', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, cookie },
    body,
    duplex: 'half',
  } as RequestInit)
}

let database: Database
let dir: string
let store: LocalFileStore
// Real pictures, made here: a photo-sized JPEG and a PNG with an alpha channel.
let photo: Buffer
let picture: Buffer

beforeAll(async () => {
  photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 90, b: 160 } } }).jpeg().toBuffer()
  picture = await sharp({ create: { width: 32, height: 32, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 0.5 } } }).png().toBuffer()
  database = await memoryDatabase()
  dir = await mkdtemp(join(tmpdir(), 'bluelamp-uploads-'))
  store = new LocalFileStore(dir)
})
afterAll(async () => {
  await database.close()
  await rm(dir, { recursive: true, force: true })
})

async function filesIn(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
}

describe('file types by content', () => {
  it.each([
    ['jpeg', JPEG, 'image/jpeg'],
    ['png', PNG, 'image/png'],
    ['gif', Buffer.from('GIF89a\x01\x00'), 'image/gif'],
    ['webp', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 '), 'image/webp'],
    ['heic', Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'), 'image/heic'],
    ['pdf', PDF, 'application/pdf'],
    ['mp4', Buffer.from('\x00\x00\x00\x20ftypisom\x00\x00\x02\x00', 'latin1'), 'video/mp4'],
    ['mov', Buffer.from('\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00', 'latin1'), 'video/quicktime'],
    ['webm', Buffer.from('1a45dfa39f4286810142f7810142f2810442f381084282847765626d', 'hex'), 'video/webm'],
  ])('recognises %s', (_name, bytes, type) => {
    expect(sniff(bytes)?.contentType).toBe(type)
  })

  it.each([
    ['text with a .jpg name', Buffer.from('hello, this is not a picture')],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a Windows program', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['an SVG (can carry script)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['a zip', Buffer.from('PK\x03\x04\x14\x00', 'latin1')],
    ['Matroska that is not WebM', Buffer.from('1a45dfa39f4286810142f7810142f281044282886d6174726f736b61', 'hex')],
    ['nothing', Buffer.alloc(0)],
  ])('rejects %s', (_name, bytes) => {
    expect(sniff(bytes)).toBeNull()
  })
})

describe('parseEvidenceUpload', () => {
  it('stores an accepted file with its SHA-256, its sniffed type and a row against the draft', async () => {
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const body = picture
    const result = await parseEvidenceUpload(
      uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename: '..\\..\\photo.png', type: 'text/plain', body }, { name: 'continue', value: 'yes' }]), cookie),
      { tenantId: 'leicestershire', draftId: draft.id, database, store },
    )
    expect(result.errors).toEqual([])
    expect(result.form.get('continue')).toBe('yes')
    expect(result.stored).toHaveLength(1)
    const [file] = result.stored
    // The picture was encoded again: the stored file is a new PNG of the same picture, and both hashes are kept.
    expect(file).toMatchObject({ filename: 'photo.png', contentType: 'image/png', originalSha256: sha256(body) })
    const [row] = await database.queries.listEvidence('leicestershire', { draftId: draft.id })
    expect(row).toMatchObject({ sha256: file!.sha256, originalSha256: sha256(body), sizeBytes: file!.sizeBytes })
    const saved = await collect((await store.get(row!.storageKey))!)
    expect(sha256(saved)).toBe(file!.sha256)
    expect(saved.length).toBe(file!.sizeBytes)
    expect(await sharp(saved).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 })
  })

  it('rejects a file by its content, whatever its name and declared type, and stores nothing', async () => {
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const before = await filesIn(dir)
    const result = await parseEvidenceUpload(
      uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename: 'holiday.jpg', type: 'image/jpeg', body: Buffer.from('#!/bin/sh\nrm -rf /\n') }]), cookie),
      { tenantId: 'leicestershire', draftId: draft.id, database, store },
    )
    expect(result.stored).toEqual([])
    expect(result.errors).toEqual([{ field: 'files', message: 'The selected file must be a JPG, PNG, GIF, WebP, HEIC, PDF or video (MP4, MOV or WebM)' }])
    expect(await filesIn(dir)).toEqual(before)
    expect(await database.queries.listEvidence('leicestershire', { draftId: draft.id })).toEqual([])
  })

  it('deletes a file that turns out too large and says the limit, in Welsh when asked', async () => {
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const before = await filesIn(dir)
    const result = await parseEvidenceUpload(
      uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename: 'big.pdf', body: Buffer.concat([PDF, Buffer.alloc(2048)]) }]), cookie),
      { tenantId: 'leicestershire', draftId: draft.id, database, store, limits: { maxFileBytes: 1024 }, locale: 'cy' },
    )
    expect(result.stored).toEqual([])
    expect(result.errors).toEqual([{ field: 'files', message: 'Rhaid i’r ffeil a ddewiswyd fod yn llai na 1KB' }])
    expect(await filesIn(dir)).toEqual(before)
  })

  it('counts files already on the draft against the limit', async () => {
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const send = (n: number) =>
      parseEvidenceUpload(
        uploadRequest(multipart([{ name: 'csrf', value: token }, ...Array.from({ length: n }, (_, i) => ({ name: 'files', filename: `p${i}.jpg`, body: photo }))]), cookie),
        { tenantId: 'leicestershire', draftId: draft.id, database, store, limits: { maxFiles: 3 } },
      )
    expect((await send(2)).stored).toHaveLength(2)
    const second = await send(2)
    expect(second.stored).toHaveLength(1)
    expect(second.errors).toEqual([{ field: 'files', message: 'You can only upload 3 files' }])
  })

  it('stores nothing without a valid CSRF token (403)', async () => {
    const draft = await openDraft(database)
    const { cookie } = csrfPair()
    const before = await filesIn(dir)
    await expect(
      parseEvidenceUpload(uploadRequest(multipart([{ name: 'csrf', value: 'forged' }, { name: 'files', filename: 'a.jpg', body: photo }]), cookie), {
        tenantId: 'leicestershire',
        draftId: draft.id,
        database,
        store,
      }),
    ).rejects.toMatchObject({ init: { status: 403 }, data: { reason: 'csrf' } })
    expect(await filesIn(dir)).toEqual(before)
    expect(await database.queries.listEvidence('leicestershire', { draftId: draft.id })).toEqual([])
  })

  it('deletes the file and says so when the draft is not this force’s', async () => {
    const draft = await openDraft(database, 'metropolitan')
    const { cookie, token } = csrfPair()
    const before = await filesIn(dir)
    const result = await parseEvidenceUpload(uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename: 'a.jpg', body: photo }]), cookie), {
      tenantId: 'leicestershire',
      draftId: draft.id,
      database,
      store,
    })
    expect(result.stored).toEqual([])
    expect(result.errors[0]!.message).toMatch(/expired/)
    expect(await filesIn(dir)).toEqual(before)
  })

  it('streams a 9 MB upload: never more than a few hundred KB between the network and the file store', async () => {
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const size = 9 * 1024 * 1024
    const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${token}\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="video.mp4"\r\nContent-Type: video/mp4\r\n\r\n`)
    const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`)
    const mp4 = Buffer.from('\x00\x00\x00\x20ftypisom\x00\x00\x02\x00', 'latin1')
    const chunk = 64 * 1024
    let sent = 0
    let written = 0
    let maxInFlight = 0
    const hash = createHash('sha256')
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head)
        if (sent >= size) {
          controller.enqueue(tail)
          controller.close()
          return
        }
        const n = Math.min(chunk, size - sent)
        const bytes = Buffer.alloc(n, sent & 0xff)
        if (sent === 0) mp4.copy(bytes)
        hash.update(bytes)
        sent += n
        maxInFlight = Math.max(maxInFlight, sent - written)
        controller.enqueue(bytes)
      },
    })
    // A store that counts what reaches it, as an S3 multipart upload would.
    const counting: FileStore = {
      async put(_key, body: Readable) {
        for await (const part of body) written += (part as Buffer).length
      },
      get: async () => null,
      delete: async () => {},
    }
    const result = await parseEvidenceUpload(uploadRequest(source, cookie), { tenantId: 'leicestershire', draftId: draft.id, database, store: counting })
    expect(result.errors).toEqual([])
    expect(result.stored[0]).toMatchObject({ sizeBytes: size, contentType: 'video/mp4', sha256: hash.digest('hex') })
    expect(written).toBe(size)
    // What the network has handed over and the store has not yet received: a parser that held the file anywhere
    // (in the heap or in buffers) would let this grow towards the whole 9 MB. The process's heap is not measured:
    // the chunks live outside it, and other tests in the same worker move it by more than the file's size.
    expect(maxInFlight).toBeLessThan(1024 * 1024)
  })
})

describe('crafted files', () => {
  async function upload(filename: string, body: Buffer, locale: 'en' | 'cy' = 'en') {
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const before = await filesIn(dir)
    const result = await parseEvidenceUpload(uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename, body }]), cookie), {
      tenantId: 'leicestershire',
      draftId: draft.id,
      database,
      store,
      locale,
    })
    const rows = await database.queries.listEvidence('leicestershire', { draftId: draft.id })
    const added = (await filesIn(dir)).filter((f) => !before.includes(f))
    return { result, rows, added }
  }

  it('refuses a GIF header followed by a script, and keeps nothing', async () => {
    const { result, rows, added } = await upload('cat.gif', Buffer.from('GIF89a\x01\x00\x01\x00<script>alert(document.cookie)</script>', 'latin1'))
    expect(result.errors).toEqual([{ field: 'files', message: expect.stringMatching(/cannot be opened/) }])
    expect(rows).toEqual([])
    expect(added).toEqual([])
  })

  it('refuses a PNG that would decode to 30000 × 30000 pixels (a decompression bomb) before decoding it', async () => {
    const started = process.memoryUsage().rss
    const { result, rows, added } = await upload('bomb.png', pngBomb(30_000, 30_000))
    expect(result.errors).toEqual([{ field: 'files', message: 'The selected image is too large in pixels – it must be at most 60 megapixels. Try a smaller copy of it' }])
    expect(rows).toEqual([])
    expect(added).toEqual([])
    expect(process.memoryUsage().rss - started).toBeLessThan(200 * 1024 * 1024)
  })

  it('stores a photo with a web page appended as the photo alone, with the hash of each', async () => {
    const sent = Buffer.concat([photo, Buffer.from('<html><script>alert(1)</script></html>')])
    const { result, rows, added } = await upload('holiday.jpg', sent)
    expect(result.errors).toEqual([])
    expect(added).toHaveLength(1)
    const kept = await collect((await store.get(rows[0]!.storageKey))!)
    expect(kept.includes(Buffer.from('<script>'))).toBe(false)
    expect(await sharp(kept).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect(rows[0]).toMatchObject({ originalSha256: sha256(sent), sha256: sha256(kept), contentType: 'image/jpeg' })
  })

  it('keeps an animated GIF animated', async () => {
    const frames = await sharp({ create: { width: 8, height: 16, channels: 3, background: '#123456' } }).gif().toBuffer()
    const animated = await sharp(frames, { animated: true }).gif({ loop: 0 }).toBuffer()
    const { result, rows } = await upload('anim.gif', animated)
    expect(result.errors).toEqual([])
    expect(await sharp(await collect((await store.get(rows[0]!.storageKey))!)).metadata()).toMatchObject({ format: 'gif' })
  })

  it('refuses a PDF that runs JavaScript when opened (in a compressed object stream), in Welsh when asked', async () => {
    const document = await PDFDocument.create()
    document.addPage()
    document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }))
    const { result, rows, added } = await upload('statement.pdf', Buffer.from(await document.save({ useObjectStreams: true })), 'cy')
    expect(result.errors).toEqual([{ field: 'files', message: expect.stringMatching(/^Mae’r PDF a ddewiswyd yn cynnwys sgriptiau/) }])
    expect(rows).toEqual([])
    expect(added).toEqual([])
  })

  it('refuses a PDF with a launch action on a link', async () => {
    const document = await PDFDocument.create()
    const page = document.addPage()
    const launch = document.context.obj({ Type: 'Action', S: 'Launch', F: PDFString.of('calc.exe') })
    const link = document.context.register(document.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 100], A: launch }))
    page.node.set(PDFName.of('Annots'), document.context.obj([link]))
    const { result, rows } = await upload('letter.pdf', Buffer.from(await document.save({ useObjectStreams: false })))
    expect(result.errors[0]!.message).toMatch(/scripts, attachments or actions/)
    expect(rows).toEqual([])
  })

  it('refuses a hand-written PDF that spells JavaScript with a #-escape in a name', async () => {
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >> endobj',
      '4 0 obj << /S /J#61vaScript /J#53 (app.alert(1)) >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n')
    const { result, rows } = await upload('tricky.pdf', Buffer.from(pdf, 'latin1'))
    expect(result.errors[0]!.message).toMatch(/scripts, attachments or actions/)
    expect(rows).toEqual([])
  })

  it('refuses an encrypted PDF, whose actions cannot be read', async () => {
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
      '5 0 obj << /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >> endobj',
      'trailer << /Root 1 0 R /Encrypt 5 0 R >>',
      '%%EOF',
    ].join('\n')
    const { result, rows } = await upload('locked.pdf', Buffer.from(pdf, 'latin1'))
    expect(result.errors).toHaveLength(1)
    expect(rows).toEqual([])
  })

  it('refuses a file that starts like a PDF and is not one', async () => {
    const { result, rows } = await upload('fake.pdf', Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>'))
    expect(result.errors[0]!.message).toMatch(/cannot be opened/)
    expect(rows).toEqual([])
  })

  it('stores a plain PDF as sent: both hashes the same', async () => {
    const document = await PDFDocument.create()
    document.addPage().drawText('Receipt for a stolen bicycle')
    const sent = Buffer.from(await document.save())
    const { result, rows } = await upload('receipt.pdf', sent)
    expect(result.errors).toEqual([])
    expect(rows[0]).toMatchObject({ sha256: sha256(sent), originalSha256: sha256(sent), sizeBytes: sent.length, contentType: 'application/pdf' })
  })
})

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A valid, tiny PNG whose header says width × height (one bit a pixel, all zero): it would decode to that many pixels. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  // A few rows of zeros: the header, not the data, is what must be refused.
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * 4)
  return Buffer.concat([PNG.subarray(0, 8), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const part of stream) parts.push(part as Buffer)
  return Buffer.concat(parts)
}

