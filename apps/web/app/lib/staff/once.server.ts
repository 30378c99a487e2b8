// A one-time message for the page a staff action redirects to (POST, redirect, GET), able to carry a secret that
// must be shown exactly once: a new API key or a push endpoint's signing secret.
//
// Why a cookie and not the POST response: a reload of a POST response re-sends the form, which would create a
// second key; after a redirect a reload is harmless. Why it is safe: the cookie is encrypted and authenticated
// (AES-256-GCM under a key derived from the server's signing secret), bound to the member's force and session (a
// copy presented by anyone else does not decrypt), HttpOnly, SameSite=Strict, limited to the page's path, lives two
// minutes at most, and the GET that shows it clears it; pages are never cached (server/security.ts). The database
// keeps only the key's hash, as before. See docs/decisions/009-back-office-and-delivery.md.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { AppLoadContext, Cookie } from '@remix-run/node'
import { rawCookie } from '../security/cookies.server.ts'
import { sign } from '../security/secrets.server.ts'
import type { StaffUser } from './session.server.ts'

export interface OneTime {
  /** A catalogue key, e.g. 'staff.keyCreated', with its variables. */
  message: string
  vars?: Record<string, string>
  secret?: { kind: 'api-key' | 'endpoint'; value: string }
}

const MAX_AGE_SECONDS = 120
const IV_BYTES = 12
const TAG_BYTES = 16

type Context = Pick<AppLoadContext, 'services'>
type Member = Pick<StaffUser, 'tenantId' | 'sessionId'>

// The value is the ciphertext itself (base64url), which is already cookie-safe and authenticates itself: a raw cookie.
const cookies = { http: rawCookie('bl_staff_once', { httpOnly: true, sameSite: 'strict', maxAge: MAX_AGE_SECONDS }), https: rawCookie('__Secure-bl_staff_once', { httpOnly: true, sameSite: 'strict', secure: true, maxAge: MAX_AGE_SECONDS }) }

function cookieFor(context: Context): Cookie {
  return context.services.env.PUBLIC_URL_SCHEME === 'https' ? cookies.https : cookies.http
}

function key(): Buffer {
  return Buffer.from(sign('staff-once-cookie-key', 'aes-256-gcm'), 'base64url')
}

function binding(member: Member): Buffer {
  return Buffer.from(`staff-once\u0000${member.tenantId}\u0000${member.sessionId}`)
}

/** The Set-Cookie value that carries `payload` to the next GET of `path` by this member. */
export async function oneTimeCookie(context: Context, member: Member, path: string, payload: OneTime, now: number = Date.now()): Promise<string> {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  cipher.setAAD(binding(member))
  const body = Buffer.concat([cipher.update(JSON.stringify({ ...payload, exp: now + MAX_AGE_SECONDS * 1000 }), 'utf8'), cipher.final()])
  return cookieFor(context).serialize(Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url'), { path })
}

/**
 * The message waiting for this member, if any, and the Set-Cookie that clears it (null when there was no cookie).
 * A cookie that does not decrypt for this member, or has expired, yields no message and is cleared all the same.
 */
export async function takeOneTime(request: Request, context: Context, member: Member, path: string, now: number = Date.now()): Promise<{ payload: OneTime | null; clear: string | null }> {
  const cookie = cookieFor(context)
  const raw: unknown = await cookie.parse(request.headers.get('cookie'))
  if (raw === null || raw === '') return { payload: null, clear: null }
  const clear = await cookie.serialize('', { path, maxAge: 0 })
  if (typeof raw !== 'string') return { payload: null, clear }
  try {
    const bytes = Buffer.from(raw, 'base64url')
    if (bytes.length <= IV_BYTES + TAG_BYTES || bytes.length > 4096) return { payload: null, clear }
    const decipher = createDecipheriv('aes-256-gcm', key(), bytes.subarray(0, IV_BYTES))
    decipher.setAAD(binding(member))
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
    const { exp, ...payload } = JSON.parse(text) as OneTime & { exp: number }
    if (typeof exp !== 'number' || exp < now || typeof payload.message !== 'string') return { payload: null, clear }
    return { payload, clear }
  } catch {
    return { payload: null, clear }
  }
}
