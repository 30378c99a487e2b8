import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiError, requireApiKey } from '../lib/delivery/api-auth.server.ts'
import { reportV1 } from '../lib/delivery/backoffice-delivery.server.ts'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'

/** Anything but GET or HEAD: a JSON 405 that says what this address takes. */
export function action() {
  throw apiError(405, 'method_not_allowed', 'Use GET to read a report.', { Allow: 'GET, HEAD' })
}

/** GET /api/v1/reports/<id or reference>: one of the force's reports as report.v1; 404 for anything else. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const client = await requireApiKey(request, context)
  const data = staffData(context.services.database)
  const key = (params.reportId ?? '').slice(0, 64)
  const byRef = await data.getReportIdByReference(client.tenantId, key)
  const found = await data.getReportForDelivery(client.tenantId, byRef?.id ?? key)
  await audit(context, request, client.tenantId, client.actor, { action: 'api.reports.get', targetType: 'report', targetId: key, outcome: found ? 'ok' : 'denied' })
  if (!found) throw apiError(404, 'not_found', 'There is no such report for this force.')
  return Response.json(reportV1(found.report, found.evidence), { headers: { 'Cache-Control': 'no-store' } })
}
