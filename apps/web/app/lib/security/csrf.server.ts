// CSRF protection for every POST: a signed double-submit token plus SameSite=Lax cookies.
// The Express layer gives each browser a random secret in an HttpOnly cookie (csrf-cookie.server.ts); every form
// carries HMAC(signing secret, that secret) in a hidden field (<CsrfInput />). A cross-site page can neither read
// the cookie nor compute the HMAC, so it cannot forge the field. See docs/decisions/007-security-and-uploads.md.
import { timingSafeEqual } from 'node:crypto'
import type { AppLoadContext } from '@remix-run/node'
import { csrfCookieName, csrfSecretOf } from './csrf-cookie.server.ts'
import { cookiesOf } from './cookies.server.ts'
import { problem } from '../site/problem.server.ts'
import { sign, signatures } from './secrets.server.ts'
import { logger } from '../platform/logger.server.ts'

/** The hidden field's name. */
export const CSRF_FIELD = 'csrf'

const PURPOSE = 'csrf'

/** The token for this request's forms (the root loader puts it in its data as `csrf`). */
export function csrfToken(context: Pick<AppLoadContext, 'csrfSecret' | 'pageTemplate'>): string {
  // A page rendered to be kept for others carries a mark that each response replaces with its own token.
  if (context.pageTemplate) return context.pageTemplate.csrf
  return tokenFor(context.csrfSecret)
}

/** The form token for a browser's CSRF cookie secret ('' when it has none). */
export function tokenFor(csrfSecret: string | undefined): string {
  return csrfSecret ? sign(PURPOSE, csrfSecret) : ''
}

/** True when the form's token matches the request's CSRF cookie. Constant-time. */
export function verifyCsrf(request: Request, form: FormData | { get(name: string): unknown }): boolean {
  // Browsers that say so: a cross-site POST is refused whatever it carries.
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false
  const secure = new URL(request.url).protocol === 'https:'
  const cookies = cookiesOf(request.headers.get('cookie'))
  const secret = csrfSecretOf(cookies[csrfCookieName({ PUBLIC_URL_SCHEME: secure ? 'https' : 'http' })]) ?? csrfSecretOf(cookies.bl_csrf)
  const token = form.get(CSRF_FIELD)
  if (!secret || typeof token !== 'string' || token.length === 0 || token.length > 100) return false
  const given = Buffer.from(token)
  // A form opened before SESSION_SECRET was changed carries a token under an earlier secret: still good.
  let valid = false
  for (const signature of signatures(PURPOSE, secret)) {
    const expected = Buffer.from(signature)
    if (expected.length === given.length && timingSafeEqual(expected, given)) valid = true
  }
  return valid
}

/**
 * Call first in every action. Throws a 403 that the root ErrorBoundary shows as "Your session has expired or the
 * form was sent from elsewhere" when the token is missing or forged; nothing has been stored by then.
 */
export async function requireCsrf(request: Request, form: FormData | { get(name: string): unknown }): Promise<void> {
  if (verifyCsrf(request, form)) return
  logger.warn({ event: 'csrf-rejected', path: new URL(request.url).pathname }, 'form refused: missing or forged CSRF token')
  throw await problem(request, 403, { reason: 'csrf' })
}
