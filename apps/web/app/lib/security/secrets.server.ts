// The server's signing secret (CSRF tokens, staff session cookies, hashed rate-limit keys). SESSION_SECRET when set;
// otherwise a random secret generated once and kept in DATA_DIR, so a restart does not invalidate the forms people
// have open. SESSION_SECRET_PREVIOUS lists earlier secrets that are still accepted (never used to sign anything new),
// so the secret can be rotated without signing everyone out. See docs/decisions/007-security-and-uploads.md and
// docs/decisions/020-forms-and-cookies.md.
import { processSlot } from '../platform/process-slot.server.ts'
import cluster from 'node:cluster'
import { createHmac, randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Env } from '../platform/env.server.ts'

const FILE_NAME = 'signing-secret'

interface Secrets {
  /** Signs everything new. */
  current: Buffer
  /** Still accepted, newest first. */
  previous: Buffer[]
  /** Per-purpose cookie secrets, worked out once. */
  cookies: Map<string, string[]>
}

// One per process, so that development reloads of this module keep the one secret.
const slot = processSlot<Secrets>('signing-secrets')

function keep(current: Buffer, previous: (string | Buffer)[] = []): Buffer {
  slot.set({ current, previous: previous.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p, 'utf8'))), cookies: new Map() })
  return current
}

/** Loads (or creates) the signing secret. Called by startup() before the server listens. */
export async function loadSigningSecret(env: Pick<Env, 'SESSION_SECRET' | 'SESSION_SECRET_PREVIOUS' | 'DATA_DIR' | 'DATABASE_URL' | 'NODE_ENV'>): Promise<Buffer> {
  const previous = env.SESSION_SECRET_PREVIOUS ?? []
  if (env.SESSION_SECRET) return keep(Buffer.from(env.SESSION_SECRET, 'utf8'), previous)
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
  return keep(secret, previous)
}

/** For tests: use this secret (and these earlier ones) instead of loading one. */
export function setSigningSecret(secret: string | Buffer, previous: (string | Buffer)[] = []): void {
  keep(Buffer.isBuffer(secret) ? secret : Buffer.from(secret, 'utf8'), previous)
}

function secrets(): Secrets {
  const loaded = slot.get()
  if (!loaded) throw new Error('loadSigningSecret() must run (in startup) before anything is signed')
  return loaded
}

const mac = (secret: Buffer, purpose: string, value: string) => createHmac('sha256', secret).update(`${purpose}\u0000${value}`).digest('base64url')

/** HMAC-SHA256 of `value` under the signing secret, for a named purpose (so one MAC never serves two uses). */
export function sign(purpose: string, value: string): string {
  return mac(secrets().current, purpose, value)
}

/** The MACs of `value` under the current secret and each earlier one, current first: a check accepts any of them. */
export function signatures(purpose: string, value: string): string[] {
  const { current, previous } = secrets()
  return [mac(current, purpose, value), ...previous.map((secret) => mac(secret, purpose, value))]
}

/**
 * The secrets list for a signed Remix cookie (createCookie's `secrets`): one derived from the current secret first
 * (it signs), then one from each earlier secret (accepted). Derived per cookie, so a cookie's signature is never a
 * MAC for anything else.
 */
export function cookieSecrets(purpose: string): string[] {
  const loaded = secrets()
  let list = loaded.cookies.get(purpose)
  if (!list) {
    list = [loaded.current, ...loaded.previous].map((secret) => mac(secret, 'cookie', purpose))
    loaded.cookies.set(purpose, list)
  }
  return list
}
