// The staff queue's filters, read from the page's query string.
import type { QueueFilters, ReportStatus } from '@bluelamp/db'
import { isDay, ukMidnight, ukNextMidnight } from '@bluelamp/triage'
import { STATUSES } from '../components/staff/limits.ts'

/** The queue's filters from its query string; anything not understood is left out rather than refused. */
export function readFilters(url: URL): { filters: QueueFilters; values: Record<string, string> } {
  const get = (name: string) => (url.searchParams.get(name) ?? '').trim().slice(0, 60)
  const values = { status: get('status') || 'open', service: get('service'), flag: get('flag'), from: get('from'), to: get('to') }
  const status = values.status === 'all' || values.status === 'open' || (STATUSES as readonly string[]).includes(values.status) ? (values.status as ReportStatus | 'open' | 'all') : 'open'
  const filters: QueueFilters = { status }
  if (values.service) filters.serviceId = values.service
  if (values.flag) filters.flag = values.flag
  // Days as the staff member means them: from the start of the UK day, up to the start of the UK day after.
  if (isDay(values.from)) filters.from = ukMidnight(values.from)
  if (isDay(values.to)) filters.to = ukNextMidnight(values.to)
  return { filters, values }
}
