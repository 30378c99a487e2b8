// Test helper: asserts that a piece of rendered HTML holds only what the subset allows. Tags are read with a
// regular expression, which is reliable here because the sanitiser escapes every "<" that is not a tag.
import { expect } from 'vitest'
import { ALLOWED_TAGS } from './sanitise.ts'
import { checkHref } from './links.ts'

const ATTRIBUTES = new Set(['class', 'href', 'rel', 'src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'start', 'scope'])
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g
const ATTR = /\s+([^\s=>/]+)(?:="([^"]*)")?/g

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** Every link and image address in the HTML, decoded. */
export function addressesIn(html: string): string[] {
  return [...html.matchAll(TAG)].flatMap(([, , attrs]) =>
    [...attrs!.matchAll(ATTR)].filter(([, name]) => name === 'href' || name === 'src').map(([, , value = '']) => decodeEntities(value)),
  )
}

export function expectSafeHtml(html: string): void {
  expect(html).not.toMatch(/<script/i)
  // An event handler attribute, looked for with attribute values blanked out (an alt text may say "onerror=").
  expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[^>]*\son[a-z]+\s*=/i)
  // Every "<" left in the output starts one of the allowed tags; anything else was escaped to &lt;.
  const bare = html.replace(TAG, '')
  expect(bare, 'a "<" or ">" outside an allowed tag').not.toMatch(/[<>]/)
  for (const [, name, attrs] of html.matchAll(TAG)) {
    expect(ALLOWED_TAGS as readonly string[], `tag <${name}>`).toContain(name!.toLowerCase())
    for (const [, attr, value = ''] of attrs!.matchAll(ATTR)) {
      expect([...ATTRIBUTES], `attribute ${attr} on <${name}>`).toContain(attr!.toLowerCase())
      // A script or data scheme where a URL's scheme goes (after any spaces or control characters a browser skips).
      // The same words later in an address (https://example.org/javascript:) are a path, and harmless.
      // eslint-disable-next-line no-control-regex -- the control characters are what a browser skips before a scheme
      expect(decodeEntities(value), `${attr} on <${name}>`).not.toMatch(/^[\s\u0000-\u001f]*(?:[a-z]*script|data):/i)
      if (attr === 'href' || attr === 'src') {
        const check = checkHref(decodeEntities(value))
        expect(check.ok, `${attr}="${value}"`).toBe(true)
      }
      if (attr === 'srcset') {
        for (const candidate of decodeEntities(value).split(',')) {
          expect(checkHref(candidate.trim().split(/\s+/)[0] ?? '').ok, `srcset "${value}"`).toBe(true)
        }
      }
    }
  }
}
