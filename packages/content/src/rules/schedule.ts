import type { Publication } from '../model/common.ts'

/**
 * Where a page stands at a moment: `draft` (never published), `scheduled` (published to go live later),
 * `published` (visible now), `expired` (its unpublishAt has passed) or `unpublished` (taken down by hand).
 * Only `published` pages are shown to the public, listed, put in the feed or the sitemap.
 */
export type PublicationState = 'draft' | 'scheduled' | 'published' | 'expired' | 'unpublished'

export function publicationState(publication: Publication, now: Date): PublicationState {
  if (publication.status === 'draft') return 'draft'
  if (publication.status === 'unpublished') return 'unpublished'
  const t = now.getTime()
  if (publication.publishAt && Date.parse(publication.publishAt) > t) return 'scheduled'
  if (publication.unpublishAt && Date.parse(publication.unpublishAt) <= t) return 'expired'
  return 'published'
}

export function isLive(publication: Publication, now: Date): boolean {
  return publicationState(publication, now) === 'published'
}

/**
 * The next moment after `now` at which any of these pages goes live or expires, so a cache of a listing
 * can be kept until then and no longer; undefined when nothing is due to change.
 */
export function nextScheduledChange(publications: Iterable<Publication>, now: Date): Date | undefined {
  let next: number | undefined
  for (const p of publications) {
    if (p.status !== 'published') continue
    for (const at of [p.publishAt, p.unpublishAt]) {
      const t = at ? Date.parse(at) : NaN
      if (t > now.getTime() && (next === undefined || t < next)) next = t
    }
  }
  return next === undefined ? undefined : new Date(next)
}

/** Newest first by the moment they went live; the order of /news, /appeals and the feed. */
export function byPublishedDesc<T extends { publication: Publication; slug?: string }>(a: T, b: T): number {
  const d = Date.parse(b.publication.publishAt ?? '') - Date.parse(a.publication.publishAt ?? '')
  return d !== 0 && !Number.isNaN(d) ? d : (a.slug ?? '').localeCompare(b.slug ?? '')
}
