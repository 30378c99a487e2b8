import type { ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { InvalidStatusChangeError, NotFoundInTenantError } from '@bluelamp/db'
import { apiError, MAX_STATUS_BYTES, requireApiKey } from '../lib/delivery/api-auth.server.ts'
import { logger } from '../lib/platform/logger.server.ts'
import { publicStatusText } from '../lib/staff/actions.server.ts'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { hasControlCharacters } from '../lib/platform/text.ts'

const statusUpdate = z.strictObject({
  status: z.enum(['in_review', 'crime_recorded', 'no_further_action']),
  crimeNumber: z.string().trim().regex(/^[A-Za-z0-9/\-. ]{1,40}$/, 'up to 40 letters, numbers, slashes or dashes').optional(),
  note: z
    .string()
    .trim()
    .max(2000)
    .refine((note) => !hasControlCharacters(note), 'must not contain control characters')
    .optional(),
})

export async function loader() {
  throw apiError(405, 'method_not_allowed', 'POST a status update here.', { Allow: 'POST' })
}

/**
 * POST /api/v1/reports/<id or reference>/status with {"status", "crimeNumber"?, "note"?}: the back office records
 * its outcome. The reporter sees the new status in track-my-report; a note is internal to the force.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const client = await requireApiKey(request, context)
  if (request.method !== 'POST') throw apiError(405, 'method_not_allowed', 'Use POST.', { Allow: 'POST' })
  const declared = Number(request.headers.get('content-length') ?? '0')
  const body = await request.text()
  if (declared > MAX_STATUS_BYTES || Buffer.byteLength(body) > MAX_STATUS_BYTES) {
    logger.warn({ event: 'api-status-too-large', tenant: client.tenantId, bytes: Math.max(declared, Buffer.byteLength(body)) }, 'status update refused: too large')
    await audit(context, request, client.tenantId, client.actor, { action: 'api.status', outcome: 'denied', detail: { reason: 'too-large' } })
    throw apiError(413, 'too_large', `A status update may be at most ${MAX_STATUS_BYTES} bytes.`)
  }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    throw apiError(400, 'bad_json', 'The body must be JSON.')
  }
  const parsed = statusUpdate.safeParse(json)
  if (!parsed.success) {
    throw apiError(400, 'invalid', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '))
  }
  const update = parsed.data
  if (update.status === 'crime_recorded' && !update.crimeNumber) throw apiError(400, 'invalid', 'crimeNumber: required when the status is crime_recorded')
  const data = staffData(context.services.database)
  const key = (params.reportId ?? '').slice(0, 64)
  const byRef = await data.getReportIdByReference(client.tenantId, key)
  const found = await data.getReportForDelivery(client.tenantId, byRef?.id ?? key)
  if (!found) {
    await audit(context, request, client.tenantId, client.actor, { action: 'api.status', targetType: 'report', targetId: key, outcome: 'denied' })
    throw apiError(404, 'not_found', 'There is no such report for this force.')
  }
  const { report } = found
  try {
    await data.setReportStatus(client.tenantId, report.id, {
      status: update.status,
      crimeNumber: update.crimeNumber ?? null,
      publicText: publicStatusText(update.status, report.locale, { crimeNumber: update.crimeNumber ?? '' }),
      actor: client.actor,
    })
    if (update.note) await data.addInternalNote(client.tenantId, report.id, { text: update.note, actor: client.actor })
  } catch (error) {
    if (error instanceof NotFoundInTenantError) throw apiError(404, 'not_found', 'There is no such report for this force.')
    if (error instanceof InvalidStatusChangeError) throw apiError(400, 'invalid', error.message)
    throw error
  }
  await audit(context, request, client.tenantId, client.actor, { action: 'api.status', targetType: 'report', targetId: report.id, detail: { status: update.status } })
  return Response.json({ reference: report.reference, status: update.status, crimeNumber: update.crimeNumber ?? report.crimeNumber }, { headers: { 'Cache-Control': 'no-store' } })
}
