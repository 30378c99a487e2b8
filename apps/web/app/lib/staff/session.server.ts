// Staff sign-in and sessions. The cookie (a signed Remix cookie) holds a random token, signed under a secret derived
// from the server's signing secrets (a forged or altered cookie is refused before the database is asked; one signed
// under SESSION_SECRET_PREVIOUS is still good); the sessions table holds the token's hash, so sessions are revocable
// and have idle and absolute timeouts. The cookie is HttpOnly, SameSite=Strict and host-only (`__Host-` over HTTPS):
// one force's cookie is never sent to another force's host, and a token presented on another force's host finds
// nothing, because every lookup is scoped to the host's force. Why the table and not Remix's session storage:
// docs/decisions/020-forms-and-cookies.md.
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AppLoadContext, Cookie } from '@remix-run/node'
import { createCookie, redirect } from '@remix-run/node'
import { hashSessionToken, NATIONAL_SCOPE, type StaffRole } from '@bluelamp/db'
import { logger } from '../platform/logger.server.ts'
import { requireWithinLimit } from '../security/rate-limit.server.ts'
import { cookieSecrets, sign } from '../security/secrets.server.ts'
import { audit } from './audit.server.ts'
import { staffData } from './data.server.ts'
import { hasControlCharacters, withoutControlCharacters } from '../platform/text.ts'
import { dummyHash, verifyPassword } from './password.server.ts'
import { z } from 'zod'
import { formText } from '../security/parse-form.server.ts'

export interface StaffUser {
  id: string
  name: string
  email: string
  role: StaffRole
  tenantId: string
  sessionId: string
  /** For the audit log and report events. */
  actor: string
}

type Context = Pick<AppLoadContext, 'services' | 'site' | 'clientIp'>

const PURPOSE = 'staff-session'
const TOKEN = /^[A-Za-z0-9_-]{43}$/
// Reports: each rank sees what the one below it sees, and more. An editor is outside these ranks: it edits the force's
// website and sees no reports.
const RANK: Record<Exclude<StaffRole, 'editor'>, number> = { handler: 1, supervisor: 2, admin: 3 }

/**
 * Whether a member of staff may do what `role` may: for 'handler', 'supervisor' and 'admin' (reports), that rank or
 * higher, never an editor; for 'editor' (the website's content), an editor or an admin.
 */
export function hasRole(user: Pick<StaffUser, 'role'>, role: StaffRole): boolean {
  if (role === 'editor') return user.role === 'editor' || user.role === 'admin'
  if (user.role === 'editor') return false
  return RANK[user.role] >= RANK[role]
}

/** Where a member of staff starts in the back office: the queue of reports, or an editor's content. */
export function staffHome(user: Pick<StaffUser, 'role'>): string {
  return user.role === 'editor' ? '/staff/content' : '/staff/queue'
}

export function staffCookieName(env: { PUBLIC_URL_SCHEME?: 'http' | 'https' }): string {
  return env.PUBLIC_URL_SCHEME === 'https' ? '__Host-bl_staff' : 'bl_staff'
}

function policies(env: AppLoadContext['services']['env']) {
  return {
    session: { idleMs: env.STAFF_SESSION_IDLE_MINUTES * 60_000, absoluteMs: env.STAFF_SESSION_MAX_HOURS * 3_600_000 },
    throttle: { attempts: env.STAFF_THROTTLE_ATTEMPTS, windowMs: env.STAFF_THROTTLE_MINUTES * 60_000 },
  }
}

/** The session cookie: signed with the current secret, accepted under any of SESSION_SECRET_PREVIOUS too. */
export function staffSessionCookie(env: AppLoadContext['services']['env']): Cookie {
  return createCookie(staffCookieName(env), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: env.PUBLIC_URL_SCHEME === 'https',
    maxAge: policies(env).session.absoluteMs / 1000,
    secrets: cookieSecrets(PURPOSE),
  })
}

export async function clearStaffCookie(context: Context): Promise<string> {
  return staffSessionCookie(context.services.env).serialize('', { maxAge: 0 })
}

/** The cookie's token when its signature verifies; 'forged' when a cookie is present but does not. */
export async function readSessionToken(request: Request, context: Context): Promise<string | null | 'forged'> {
  const header = request.headers.get('cookie')
  const cookie = staffSessionCookie(context.services.env)
  const token: unknown = await cookie.parse(header)
  if (token === '') return null
  if (token === null) {
    // Nothing signed: no cookie at all, or one whose signature does not verify. The same cookie read unsigned tells
    // them apart (it is null only when there is no such cookie).
    const present = await createCookie(cookie.name).parse(header)
    return present === null || present === '' ? null : 'forged'
  }
  return typeof token === 'string' && TOKEN.test(token) ? token : 'forged'
}

function tenantOf(context: Context): string {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  return context.site.tenant.id
}

export type SessionResult = { ok: true; user: StaffUser } | { ok: false; reason: 'none' | 'forged' | 'unknown' | 'revoked' | 'expired' | 'idle' | 'disabled' }

