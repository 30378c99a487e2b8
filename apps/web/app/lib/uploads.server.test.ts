import { createHash } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '@bluelamp/db'
import { LocalFileStore, type FileStore } from './file-store.server.ts'
import { sniff } from './sniff.server.ts'
import { parseEvidenceUpload } from './uploads.server.ts'
import { csrfPair, memoryDatabase, openDraft } from './test-support.server.ts'

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

beforeAll(async () => {
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
    const body = Buffer.concat([PNG, Buffer.alloc(50_000, 7)])
    const result = await parseEvidenceUpload(
      uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename: '..\\..\\photo.png', type: 'text/plain', body }, { name: 'continue', value: 'yes' }]), cookie),
      { tenantId: 'leicestershire', draftId: draft.id, database, store },
    )
    expect(result.errors).toEqual([])
    expect(result.form.get('continue')).toBe('yes')
    expect(result.stored).toHaveLength(1)
    const [file] = result.stored
    expect(file).toMatchObject({ filename: 'photo.png', contentType: 'image/png', sizeBytes: body.length, sha256: createHash('sha256').update(body).digest('hex') })
    const [row] = await database.queries.listEvidence('leicestershire', { draftId: draft.id })
    expect(row!.sha256).toBe(file!.sha256)
    const saved = await store.get(row!.storageKey)
    expect(createHash('sha256').update(await collect(saved!)).digest('hex')).toBe(file!.sha256)
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
        uploadRequest(multipart([{ name: 'csrf', value: token }, ...Array.from({ length: n }, (_, i) => ({ name: 'files', filename: `p${i}.jpg`, body: JPEG }))]), cookie),
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
      parseEvidenceUpload(uploadRequest(multipart([{ name: 'csrf', value: 'forged' }, { name: 'files', filename: 'a.jpg', body: JPEG }]), cookie), {
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
    const result = await parseEvidenceUpload(uploadRequest(multipart([{ name: 'csrf', value: token }, { name: 'files', filename: 'a.jpg', body: JPEG }]), cookie), {
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
    const heapBefore = process.memoryUsage().heapUsed
    const result = await parseEvidenceUpload(uploadRequest(source, cookie), { tenantId: 'leicestershire', draftId: draft.id, database, store: counting })
    expect(result.errors).toEqual([])
    expect(result.stored[0]).toMatchObject({ sizeBytes: size, contentType: 'video/mp4', sha256: hash.digest('hex') })
    expect(written).toBe(size)
    expect(maxInFlight).toBeLessThan(1024 * 1024)
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(size)
  })
})

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const part of stream) parts.push(part as Buffer)
  return Buffer.concat(parts)
}

