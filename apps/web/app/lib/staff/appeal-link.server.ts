// What the back office shows of the appeal a report was given from: its reference, and a link to the appeal's page
// while it is on the force's website. The queue's appeal filter offers the force's appeals by reference.
import type { Database } from '@bluelamp/db'

const APPEAL_PATH = '/appeals'

export interface ReportAppeal {
  reference: string
  /** The appeal's public page, while it is live on this force's site; null once it is not. */
  href: string | null
}

export async function reportAppeal(database: Database, tenantId: string, reference: string | null, now: Date = new Date()): Promise<ReportAppeal | null> {
  if (!reference) return null
  const live = await database.queries.getLiveAppealByReference(tenantId, reference, now)
  return { reference, href: live?.slug ? `${APPEAL_PATH}/${live.slug}` : null }
}

/** The force's appeals (published or not) as the queue filter's choices: "LE-2026-0142: Tractor stolen near Melton". */
export async function appealOptions(database: Database, tenantId: string): Promise<{ value: string; label: string }[]> {
  const { items } = await database.queries.listContentItems(tenantId, 'appeal', { limit: 200 })
  const seen = new Set<string>()
  const options: { value: string; label: string }[] = []
  for (const item of items) {
    const reference = typeof item.reference === 'string' ? item.reference : undefined
    if (!reference || seen.has(reference)) continue
    seen.add(reference)
    const title = (item.text.en?.title ?? item.text.cy?.title) as unknown
    options.push({ value: reference, label: typeof title === 'string' ? `${reference}: ${title}` : reference })
  }
  return options.sort((a, b) => a.value.localeCompare(b.value))
}
