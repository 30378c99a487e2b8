// Slugs are the last part of a page's address (/news/<slug>). One slug serves both languages: the visitor's
// language is chosen by the site, not by the address.
import slugify from '@sindresorhus/slugify'
import { z } from 'zod'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MIN = 3
export const SLUG_MAX = 80
/** Words the routes under /news, /appeals, /advice and /your-area use for themselves. */
export const RESERVED_SLUGS: readonly string[] = ['new', 'edit', 'preview', 'page', 'feed', 'atom', 'rss', 'search', 'index', 'sitemap']

export const slugSchema = z
  .string()
  .min(SLUG_MIN, `must be at least ${SLUG_MIN} characters`)
  .max(SLUG_MAX, `must be ${SLUG_MAX} characters or fewer`)
  .regex(SLUG_PATTERN, 'must be lower-case letters and digits joined by single hyphens, such as "burglary-prevention"')
  .refine((s) => !RESERVED_SLUGS.includes(s), { message: 'is a word the site’s addresses use; choose another' })

export function isSlug(value: string): boolean {
  return slugSchema.safeParse(value).success
}

/**
 * A slug made from a title: "Appeal: stolen quad bike – Melton" → "appeal-stolen-quad-bike-melton". Welsh
 * letters lose their accents (ŵ → w), "&" becomes "and", and a long title is cut at a word. Returns undefined
 * when the title has nothing usable in it (the editor then asks for a slug).
 */
export function suggestSlug(title: string): string | undefined {
  let slug = slugify(title, { customReplacements: [['&', ' and '], ['’', ''], ["'", '']] })
  if (slug.length > SLUG_MAX) slug = slug.slice(0, SLUG_MAX + 1).replace(/-[^-]*$/, '')
  slug = slug.replace(/^-+|-+$/g, '')
  if (RESERVED_SLUGS.includes(slug)) slug = `${slug}-page`
  return isSlug(slug) ? slug : undefined
}

/** The slug itself when free, otherwise the first of slug-2, slug-3, … that is. */
export function uniqueSlug(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(slug)) return slug
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = `${slug.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`
    if (!used.has(candidate)) return candidate
  }
}
