// The CSRF cookie: a random secret per browser, HttpOnly and SameSite=Lax, set by the Express layer on the first
// page a browser asks for. Forms carry an HMAC of it (see csrf.server.ts). Only node:crypto, so that the Express
// layer (server/security.ts) can use it too.
import { randomBytes } from 'node:crypto'

/** `__Host-` pins the cookie to this exact host over HTTPS; it needs the Secure flag, so plain-HTTP dev drops it. */
export function csrfCookieName(env: { PUBLIC_URL_SCHEME?: 'http' | 'https' }): string {
  return env.PUBLIC_URL_SCHEME === 'https' ? '__Host-bl_csrf' : 'bl_csrf'
}

const SECRET = /^[A-Za-z0-9_-]{43}$/

export function newCsrfSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** The cookie's secret, or null when it is missing or not one we could have issued. */
export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=')
    if (index < 0) continue
    if (part.slice(0, index).trim() !== name) continue
    const value = part.slice(index + 1).trim()
    return SECRET.test(value) ? value : null
  }
  return null
}

export function serialiseCsrfCookie(name: string, secret: string, secure: boolean): string {
  // A session cookie: it lasts as long as the browser session, like the forms it protects.
  return `${name}=${secret}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
}
