// Pages the same for everyone who asks for them with no draft, no session and no cookie but the CSRF and language
// ones (a force's home page, its services, a start page, the first question before any answer, the information
// pages). The server keeps the rendered page for a short while and serves it to the next such request, filling in
// that request's own CSP nonce and CSRF token (server/page-cache.ts; docs/decisions/010-benchmarks-and-budgets.md).
//
// A loader says its page is one of them by calling sharePage(context) — only when nothing it read came from the
// person (a draft, a session, a form). Pages that do not say so are rendered for each request as before.
import { randomBytes } from 'node:crypto'
import type { AppLoadContext } from '@remix-run/node'
import { tellPeers } from './peers.server.ts'

/**
 * Marks that stand in a kept page for the request's CSP nonce and CSRF token: random per process, so no page (or
 * person) can predict or plant them. `prefix` tells one cache's marks from another's.
 */
export function randomMarks(prefix: string): { nonce: string; csrf: string } {
  return { nonce: `${prefix}n${randomBytes(12).toString('hex')}`, csrf: `${prefix}c${randomBytes(12).toString('hex')}` }
}

/** Set by the page cache while it renders a page that may be kept: marks in place of the per-request secrets. */
export interface PageTemplate {
  /** Printed wherever the CSP nonce goes; replaced by each request's nonce. */
  nonce: string
  /** Printed wherever the CSRF token goes; replaced by each request's token. */
  csrf: string
  /** Set by the page's loader when the page is the same for everyone with this address, host and language. */
  shareable: boolean
}

/**
 * What the app may ask of this process's page cache: to forget every page it keeps for one force, so that an editor's
 * publish or unpublish is seen at once instead of after the cache's lifetime. The server's other web processes are
 * told too, and on Postgres every other server's (peers.server.ts; docs/decisions/022).
 */
export interface SharedPages {
  /** Forgets the force's kept pages; how many there were. */
  forgetForce(tenantId: string): number
}

/** Forgets the force's pages kept by this process's page cache (none when the cache is off). How many there were. */
export function forgetSharedPages(context: Pick<AppLoadContext, 'sharedPages'>, tenantId: string): number {
  tellPeers({ kind: 'forget-force', tenantId })
  return context.sharedPages?.forgetForce(tenantId) ?? 0
}

/** Call in a loader whose page depends on nothing but the address, the host and the language. */
export function sharePage(context: Pick<AppLoadContext, 'pageTemplate'>): void {
  if (context.pageTemplate) context.pageTemplate.shareable = true
}

// What this process keeps of shared pages can be told to forget them (a national notice published, ended, started
// or ended by its clock): the server's page cache registers its clear() here, and the app calls clearSharedPages()
// without importing the server. The other processes are told by content/notices (peers.server.ts).
const clearers = new Set<() => void>()

/** Registers a cache's clear(); returns a function that removes it. */
export function onClearSharedPages(clear: () => void): () => void {
  clearers.add(clear)
  return () => clearers.delete(clear)
}

/** Forgets every page this process keeps, on every force: the next request for each is rendered again. */
export function clearSharedPages(): void {
  for (const clear of clearers) clear()
}
