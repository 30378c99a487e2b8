// Where evidence bytes live. A small interface an S3-compatible store can implement (put = a streamed PutObject
// / multipart upload, get = GetObject's body stream, delete = DeleteObject); the default is a local folder.
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Env } from './env.server.ts'

export interface FileStore {
  /** Streams `body` to `key`. The object appears only once complete; a failed put leaves nothing behind. */
  put(key: string, body: Readable): Promise<void>
  /** The object's bytes as a stream, or null when there is no such key. */
  get(key: string): Promise<Readable | null>
  /** Removes the object; a missing key is not an error. */
  delete(key: string): Promise<void>
}

/** Keys are ours (`<tenant>/<draft>/<uuid>`), but are checked anyway so that no key can leave the folder. */
const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/i

export function assertKey(key: string): void {
  if (!KEY.test(key) || key.length > 300) throw new Error(`not a file store key: ${JSON.stringify(key)}`)
}

export class LocalFileStore implements FileStore {
  readonly root: string
  constructor(root: string) {
    this.root = resolve(root)
  }

  private pathOf(key: string): string {
    assertKey(key)
    const path = join(this.root, ...key.split('/'))
    if (!path.startsWith(this.root + sep)) throw new Error('key escapes the store')
    return path
  }

  async put(key: string, body: Readable): Promise<void> {
    const path = this.pathOf(key)
    await mkdir(dirname(path), { recursive: true })
    const partial = `${path}.part`
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx', mode: 0o600 }))
      await rename(partial, path)
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
  }

  async get(key: string): Promise<Readable | null> {
    const path = this.pathOf(key)
    try {
      await stat(path)
    } catch {
      return null
    }
    return createReadStream(path)
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key)
    await rm(path, { force: true })
    await rm(`${path}.part`, { force: true })
  }
}

const stores = new Map<string, FileStore>()

/** The configured store: UPLOAD_DIR, or `<DATA_DIR>/uploads`. */
export function fileStoreFor(env: Pick<Env, 'UPLOAD_DIR' | 'DATA_DIR'>): FileStore {
  const root = resolve(env.UPLOAD_DIR ?? join(env.DATA_DIR, 'uploads'))
  let store = stores.get(root)
  if (!store) stores.set(root, (store = new LocalFileStore(root)))
  return store
}