export async function readStaffSession(request: Request, context: Context, now: Date = new Date(), scope?: string): Promise<SessionResult> {
  const tenantId = scope ?? tenantOf(context)
  const token = await readSessionToken(request, context)
  if (token === null) return { ok: false, reason: 'none' }
  if (token === 'forged') return { ok: false, reason: 'forged' }
  const lookup = await staffData(context.services.database).getSession(tenantId, hashSessionToken(token), now, policies(context.services.env).session)
  if (!lookup.ok) return lookup
  const { staff } = lookup
  return { ok: true, user: { ...staff, sessionId: lookup.session.id, actor: `staff:${staff.id}` } }
}

/**
 * The signed-in member of this host's force, with at least `role`. Without a live session: a page request is sent
 * to the sign-in page (a stale or forged cookie is cleared, and logged); a form post gets 401. Too junior: 403.
 */
export async function requireStaff(request: Request, context: Context, role: StaffRole = 'handler'): Promise<StaffUser> {
  const tenantId = tenantOf(context)
  const result = await readStaffSession(request, context)
  const url = new URL(request.url)
  if (!result.ok) {
    if (result.reason !== 'none') {
      logger.warn({ event: 'staff-session-rejected', reason: result.reason, tenant: tenantId, path: url.pathname }, 'staff session refused')
      await audit(context, request, tenantId, 'anonymous', { action: 'session.rejected', outcome: 'denied', detail: { reason: result.reason, path: url.pathname } })
    }
    const headers = result.reason === 'none' ? undefined : { 'Set-Cookie': await clearStaffCookie(context) }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      throw new Response('Sign in to continue.', { status: 401, headers })
    }
    const next = url.pathname + url.search
    throw redirect(`/staff?next=${encodeURIComponent(next)}${result.reason === 'none' ? '' : '&expired=1'}`, { headers })
  }
  if (!hasRole(result.user, role)) {
    await audit(context, request, tenantId, result.user.actor, { action: 'access.denied', outcome: 'denied', detail: { path: url.pathname, needs: role } })
    throw new Response('Forbidden', { status: 403 })
  }
  return result.user
}

/** The sign-in form: the email trimmed, the password exactly as typed (each cut to a length no real one reaches). */
export const signInSchema = z
  .object({ email: formText(254), password: formText(1024, { trim: false }) })
  .superRefine(({ email, password }, ctx) => {
    if (!email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'staff.emailMissing' })
    if (!password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'staff.passwordMissing' })
  })

export type SignInResult =
  | { kind: 'signed-in'; cookie: string; user: { id: string; role: StaffRole } }
  | { kind: 'failed' }
  | { kind: 'throttled'; retryAfterSeconds: number }

