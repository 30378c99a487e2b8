import type { ContentKind } from './model/index.ts'

/** Where each kind of page lives on a force's site. One place, so routes, feed and sitemap agree. */
export const CONTENT_PATHS = {
  news: '/news',
  appeal: '/appeals',
  advice: '/advice',
  area: '/your-area',
  contact: '/contact',
} as const satisfies Record<ContentKind, string>

export function contentPath(item: { kind: 'contact' } | { kind: Exclude<ContentKind, 'contact'>; slug: string }): string {
  return item.kind === 'contact' ? CONTENT_PATHS.contact : `${CONTENT_PATHS[item.kind]}/${item.slug}`
}
