// Which store keeps evidence, and an upload through the database store on each database: the bytes go to the
// database (nothing to the folder) and come back exactly, and files a folder kept before the move stay readable.
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHUNK_BYTES, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { parseEnv } from '../platform/env.server.ts'
import { DatabaseFirstFileStore, evidenceStoreKind, fileStoreFor, LocalFileStore } from './file-store.server.ts'
import { parseEvidenceUpload } from './uploads.server.ts'
import { csrfPair, openDraft } from '../testing/support.server.ts'

const BOUNDARY = '----bluelamp-store-boundary'

function upload(filename: string, body: Buffer, cookie: string, token: string) {
  const payload = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${token}\r\n`),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${filename}"\r\nContent-Type: video/mp4\r\n\r\n`),
    body,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ])
  return new Request('http://leicestershire.localhost/services/theft/questions/evidence', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, cookie },
    body: payload,
  })
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const part of stream) parts.push(part as Buffer)
  return Buffer.concat(parts)
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('where evidence is kept', () => {
  it('is the database when there is a DATABASE_URL, the folder on the embedded database, or as EVIDENCE_STORE says', () => {
    expect(evidenceStoreKind(parseEnv({ DATABASE_URL: 'postgres://u@h:5432/db' }))).toBe('database')
    expect(evidenceStoreKind(parseEnv({}))).toBe('folder')
    expect(evidenceStoreKind(parseEnv({ DATABASE_URL: 'postgres://u@h:5432/db', EVIDENCE_STORE: 'folder' }))).toBe('folder')
    expect(evidenceStoreKind(parseEnv({ EVIDENCE_STORE: 'database' }))).toBe('database')
    expect(evidenceStoreKind(parseEnv({ EVIDENCE_STORE: '' }))).toBe('folder')
    expect(() => parseEnv({ EVIDENCE_STORE: 's3' })).toThrow(/EVIDENCE_STORE[\s\S]*must be database or folder/)
  })
})

describe.each(testDrivers())('evidence in the database on $name', ({ create }) => {
  let database: Database
  let dir: string
  beforeAll(async () => {
    database = await create()
    dir = await mkdtemp(join(tmpdir(), 'bluelamp-store-'))
  })
  afterAll(async () => {
    await database?.close()
    await rm(dir, { recursive: true, force: true })
  })

  const env = () => parseEnv({ NODE_ENV: 'test', DATA_DIR: dir, EVIDENCE_STORE: 'database' })

  it('keeps an upload of several chunks in the database and gives back the bytes its hash was taken of', async () => {
    const store = fileStoreFor({ env: env(), database })
    expect(store).toBeInstanceOf(DatabaseFirstFileStore)
    // A video is stored as sent: a real MP4 header, then more than two chunks of data.
    const video = Buffer.concat([Buffer.from('\x00\x00\x00\x20ftypisom\x00\x00\x02\x00', 'latin1'), randomBytes(2 * CHUNK_BYTES + 777)])
    const draft = await openDraft(database)
    const { cookie, token } = csrfPair()
    const result = await parseEvidenceUpload(upload('clip.mp4', video, cookie, token), { tenantId: 'leicestershire', draftId: draft.id, database, store })
    expect(result.errors).toEqual([])
    expect(result.stored).toEqual([expect.objectContaining({ contentType: 'video/mp4', sizeBytes: video.length, sha256: sha(video) })])
    const [row] = await database.queries.listEvidence('leicestershire', { draftId: draft.id })
    const back = await readAll((await store.get(row!.storageKey))!)
    expect(back.equals(video)).toBe(true)
    // Nothing was written to the folder.
    expect((await readdir(dir, { recursive: true })).length).toBe(0)
  })

  it('still reads, and deletes, a file the folder kept before the deployment moved to the database', async () => {
    const folder = new LocalFileStore(join(dir, 'uploads'))
    const key = `leicestershire/${randomBytes(8).toString('hex')}/earlier`
    await folder.put(key, Readable.from([Buffer.from('kept on disk before')]))
    const store = fileStoreFor({ env: env(), database })
    expect((await readAll((await store.get(key))!)).toString()).toBe('kept on disk before')
    await store.delete(key)
    expect(await store.get(key)).toBeNull()
    expect(await folder.get(key)).toBeNull()
  })

  it('is the folder when EVIDENCE_STORE says so, even on this database', async () => {
    const store = fileStoreFor({ env: parseEnv({ NODE_ENV: 'test', DATA_DIR: dir, EVIDENCE_STORE: 'folder' }), database })
    expect(store).toBeInstanceOf(LocalFileStore)
    expect((store as LocalFileStore).root).toBe(join(dir, 'uploads'))
  })
})
