// Every cookie this app sets or reads goes through Remix's createCookie (the language and draft cookies, the CSRF
// cookie, the staff session and the staff one-time message), so each cookie's name and attributes are written down
// once, here or beside its use, and a signed cookie takes its secrets as a list (SESSION_SECRET, then any
// SESSION_SECRET_PREVIOUS). See docs/decisions/020-forms-and-cookies.md.
import { createCookie, type Cookie, type CookieOptions } from '@remix-run/node'
import { parse } from 'cookie'

/**
 * A cookie whose value goes on the wire as it is, not as Remix's base64-encoded JSON: for a value that is already
 * cookie-safe text (a random secret, a base64url ciphertext). The cookies browsers already hold stay readable, and
 * the value is checked by its reader (a pattern, a decryption) as before. Unsigned: what such a value needs, it
 * carries itself.
 */
export function rawCookie(name: string, options: Omit<CookieOptions, 'secrets' | 'encode' | 'decode'>): Cookie {
  return createCookie(name, {
    ...options,
    // createCookie hands `encode` its base64 JSON text and parses what `decode` returns the same way; these two undo
    // and redo that wrapping, so the value itself is what the header carries.
    encode: (wrapped) => {
      // An empty value (clearing the cookie) is passed through unwrapped.
      if (!wrapped) return ''
      const value: unknown = JSON.parse(atob(wrapped))
      return typeof value === 'string' ? value : ''
    },
    decode: (value) => btoa(JSON.stringify(value)),
  })
}

/**
 * Every cookie in a Cookie header, by name (the first of a repeated name), read by the parser createCookie itself
 * uses, each value as sent (as a raw cookie reads it). For the few places that must see all of a request's cookies at once and cheaply, on every request: the CSRF
 * cookie's Express layer and the shared-page cache, which parse each header once between them.
 */
export function cookiesOf(header: string | null | undefined): Record<string, string> {
  return header ? parse(header, { decode: (value) => value }) : {}
}
