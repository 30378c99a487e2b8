// Where evidence bytes live. A small interface an S3-compatible store can implement (put = a streamed PutObject
// / multipart upload, get = GetObject's body stream, delete = DeleteObject). Two stores implement it: the database
// (the default on Postgres, so every instance reads every file) and a local folder (the default on the embedded
// database, which only one process can open anyway). docs/decisions/016-evidence-in-the-database.md.
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { assertStorageKey, DatabaseFileStore, type Database } from '@bluelamp/db'
import type { Env } from '../platform/env.server.ts'

export interface FileStore {
  /** Streams `body` to `key`. The object appears only once complete; a failed put leaves nothing behind. */
  put(key: string, body: Readable): Promise<void>
  /** The object's bytes as a stream, or null when there is no such key. */
  get(key: string): Promise<Readable | null>
  /** Removes the object; a missing key is not an error. */
  delete(key: string): Promise<void>
}

export class LocalFileStore implements FileStore {
  readonly root: string
  constructor(root: string) {
    this.root = resolve(root)
  }

  private pathOf(key: string): string {
    // Keys are ours (`<tenant>/<draft>/<uuid>`), but are checked anyway so that no key can leave the folder.
    assertStorageKey(key)
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

/**
 * The database store, which also reads and deletes the files a folder store kept before the deployment moved to the
 * database, so an upgrade loses no evidence: new files go to the database only.
 */
export class DatabaseFirstFileStore implements FileStore {
  constructor(
    readonly database: DatabaseFileStore,
    readonly earlier: LocalFileStore,
  ) {}

  put(key: string, body: Readable): Promise<void> {
    return this.database.put(key, body)
  }

  async get(key: string): Promise<Readable | null> {
    return (await this.database.get(key)) ?? (await this.earlier.get(key))
  }

  async delete(key: string): Promise<void> {
    await this.database.delete(key)
    await this.earlier.delete(key)
  }

  /** Files whose upload never finished (the process stopped part way) are removed a day later. */
  purgeIncomplete(now: Date = new Date()): Promise<number> {
    return this.database.purgeIncomplete(new Date(now.getTime() - 24 * 60 * 60 * 1000))
  }
}

export type FileStoreEnv = Pick<Env, 'UPLOAD_DIR' | 'DATA_DIR' | 'DATABASE_URL' | 'EVIDENCE_STORE'>

/** Where the environment keeps evidence: EVIDENCE_STORE, or the database on Postgres and the folder otherwise. */
export function evidenceStoreKind(env: FileStoreEnv): 'database' | 'folder' {
  return env.EVIDENCE_STORE ?? (env.DATABASE_URL ? 'database' : 'folder')
}

const folders = new Map<string, LocalFileStore>()
const databases = new WeakMap<Database, Map<string, DatabaseFirstFileStore>>()

function folderStore(env: Pick<Env, 'UPLOAD_DIR' | 'DATA_DIR'>): LocalFileStore {
  const root = resolve(env.UPLOAD_DIR ?? join(env.DATA_DIR, 'uploads'))
  let store = folders.get(root)
  if (!store) folders.set(root, (store = new LocalFileStore(root)))
  return store
}

/** The configured store: the database's tables, or the folder UPLOAD_DIR (default `<DATA_DIR>/uploads`). */
export function fileStoreFor(services: { env: FileStoreEnv; database: Database }): FileStore {
  const folder = folderStore(services.env)
  if (evidenceStoreKind(services.env) === 'folder') return folder
  let byFolder = databases.get(services.database)
  if (!byFolder) databases.set(services.database, (byFolder = new Map()))
  let store = byFolder.get(folder.root)
  if (!store) byFolder.set(folder.root, (store = new DatabaseFirstFileStore(new DatabaseFileStore(services.database.db), folder)))
  return store
}
