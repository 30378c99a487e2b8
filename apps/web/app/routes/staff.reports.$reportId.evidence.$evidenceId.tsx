import type { LoaderFunctionArgs } from '@remix-run/node'
import { Readable } from 'node:stream'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { fileStoreFor } from '../lib/evidence/file-store.server.ts'

/**
 * An evidence file, streamed to a signed-in member of the report's force only (from the database a chunk at a time, or
 * from the folder); 404 for every other id.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context)
  const reportId = params.reportId ?? ''
  const evidenceId = params.evidenceId ?? ''
  const file = await staffData(context.services.database).getReportEvidence(user.tenantId, reportId, evidenceId)
  const body = file ? await fileStoreFor(context.services).get(file.storageKey) : null
  await audit(context, request, user.tenantId, user.actor, {
    action: 'evidence.download',
    targetType: 'evidence',
    targetId: evidenceId.slice(0, 64),
    outcome: body ? 'ok' : 'denied',
    detail: { reportId: reportId.slice(0, 64) },
  })
  if (!file || !body) throw new Response('Not found', { status: 404 })
  const filename = file.filename.replace(/[^\w.\- ]/g, '_')
  return new Response(Readable.toWeb(body) as ReadableStream, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.sizeBytes),
      // Always a download, never rendered in the back office's origin.
      'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  })
}
