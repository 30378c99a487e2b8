// The database file store on both drivers: bytes in and out exactly, in chunks, never visible half written, gone
// when deleted, and no file's rows reachable from another force under row-level security.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq, sql } from 'drizzle-orm'
import type { Database } from './client.ts'
import { withTenant } from './backoffice.ts'
import { CHUNK_BYTES, DatabaseFileStore } from './evidence-files.ts'
import { evidenceFileChunks, evidenceFiles } from './schema.ts'
import { tenant } from './test-helpers.ts'
import { testDrivers } from './testing.ts'

const keyFor = (tenantId: string) => `${tenantId}/${randomUUID()}/${randomUUID()}`

/** A stream of `bytes` sent in pieces of uneven sizes, as a network delivers them. */
function trickle(bytes: Buffer, sizes = [1, 7000, 65_536, 3, 200_000]): Readable {
  return Readable.from(
    (function* () {
      let at = 0
      for (let i = 0; at < bytes.length; i++) {
        const size = sizes[i % sizes.length]!
        yield bytes.subarray(at, at + size)
        at += size
      }
    })(),
    { objectMode: false },
  )
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const part of stream) parts.push(part as Buffer)
  return Buffer.concat(parts)
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe.each(testDrivers())('the database file store on $name', ({ create }) => {
  let database: Database
  let store: DatabaseFileStore
  beforeAll(async () => {
    database = await create()
    store = new DatabaseFileStore(database.db)
  })
  afterAll(async () => {
    await database?.close()
  })

  const chunksOf = async (key: string) =>
    database.db
      .select({ seq: evidenceFileChunks.seq, length: sql<number>`length(${evidenceFileChunks.data})`.mapWith(Number) })
      .from(evidenceFileChunks)
      .where(eq(evidenceFileChunks.storageKey, key))
      .orderBy(evidenceFileChunks.seq)

  it('gives back exactly the bytes it was given, stored in 256 KiB chunks', async () => {
    const bytes = randomBytes(CHUNK_BYTES * 2 + 12_345)
    const key = keyFor(tenant())
    await store.put(key, trickle(bytes))
    expect(await chunksOf(key)).toEqual([
      { seq: 0, length: CHUNK_BYTES },
      { seq: 1, length: CHUNK_BYTES },
      { seq: 2, length: 12_345 },
    ])
    const [file] = await database.db.select().from(evidenceFiles).where(eq(evidenceFiles.storageKey, key))
    expect(file).toMatchObject({ sizeBytes: bytes.length, chunks: 3, complete: true })
    expect(sha(await readAll((await store.get(key))!))).toBe(sha(bytes))
  })

  it('keeps files of every size at and around a chunk boundary, and an empty one', async () => {
    const small = new DatabaseFileStore(database.db, { chunkBytes: 1000 })
    for (const size of [0, 1, 999, 1000, 1001, 2000, 5432]) {
      const bytes = randomBytes(size)
      const key = keyFor(tenant())
      await small.put(key, trickle(bytes, [1, 333, 1000, 7]))
      expect((await chunksOf(key)).map((c) => c.length)).toEqual(
        Array.from({ length: Math.ceil(size / 1000) }, (_, i) => Math.min(1000, size - i * 1000)),
      )
      expect((await readAll((await small.get(key))!)).equals(bytes)).toBe(true)
    }
  })

  it('reads a file one chunk at a time, as the reader asks for it', async () => {
    const small = new DatabaseFileStore(database.db, { chunkBytes: 1024 })
    const key = keyFor(tenant())
    await small.put(key, trickle(randomBytes(20 * 1024)))
    const stream = (await small.get(key))!
    // Nothing read yet: the stream fetches a chunk or two ahead of its reader, never the whole file.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(stream.readableLength).toBeLessThanOrEqual(2 * 1024)
    const first = stream.read(1024) as Buffer | null
    expect(first === null || first.length === 1024).toBe(true)
    stream.destroy()
  })

  it('answers null for a key it does not have, and for a file still being written', async () => {
    expect(await store.get(keyFor(tenant()))).toBeNull()
    const key = keyFor(tenant())
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const body = Readable.from(
      (async function* () {
        yield randomBytes(CHUNK_BYTES + 1)
        await gate
        yield randomBytes(10)
      })(),
      { objectMode: false },
    )
    const writing = store.put(key, body)
    // The first chunk is in the table, but the file is not complete.
    for (let i = 0; i < 100 && (await chunksOf(key)).length === 0; i++) await new Promise((r) => setTimeout(r, 10))
    expect((await chunksOf(key)).length).toBe(1)
    expect(await store.get(key)).toBeNull()
    release()
    await writing
    expect((await readAll((await store.get(key))!)).length).toBe(CHUNK_BYTES + 11)
  })

  it('leaves nothing behind when the upload fails part way, and refuses to write a key twice', async () => {
    const key = keyFor(tenant())
    const failing = Readable.from(
      (async function* () {
        yield randomBytes(CHUNK_BYTES * 2)
        throw new Error('the connection was cut')
      })(),
      { objectMode: false },
    )
    await expect(store.put(key, failing)).rejects.toThrow('the connection was cut')
    expect(await chunksOf(key)).toEqual([])
    expect(await database.db.select().from(evidenceFiles).where(eq(evidenceFiles.storageKey, key))).toEqual([])

    const once = keyFor(tenant())
    await store.put(once, Readable.from([Buffer.from('first')]))
    await expect(store.put(once, Readable.from([Buffer.from('second')]))).rejects.toThrow()
    expect((await readAll((await store.get(once))!)).toString()).toBe('first')
  })

  it('deletes a file and its chunks; deleting a missing key is no error', async () => {
    const key = keyFor(tenant())
    await store.put(key, trickle(randomBytes(CHUNK_BYTES + 5)))
    await store.delete(key)
    expect(await store.get(key)).toBeNull()
    expect(await chunksOf(key)).toEqual([])
    await store.delete(key)
  })

  it('fails a read whose file is deleted part way rather than ending it short', async () => {
    const small = new DatabaseFileStore(database.db, { chunkBytes: 100 })
    const key = keyFor(tenant())
    await small.put(key, Readable.from([randomBytes(1000)]))
    const stream = (await small.get(key))!
    const iterator = stream[Symbol.asyncIterator]()
    expect(((await iterator.next()).value as Buffer).length).toBe(100)
    await small.delete(key)
    const rest = (async () => {
      for (let r = await iterator.next(); !r.done; r = await iterator.next());
    })()
    await expect(rest).rejects.toThrow(/removed while it was being read/)
  })

  it('purges files left incomplete before a time, and only those', async () => {
    const abandoned = keyFor(tenant())
    await database.db.insert(evidenceFiles).values({ storageKey: abandoned, tenantId: abandoned.split('/')[0]!, createdAt: new Date(Date.now() - 2 * 86_400_000) })
    await database.db.insert(evidenceFileChunks).values({ storageKey: abandoned, tenantId: abandoned.split('/')[0]!, seq: 0, data: randomBytes(10) })
    const recent = keyFor(tenant())
    await database.db.insert(evidenceFiles).values({ storageKey: recent, tenantId: recent.split('/')[0]! })
    const kept = keyFor(tenant())
    await store.put(kept, Readable.from([Buffer.from('kept')]))

    expect(await store.purgeIncomplete(new Date(Date.now() - 86_400_000))).toBe(1)
    expect(await chunksOf(abandoned)).toEqual([])
    const left = await database.db.select({ key: evidenceFiles.storageKey }).from(evidenceFiles)
    expect(left.map((r) => r.key)).toEqual(expect.arrayContaining([recent, kept]))
    expect(left.map((r) => r.key)).not.toContain(abandoned)
  })

  it("shows a force's app role only that force's files", async () => {
    const a = tenant()
    const b = tenant()
    await store.put(keyFor(a), Readable.from([Buffer.from('a')]))
    await store.put(keyFor(b), Readable.from([Buffer.from('b')]))
    const seen = await withTenant(database.db, a, async (tx) => ({
      files: await tx.select({ tenantId: evidenceFiles.tenantId }).from(evidenceFiles),
      chunks: await tx.select({ tenantId: evidenceFileChunks.tenantId }).from(evidenceFileChunks),
    }))
    expect(new Set(seen.files.map((r) => r.tenantId))).toEqual(new Set([a]))
    expect(new Set(seen.chunks.map((r) => r.tenantId))).toEqual(new Set([a]))
  })

  it('refuses a key that is not a store key', async () => {
    await expect(store.put('../etc/passwd', Readable.from([Buffer.from('x')]))).rejects.toThrow(/not a file store key/)
    await expect(store.get('a//b')).rejects.toThrow(/not a file store key/)
  })
})