/** Where to go after signing in: a path inside the back office only (never another site); `fallback` otherwise. */
export function safeNext(next: unknown, fallback = '/staff/queue'): string {
  return typeof next === 'string' && /^\/staff(\/[A-Za-z0-9/_\-.?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : fallback
}

/**
 * Every refused sign-in takes at least this long, whatever was refused (no such account, a wrong password, a
 * disabled or locked account): the scrypt check and the writes finish well within it, so the answer's timing says
 * nothing about which it was.
 */
export const SIGN_IN_FLOOR_MS = 600

/** The extra wait after the nth refusal in a row for one account from one address: none, then 250 ms doubling to 4 s. */
export function signInDelayMs(failures: number): number {
  return failures <= 1 ? 0 : Math.min(4000, 250 * 2 ** (failures - 2))
}

function throttleKey(tenantId: string, email: string, clientIp: string): string {
  // The account as typed and the address together: a guesser elsewhere never slows or blocks the member of staff.
  return `staff-sign-in-failures:${sign('rate-limit', `${tenantId}\u0000${email}\u0000${clientIp || 'unknown'}`)}`
}

/**
 * Checks an email and password for this host's force. Unknown, wrong, disabled and locked all get the same answer
 * in the same time (SIGN_IN_FLOOR_MS, a dummy hash for unknown accounts). Refusals are counted per account and
 * address together, as a run that lapses STAFF_THROTTLE_MINUTES after its last refusal: each one in the run waits
 * longer (signInDelayMs), and after STAFF_THROTTLE_ATTEMPTS that address is refused for that account until the run
 * lapses, while the member of staff signs in from anywhere else as usual. Every address is also limited across all
 * accounts by the shared rate limiter. Every attempt, refused and throttled ones included, is audited.
 */
export async function signIn(request: Request, context: Context, email: string, password: string, now: Date = new Date(), scope?: string): Promise<SignInResult> {
  const started = Date.now()
  const tenantId = scope ?? tenantOf(context)
  await requireWithinLimit(request, context, 'staff-sign-in')
  const data = staffData(context.services.database)
  const { queries } = context.services.database
  const { throttle, session } = policies(context.services.env)
  // Control characters can be in no address (and Postgres refuses NUL): such an email is simply no account's.
  const readable = !hasControlCharacters(email)
  const attempted = withoutControlCharacters(email).trim().toLowerCase().slice(0, 200)
  const key = throttleKey(tenantId, attempted, context.clientIp)
  const finish = async (extraMs = 0) => {
    const wait = started + SIGN_IN_FLOOR_MS + extraMs - Date.now()
    if (wait > 0) await sleep(wait)
  }

  const earlier = await queries.peekFailureRun(key, now)
  if (earlier.count >= throttle.attempts) {
    const retryAfterSeconds = Math.max(1, Math.ceil((earlier.lapsesAt.getTime() - now.getTime()) / 1000))
    logger.warn({ event: 'staff-sign-in-throttled', tenant: tenantId }, 'sign-in refused: too many failures for this account from this address')
    await audit(context, request, tenantId, 'anonymous', { action: 'sign-in.throttled', outcome: 'denied', detail: { email: attempted, retryAfterSeconds } })
    await finish()
    return { kind: 'throttled', retryAfterSeconds }
  }

  const member = readable && attempted ? await data.findStaffByEmail(tenantId, attempted) : null
  const valid = await verifyPassword(password, member?.passwordHash ?? (await dummyHash()))
  if (!member || !valid || member.disabledAt || data.isLocked(member, now)) {
    const reason = !member ? 'unknown' : !valid ? 'password' : member.disabledAt ? 'disabled' : 'locked'
    const counted = await queries.hitFailureRun(key, throttle.windowMs, now)
    logger.warn({ event: 'staff-sign-in-failed', tenant: tenantId, failures: counted.count }, 'sign-in refused: wrong email or password')
    await audit(context, request, tenantId, member ? `staff:${member.id}` : 'anonymous', {
      action: 'sign-in.failed',
      outcome: 'denied',
      detail: { email: attempted, reason, failures: counted.count },
    })
    await finish(signInDelayMs(counted.count))
    return { kind: 'failed' }
  }

  const token = randomBytes(32).toString('base64url')
  await data.startSession(tenantId, member.id, hashSessionToken(token), now, session)
  await queries.clearRateLimit(key)
  await audit(context, request, tenantId, `staff:${member.id}`, { action: 'sign-in', detail: { role: member.role } })
  return {
    kind: 'signed-in',
    cookie: await staffSessionCookie(context.services.env).serialize(token),
    user: { id: member.id, role: member.role },
  }
}

export async function signOut(request: Request, context: Context, scope?: string): Promise<string> {
  const tenantId = scope ?? tenantOf(context)
  const result = await readStaffSession(request, context, new Date(), scope)
  if (result.ok) {
    await staffData(context.services.database).revokeSession(tenantId, result.user.sessionId)
    await audit(context, request, tenantId, result.user.actor, { action: 'sign-out' })
  }
  return await clearStaffCookie(context)
}

// The national team's back office (/admin on the national host; docs/decisions/023). National administrators are
// staff rows in the national scope (NATIONAL_SCOPE, which no force id can be), signed in and audited by the same code
// as a force's staff: the cookie is host-only, so the national host's session is never sent to a force's host, and a
// force's session presented on the national host finds nothing, because every lookup is scoped.

/** The national scope, on the national host only; anywhere else is a 404. */
export function nationalScopeOf(context: Pick<AppLoadContext, 'site'>): string {
  if (context.site.kind !== 'national') throw new Response('Not found', { status: 404 })
  return NATIONAL_SCOPE
}

/** Where a national administrator goes after signing in: a page of /admin only. */
export function safeNationalNext(next: unknown): string {
  return typeof next === 'string' && /^\/admin(\/[A-Za-z0-9/_\-.?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : '/admin/notices'
}

/** The signed-in national administrator; without a session a page is sent to /admin, a post gets 401. */
export async function requireNationalAdmin(request: Request, context: Context): Promise<StaffUser> {
  const scope = nationalScopeOf(context)
  const result = await readStaffSession(request, context, new Date(), scope)
  const url = new URL(request.url)
  if (!result.ok) {
    if (result.reason !== 'none') {
      logger.warn({ event: 'staff-session-rejected', reason: result.reason, tenant: scope, path: url.pathname }, 'national session refused')
      await audit(context, request, scope, 'anonymous', { action: 'session.rejected', outcome: 'denied', detail: { reason: result.reason, path: url.pathname } })
    }
    const headers = result.reason === 'none' ? undefined : { 'Set-Cookie': await clearStaffCookie(context) }
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new Response('Sign in to continue.', { status: 401, headers })
    throw redirect(`/admin?next=${encodeURIComponent(url.pathname + url.search)}${result.reason === 'none' ? '' : '&expired=1'}`, { headers })
  }
  if (result.user.role !== 'admin') {
    await audit(context, request, scope, result.user.actor, { action: 'access.denied', outcome: 'denied', detail: { path: url.pathname, needs: 'admin' } })
    throw new Response('Forbidden', { status: 403 })
  }
  return result.user
}
