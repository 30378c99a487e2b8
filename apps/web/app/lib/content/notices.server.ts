// National notices on every page of the forces they are for (docs/decisions/023). Every page of a force asks which
// notices show, so the answer must cost next to nothing: each web process keeps the notices that have not ended in
// memory, read from the database once per NOTICE_REFRESH_MS by a timer (and at once after a publish or an end in this
// process), and picks a page's notices from them by force and time with @bluelamp/content's activeNotices.
//
// Pages are also kept whole by the shared-page cache. A kept page must not go on showing a notice that has ended, or
// miss one that has started, for a whole cache lifetime: on every refresh the process works out which notices are
// showing now, and when that set differs from the last refresh's it clears its kept pages. So a notice appears and
// disappears within one refresh interval of its start and end, and at once after a publish or an end: in the process
// that made it, and in every other process told of it (peers.server.ts: this server's, and on Postgres every server's).
import { activeNotices, renderMarkdown, type NationalNotice } from '@bluelamp/content'
import type { Database, StoredNotice } from '@bluelamp/db'
import type { Tenant } from '@bluelamp/tenants'
import type { Locale } from '../../i18n/i18n.ts'
import { servicesFor } from '../journey/journey.server.ts'
import { logger } from '../platform/logger.server.ts'
import { processSlot } from '../platform/process-slot.server.ts'
import { clearSharedPages } from '../platform/shared-page.server.ts'
import { onPeerMessage, tellPeers } from '../platform/peers.server.ts'

/** How often each process reads the notices again: the most a notice's start or end is late by on a kept page. */
export const NOTICE_REFRESH_MS = 15_000

/** What a page shows of a notice, in the visitor's language. */
export interface NoticeView {
  id: string
  title: string
  /** The notice's Markdown, rendered and sanitised by @bluelamp/content. */
  html: string
  link?: { href: string; text: string }
}

interface Held {
  notice: NationalNotice
  /** Rendered once per language when read, not once per page. */
  html: Record<Locale, string>
}

interface State {
  held: Held[]
  /** The ids showing at the last refresh, to tell when kept pages must go. */
  showing: string
  /** When they were last read (Date.now()). */
  readAt?: number
  timer?: ReturnType<typeof setInterval>
  /** Stops listening for the other processes' changes. */
  stopListening?: () => void
  loading?: Promise<void>
}

const slot = processSlot<State>('national-notices')

/** A stored notice in the content model's shape; ended early means it ends then. */
export function asNotice(stored: StoredNotice): NationalNotice {
  const ends = stored.endedAt && stored.endedAt < stored.endsAt ? stored.endedAt : stored.endsAt
  return {
    kind: 'notice',
    id: stored.id,
    text: stored.text,
    startsAt: stored.startsAt.toISOString(),
    endsAt: ends.toISOString(),
    forces: stored.forces,
    ...(stored.serviceId ? { serviceId: stored.serviceId } : {}),
  }
}

function showingIds(held: Held[], at: Date): string {
  const t = at.getTime()
  return held
    .filter(({ notice }) => Date.parse(notice.startsAt) <= t && t < Date.parse(notice.endsAt))
    .map(({ notice }) => notice.id)
    .sort()
    .join(',')
}

/** Reads the notices again; clears kept pages when what shows has changed (or always, with `changed`). */
export async function refreshNotices(database: Database, options: { changed?: boolean; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date()
  const stored = await database.queries.currentNationalNotices(now)
  const held = stored.map(asNotice).map((notice) => ({
    notice,
    html: { en: renderMarkdown(notice.text.en.body).html, cy: renderMarkdown(notice.text.cy.body).html },
  }))
  const previous = slot.get()
  const showing = showingIds(held, now)
  slot.set({ ...previous, held, showing, readAt: Date.now(), loading: undefined })
  if (options.changed || (previous !== undefined && previous.showing !== showing)) clearSharedPages()
}

/**
 * After a notice is published, changed or ended here: this process reads the notices again and forgets its kept
 * pages, and the server's other web processes are told to do the same (peers.server.ts).
 */
export async function noticesChanged(database: Database, now = new Date()): Promise<void> {
  tellPeers({ kind: 'notices-changed' })
  await refreshNotices(database, { changed: true, now })
}

/** Starts the timer that keeps this process's notices fresh, and listens for a peer's change. */
export function startNoticeRefresh(database: Database, intervalMs = NOTICE_REFRESH_MS): void {
  if (slot.get()?.timer) return
  const stopListening = onPeerMessage((message) => {
    if (message.kind !== 'notices-changed') return
    refreshNotices(database, { changed: true }).catch((error: unknown) => {
      logger.warn({ event: 'notices-refresh-failed', error: error instanceof Error ? error.message : String(error) }, 'national notices not refreshed')
    })
  })
  const timer = setInterval(() => {
    refreshNotices(database).catch((error: unknown) => {
      // The notices last read stay in use until the database answers again.
      logger.warn({ event: 'notices-refresh-failed', error: error instanceof Error ? error.message : String(error) }, 'national notices not refreshed')
    })
  }, intervalMs)
  timer.unref()
  slot.set({ held: [], showing: '', ...slot.get(), timer, stopListening })
}

export function stopNoticeRefresh(): void {
  const state = slot.get()
  if (state?.timer) clearInterval(state.timer)
  state?.stopListening?.()
  slot.set(undefined)
}

async function held(database: Database): Promise<Held[]> {
  const state = slot.get()
  // Fresh from the timer; without it (a process that did not start it, a test) read again once the interval passed.
  const stale = state?.readAt === undefined || (!state.timer && Date.now() - state.readAt > NOTICE_REFRESH_MS)
  if (!stale) return state.held
  let loading = state?.loading
  if (!loading) {
    loading = refreshNotices(database).catch((error: unknown) => {
      logger.warn({ event: 'notices-read-failed', error: error instanceof Error ? error.message : String(error) }, 'national notices not read')
      const current = slot.get()
      if (current) slot.set({ ...current, loading: undefined })
    })
    slot.set({ held: [], showing: '', ...state, loading })
  }
  await loading
  return slot.get()?.held ?? []
}

/** The notices this force's pages show at this moment, in the visitor's language, the latest to start first. */
export async function noticesFor(database: Database, tenant: Tenant, locale: Locale, now: Date = new Date()): Promise<NoticeView[]> {
  const all = await held(database)
  if (all.length === 0) return []
  const byId = new Map(all.map((h) => [h.notice.id, h]))
  const offered = new Set(servicesFor(tenant).map((s) => s.id))
  return activeNotices(
    all.map((h) => h.notice),
    tenant.id,
    now,
  ).map((notice) => {
    const words = notice.text[locale]
    // A link to a service this force has switched off would lead nowhere: the notice shows without it.
    const link = notice.serviceId && offered.has(notice.serviceId) && words.linkText ? { href: `/services/${notice.serviceId}`, text: words.linkText } : undefined
    return { id: notice.id, title: words.title, html: byId.get(notice.id)!.html[locale], ...(link ? { link } : {}) }
  })
}
