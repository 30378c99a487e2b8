// XML text and attribute escaping for the feed and the sitemap. Characters XML 1.0 forbids outright (most
// control characters, lone surrogates, U+FFFE/U+FFFF) cannot be escaped, only left out: one pasted from a
// word processor would otherwise make the whole feed unreadable to every reader.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** An absolute http(s) address, as feeds and sitemaps require; anything else is a bug in the caller. */
export function absoluteUrl(value: string, what: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new TypeError(`${what} must be an absolute address, got ${JSON.stringify(value)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(`${what} must be an http(s) address, got ${JSON.stringify(value)}`)
  return url.href
}

/** An RFC 3339 time (Atom) from an ISO string or a Date; throws on an invalid time. */
export function rfc3339(value: string | Date, what: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new TypeError(`${what} is not a valid time: ${String(value)}`)
  return date.toISOString().replace(/\.000Z$/, 'Z')
}
