// Evidence bytes in the database (docs/decisions/016-evidence-in-the-database.md). The database is the one service
// every app instance shares, so a file uploaded through one instance can be downloaded through any other. Bytes go
// in and out in chunks of CHUNK_BYTES, one statement per chunk: neither side ever holds a whole file, and no
// transaction stays open while a person's upload trickles in.
import { Readable } from 'node:stream'
import { and, eq, lt } from 'drizzle-orm'
import { evidenceFileChunks, evidenceFiles } from './schema.ts'
import type { Db } from './types.ts'

/** 256 KiB: large enough that a 10 MB file is 40 statements, small enough to be nothing in memory. */
export const CHUNK_BYTES = 256 * 1024

/** Keys are made by the app (`<tenant>/<draft>/<uuid>`); checked anyway, since a folder store turns them into paths. */
const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/i

export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.length > 300) throw new Error(`not a file store key: ${JSON.stringify(key)}`)
}

/** A key's first segment is the force it belongs to: the rows carry it for row-level security. */
function tenantOf(key: string): string {
  assertStorageKey(key)
  return key.split('/')[0]!
}

/** The stream's bytes regrouped into pieces of exactly `size` bytes (the last may be shorter, never empty). */
async function* rechunk(body: AsyncIterable<Buffer | Uint8Array | string>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = []
  let length = 0
  for await (const piece of body) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
    pending.push(bytes)
    length += bytes.length
    while (length >= size) {
      const whole = Buffer.concat(pending, length)
      yield whole.subarray(0, size)
      pending = length > size ? [whole.subarray(size)] : []
      length -= size
    }
  }
  if (length > 0) yield Buffer.concat(pending, length)
}

export interface DatabaseFileStoreOptions {
  /** Bytes per stored chunk (default CHUNK_BYTES); tests use small ones to cross many chunk boundaries. */
  chunkBytes?: number
}

/**
 * The file store interface of the web app (put, get, delete) on the `evidence_files` and `evidence_file_chunks`
 * tables. Runs as the connection's own role (system access), like the outbox worker: the key says whose file it is.
 */
export class DatabaseFileStore {
  readonly chunkBytes: number
  constructor(
    private readonly db: Db,
    options: DatabaseFileStoreOptions = {},
  ) {
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES
  }

  /** Streams `body` into the database. Readers see the file only once every chunk is in; a failed put leaves nothing. */
  async put(key: string, body: Readable): Promise<void> {
    const tenantId = tenantOf(key)
    try {
      // Fails on a key that exists, complete or not: a key is written once.
      await this.db.insert(evidenceFiles).values({ storageKey: key, tenantId })
    } catch (error) {
      body.destroy()
      throw error
    }
    let seq = 0
    let size = 0
    try {
      // Leaving this loop early (an insert fails) destroys `body`, which stops the upload being read.
      for await (const data of rechunk(body, this.chunkBytes)) {
        await this.db.insert(evidenceFileChunks).values({ storageKey: key, tenantId, seq, data })
        seq += 1
        size += data.length
      }
      await this.db
        .update(evidenceFiles)
        .set({ complete: true, sizeBytes: size, chunks: seq })
        .where(eq(evidenceFiles.storageKey, key))
    } catch (error) {
      await this.delete(key).catch(() => {})
      throw error
    }
  }

  /** The file's bytes, read one chunk at a time as the consumer asks for them; null when there is no complete file. */
  async get(key: string): Promise<Readable | null> {
    assertStorageKey(key)
    const [file] = await this.db
      .select({ chunks: evidenceFiles.chunks })
      .from(evidenceFiles)
      .where(and(eq(evidenceFiles.storageKey, key), eq(evidenceFiles.complete, true)))
    if (!file) return null
    const db = this.db
    async function* chunks() {
      for (let seq = 0; seq < file!.chunks; seq++) {
        const [row] = await db
          .select({ data: evidenceFileChunks.data })
          .from(evidenceFileChunks)
          .where(and(eq(evidenceFileChunks.storageKey, key), eq(evidenceFileChunks.seq, seq)))
        // Deleted while being read (a draft purged, say): an error, never a silently shortened file.
        if (!row) throw new Error(`evidence file ${key} was removed while it was being read`)
        yield Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength)
      }
    }
    // Bytes mode with a one-chunk mark: at most a chunk or two is read ahead of a slow downloader.
    return Readable.from(chunks(), { objectMode: false, highWaterMark: this.chunkBytes })
  }

  /** Removes the file and its chunks; a missing key is not an error. */
  async delete(key: string): Promise<void> {
    assertStorageKey(key)
    await this.db.delete(evidenceFiles).where(eq(evidenceFiles.storageKey, key))
  }

  /** Removes files whose put never finished (a process stopped mid-upload) begun before `before`; returns how many. */
  async purgeIncomplete(before: Date): Promise<number> {
    const gone = await this.db
      .delete(evidenceFiles)
      .where(and(eq(evidenceFiles.complete, false), lt(evidenceFiles.createdAt, before)))
      .returning({ storageKey: evidenceFiles.storageKey })
    return gone.length
  }

}
