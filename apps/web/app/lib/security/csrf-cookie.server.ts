// The CSRF cookie: a random secret per browser, HttpOnly and SameSite=Lax, set by the Express layer on the first
// page a browser asks for. Forms carry an HMAC of it (see csrf.server.ts). Its value is the secret itself (a raw
// cookie, cookies.server.ts), so it is read synchronously from the parsed header (cookiesOf) on every request, and
// the cookies browsers already hold stay valid.
import { randomBytes } from 'node:crypto'
import type { Cookie } from '@remix-run/node'
import { rawCookie } from './cookies.server.ts'

/** `__Host-` pins the cookie to this exact host over HTTPS; it needs the Secure flag, so plain-HTTP dev drops it. */
export function csrfCookieName(env: { PUBLIC_URL_SCHEME?: 'http' | 'https' }): string {
  return env.PUBLIC_URL_SCHEME === 'https' ? '__Host-bl_csrf' : 'bl_csrf'
}

const SECRET = /^[A-Za-z0-9_-]{43}$/

export function newCsrfSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** A value is a CSRF secret only if it is one we could have issued. */
export function csrfSecretOf(value: unknown): string | null {
  return typeof value === 'string' && SECRET.test(value) ? value : null
}

const cookies = new Map<string, Cookie>()

/**
 * The CSRF cookie by name. A session cookie (no Max-Age): it lasts as long as the browser session, like the forms it
 * protects. Secure exactly when the name is the `__Host-` one.
 */
export function csrfCookieFor(name: string): Cookie {
  let cookie = cookies.get(name)
  if (!cookie) {
    cookie = rawCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Host-') })
    cookies.set(name, cookie)
  }
  return cookie
}
