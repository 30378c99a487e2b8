// The staff queue's filters, read from the page's query string.
import type { QueueFilters, ReportStatus } from '@bluelamp/db'
import { isDay, ukMidnight, ukNextMidnight } from '@bluelamp/triage'
import { APPEAL_REFERENCE } from '@bluelamp/content'
import { z } from 'zod'
import { STATUSES } from '../../components/staff/limits.ts'
import { formText, parseForm } from '../security/parse-form.server.ts'

const field = () => formText(60)

/** The query string's filters as typed (shown back in the form), and what the queue is asked for. */
const filtersSchema = z
  .object({ status: field(), service: field(), flag: field(), from: field(), to: field(), appeal: field() })
  .transform((typed) => {
    const values = { ...typed, status: typed.status || 'open' }
    const status = values.status === 'all' || values.status === 'open' || (STATUSES as readonly string[]).includes(values.status) ? (values.status as ReportStatus | 'open' | 'all') : 'open'
    const filters: QueueFilters = { status }
    if (values.service) filters.serviceId = values.service
    if (values.flag) filters.flag = values.flag
    // 'any' (every report given from an appeal's page), or one appeal's reference as the force wrote it.
    if (values.appeal === 'any' || APPEAL_REFERENCE.test(values.appeal)) filters.appeal = values.appeal
    // Days as the staff member means them: from the start of the UK day (Europe/London, so in summer an hour before
    // UTC's), up to the start of the UK day after.
    if (isDay(values.from)) filters.from = ukMidnight(values.from)
    if (isDay(values.to)) filters.to = ukNextMidnight(values.to)
    return { filters, values }
  })

/** The queue's filters from its query string; anything not understood is left out rather than refused. */
export function readFilters(url: URL): { filters: QueueFilters; values: Record<string, string> } {
  const parsed = parseForm(url.searchParams, filtersSchema)
  // Every field reads as text and nothing is refused, so this always holds; the open queue otherwise.
  return parsed.ok ? parsed.data : { filters: { status: 'open' }, values: { status: 'open', service: '', flag: '', from: '', to: '', appeal: '' } }
}
