import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiError, decodeCursor, encodeCursor, parseSince, requireApiKey } from '../lib/delivery/api-auth.server.ts'
import { reportV1 } from '../lib/delivery/backoffice-delivery.server.ts'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'

/** Anything but GET or HEAD: a JSON 405 that says what this address takes. */
export function action() {
  throw apiError(405, 'method_not_allowed', 'Use GET to list reports.', { Allow: 'GET, HEAD' })
}

/**
 * GET /api/v1/reports?since=<cursor or ISO time>&limit=<1..200>: the force's reports, oldest first, as report.v1.
 * `next` is the cursor for the following page (null when there is none yet); poll with the last cursor you had.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const client = await requireApiKey(request, context)
  const url = new URL(request.url)
  const since = url.searchParams.get('since') ?? ''
  const limitText = url.searchParams.get('limit') ?? '50'
  const limit = /^\d{1,3}$/.test(limitText) ? Number(limitText) : Number.NaN
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw apiError(400, 'bad_limit', 'limit must be a whole number from 1 to 200.')
  let after = null
  let sinceTime: Date | null = null
  if (since) {
    after = decodeCursor(since)
    if (!after) {
      sinceTime = parseSince(since)
      if (!sinceTime) throw apiError(400, 'bad_since', 'since must be a cursor from a previous response or an ISO 8601 time.')
    }
  }
  const page = await staffData(context.services.database).listReportsForApi(client.tenantId, { after, since: sinceTime, limit })
  const last = page.reports.at(-1)?.report
  const cursor = page.next ? encodeCursor(page.next) : last ? encodeCursor({ submittedAt: last.submittedAt, id: last.id }) : since || null
  await audit(context, request, client.tenantId, client.actor, { action: 'api.reports.list', detail: { count: page.reports.length } })
  return Response.json(
    { data: page.reports.map(({ report, evidence }) => reportV1(report, evidence)), next: cursor, more: page.next !== null },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
