// Which link targets rendered content may point at. An allow-list, not a block-list: a target is kept only
// when it is plainly one of the kinds below, so every disguise of a dangerous scheme (mixed case, HTML
// entities, percent-encoding, tabs or control characters inside the scheme, a leading space) falls out
// because it is not one of them, rather than because someone thought of it.

export type LinkKind = 'internal' | 'external' | 'fragment' | 'mailto' | 'tel'
export type LinkCheck = { ok: true; kind: LinkKind; href: string } | { ok: false; reason: 'empty' | 'scheme' | 'malformed' | 'too-long' }

export const SAFE_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const
const MAX_HREF = 2048

// C0 controls, DEL, C1 controls and every kind of space. Browsers silently remove tabs and newlines from a
// URL (the WHATWG URL parser does), so "java\tscript:" would become "javascript:" after our check: refuse
// any such character outright.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
const FRAGMENT = /^#[A-Za-z0-9_-]{1,100}$/
const TEL = /^tel:\+?[0-9][0-9-]{2,19}$/
const EMAIL = /^[^@\s/?#]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/

/**
 * Whether a link target is safe to render, and what kind it is. `siteHosts` are the site's own hostnames:
 * absolute links to them count as internal, so they do not get the external-link treatment.
 */
export function checkHref(raw: string, siteHosts: readonly string[] = []): LinkCheck {
  const href = raw.trim()
  if (href === '') return { ok: false, reason: 'empty' }
  if (href.length > MAX_HREF) return { ok: false, reason: 'too-long' }
  if (INVISIBLE.test(href) || href.includes('\\')) return { ok: false, reason: 'malformed' }
  if (href.startsWith('#')) return FRAGMENT.test(href) ? { ok: true, kind: 'fragment', href } : { ok: false, reason: 'malformed' }
  // A site-relative path. "//host" is protocol-relative (another site), so it is not one.
  if (href.startsWith('/')) return href.startsWith('//') ? { ok: false, reason: 'malformed' } : { ok: true, kind: 'internal', href }
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase()
  // Relative paths without a leading slash ("advice/x") mean different pages on different pages: refused.
  if (!scheme) return { ok: false, reason: 'scheme' }
  if (scheme === 'http' || scheme === 'https') return checkWeb(href, siteHosts)
  if (scheme === 'mailto') {
    const address = safeDecode(href.slice('mailto:'.length).split('?')[0] ?? '')
    return address !== undefined && EMAIL.test(address) ? { ok: true, kind: 'mailto', href } : { ok: false, reason: 'malformed' }
  }
  if (scheme === 'tel') {
    const number = safeDecode(href)?.replace(/[ ()]/g, '')
    return number !== undefined && TEL.test(number) ? { ok: true, kind: 'tel', href } : { ok: false, reason: 'malformed' }
  }
  return { ok: false, reason: 'scheme' }
}

function checkWeb(href: string, siteHosts: readonly string[]): LinkCheck {
  // "https:example.com" and "https:/example.com" are repaired by browsers into another site; insist on "//".
  if (!/^https?:\/\//i.test(href)) return { ok: false, reason: 'malformed' }
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  // "https://police.uk@evil.example/" shows one host and goes to another.
  if (url.username || url.password || !url.hostname) return { ok: false, reason: 'malformed' }
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const internal = siteHosts.some((h) => h.toLowerCase() === host)
  return { ok: true, kind: internal ? 'internal' : 'external', href }
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/** The `rel` every link to another site carries (no access to this window, no referrer with the page's address). */
export const EXTERNAL_REL = 'noopener noreferrer'
