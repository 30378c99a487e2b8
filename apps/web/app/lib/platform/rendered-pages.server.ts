// Pages rendered from their data alone, kept by that data. Every question after the first is read from the person's
// draft, so it cannot be shared the way a start page is (shared-page.server.ts): its loader must run for every request.
// But most people at one question of a surge have the same data for it (no answer yet, the same way back, the same
// force and language), and React rendering the whole page is about a third of the CPU such a request costs. So a
// loader whose page is drawn from the loaders' data and nothing else says so (renderFromData), and the server keeps
// the HTML under a hash of that data: the address and every route's loader data, with the request's CSP nonce and
// CSRF token taken out. A request whose data hashes the same gets that HTML with its own nonce and token put back.
//
// It is a memo of a pure function, not a cache of a person's page: a page is only ever served to a request whose data
// is identical, so it is the page that request would have rendered. Nothing needs forgetting when content changes,
// because changed content is changed data and a different key; the lifetime only bounds the memory.
import { createHash } from 'node:crypto'
import type { AppLoadContext, EntryContext } from '@remix-run/node'
import { LRUCache } from 'lru-cache'
import { randomMarks } from './shared-page.server.ts'

/** Set on the load context for every request; a loader sets `fromData` (renderFromData). */
export interface RenderFromData {
  fromData: boolean
}

/**
 * Call in a loader whose page is drawn only from the loaders' data and the address: no clock, no module state that
 * changes while the server runs, nothing from the request that the data does not hold.
 */
export function renderFromData(context: Pick<AppLoadContext, 'render'>): void {
  if (context.render) context.render.fromData = true
}

// A nonce (base64) and a CSRF token (base64url) are written as they are by React, JSON and Remix's script escaping, so
// replacing them finds every copy. Anything else is not taken out safely, and such a page is rendered as usual.
const SUBSTITUTABLE = /^[A-Za-z0-9+/=_-]{16,}$/

class NotPlainData extends Error {}

/**
 * JSON.stringify's replacer for the key: plain objects, arrays, strings, numbers, booleans and null only (a Date has
 * become its string by then). A Map, a Set or a class instance would be written as `{}` whatever it held, and two
 * different pages would share a key, so such data is not keyed at all.
 */
function plainOnly(_key: string, value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') throw new NotPlainData()
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const prototype: unknown = Object.getPrototypeOf(value)
    if (prototype !== Object.prototype && prototype !== null) throw new NotPlainData()
  }
  return value
}

export interface RenderedPagesOptions {
  ttlMs: number
  /** The most memory kept pages may take (their text, counted as UTF-16). */
  maxBytes?: number
}

export interface RenderRequest {
  request: Request
  status: number
  context: EntryContext
  load: Pick<AppLoadContext, 'cspNonce' | 'render' | 'pageTemplate'>
}

export function renderedPages(options: RenderedPagesOptions) {
  const kept = new LRUCache<string, string>({
    ttl: options.ttlMs,
    maxSize: options.maxBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (html) => html.length * 2 + 256,
  })
  // What the nonce and token become in the key: no answer can hold them (randomMarks).
  const mark = randomMarks('blr')

  /** The key for this request's page, or null when it must be rendered for itself. */
  function keyOf({ request, status, context, load }: RenderRequest): { key: string; nonce: string; token: string } | null {
    if (options.ttlMs <= 0 || !load.render?.fromData || load.pageTemplate) return null
    if (request.method !== 'GET' || status !== 200) return null
    const handled = context.staticHandlerContext
    if (handled.actionData || handled.errors) return null
    const nonce = load.cspNonce
    const token = (handled.loaderData.root as { csrf?: unknown } | undefined)?.csrf
    if (!SUBSTITUTABLE.test(nonce) || typeof token !== 'string' || !SUBSTITUTABLE.test(token)) return null
    let data: string
    try {
      data = JSON.stringify([request.url, handled.loaderData], plainOnly)
    } catch (error) {
      if (error instanceof NotPlainData) return null
      throw error
    }
    const masked = data.replaceAll(nonce, mark.nonce).replaceAll(token, mark.csrf)
    return { key: createHash('sha256').update(masked).digest('base64url'), nonce, token }
  }

  return {
    /** The page's HTML: kept under its data's key, or rendered by `render` (and kept when its loader allowed it). */
    render(input: RenderRequest, render: () => string): string {
      const found = keyOf(input)
      if (!found) return render()
      const { key, nonce, token } = found
      const html = kept.get(key)
      if (html !== undefined) {
        return html.replaceAll(mark.nonce, nonce).replaceAll(mark.csrf, token)
      }
      const rendered = render()
      kept.set(key, rendered.replaceAll(nonce, mark.nonce).replaceAll(token, mark.csrf))
      return rendered
    },
    /** How many pages are kept. */
    size: () => kept.size,
  }
}
