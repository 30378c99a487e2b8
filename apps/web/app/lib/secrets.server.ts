// The server's signing secret (CSRF tokens, hashed rate-limit keys). SESSION_SECRET when set; otherwise a random
// secret generated once and kept in DATA_DIR, so a restart does not invalidate the forms people have open.
// See docs/decisions/007-security-and-uploads.md.
import { processSlot } from './process-slot.server.ts'
import cluster from 'node:cluster'
import { createHmac, randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Env } from './env.server.ts'

const FILE_NAME = 'signing-secret'

// One per process, so that development reloads of this module keep the one secret.
const current = processSlot<Buffer>('signing-secret')

/** Loads (or creates) the signing secret. Called by startup() before the server listens. */
export async function loadSigningSecret(env: Pick<Env, 'SESSION_SECRET' | 'DATA_DIR' | 'DATABASE_URL' | 'NODE_ENV'>): Promise<Buffer> {
  if (env.SESSION_SECRET) {
    const secret = Buffer.from(env.SESSION_SECRET, 'utf8')
    current.set(secret)
    return secret
  }
  if (env.DATABASE_URL && env.NODE_ENV === 'production') {
    // Several instances behind a load balancer each have their own DATA_DIR: they must share SESSION_SECRET.
    if (!cluster.isWorker) console.warn('SESSION_SECRET is not set: using a secret kept in DATA_DIR. Set SESSION_SECRET when running more than one instance.')
  }
  const dir = resolve(env.DATA_DIR)
  const file = join(dir, FILE_NAME)
  let secret: Buffer | undefined
  try {
    const text = (await readFile(file, 'utf8')).trim()
    if (/^[0-9a-f]{64}$/.test(text)) secret = Buffer.from(text, 'hex')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  if (!secret) {
    secret = randomBytes(32)
    await mkdir(dir, { recursive: true, mode: 0o700 })
    // 'wx' never overwrites a secret another process wrote first; re-read it in that case.
    try {
      await writeFile(file, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      secret = Buffer.from((await readFile(file, 'utf8')).trim(), 'hex')
    }
  }
  current.set(secret)
  return secret
}

/** For tests: use this secret instead of loading one. */
export function setSigningSecret(secret: string | Buffer): void {
  current.set(Buffer.isBuffer(secret) ? secret : Buffer.from(secret, 'utf8'))
}

function signingSecret(): Buffer {
  const secret = current.get()
  if (!secret) throw new Error('loadSigningSecret() must run (in startup) before anything is signed')
  return secret
}

/** HMAC-SHA256 of `value` under the signing secret, for a named purpose (so one MAC never serves two uses). */
export function sign(purpose: string, value: string): string {
  return createHmac('sha256', signingSecret()).update(`${purpose}\u0000${value}`).digest('base64url')
}
