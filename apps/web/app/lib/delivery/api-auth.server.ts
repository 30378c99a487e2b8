// Per-force API keys for the pull API and the status post-back. A key is accepted only on its own
// force's host: force A's key on force B's host is refused (403) and logged, and never reads B's data.
import type { AppLoadContext } from '@remix-run/node'
import { logger } from '../platform/logger.server.ts'
import { audit } from '../staff/audit.server.ts'
import { staffData } from '../staff/data.server.ts'

export interface ApiClient {
  tenantId: string
  keyId: string
  actor: string
}

type Context = Pick<AppLoadContext, 'services' | 'site' | 'clientIp'>

/** The largest status post-back accepted (a status, a crime number and a short note fit many times over). */
export const MAX_STATUS_BYTES = 4096

export function apiError(status: number, error: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error, message }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

export async function requireApiKey(request: Request, context: Context): Promise<ApiClient> {
  if (context.site.kind !== 'tenant') throw apiError(404, 'not_found', 'No force is served at this address.')
  const tenantId = context.site.tenant.id
  const path = new URL(request.url).pathname
  const header = request.headers.get('authorization') ?? ''
  const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? request.headers.get('x-api-key') ?? ''
  if (!key) {
    logger.warn({ event: 'api-key-missing', tenant: tenantId, path }, 'API request refused: no key')
    throw apiError(401, 'missing_api_key', 'Send your API key as "Authorization: Bearer <key>".', { 'WWW-Authenticate': 'Bearer' })
  }
  const found = await staffData(context.services.database).findApiKey(key)
  if (!found) {
    logger.warn({ event: 'api-key-invalid', tenant: tenantId, path }, 'API request refused: unknown or revoked key')
    await audit(context, request, tenantId, 'anonymous', { action: 'api.refused', outcome: 'denied', detail: { reason: 'invalid-key', path } })
    throw apiError(401, 'invalid_api_key', 'The API key is not valid.', { 'WWW-Authenticate': 'Bearer error="invalid_token"' })
  }
  if (found.tenantId !== tenantId) {
    logger.warn({ event: 'api-key-wrong-force', tenant: tenantId, keyTenant: found.tenantId, path }, "API request refused: another force's key")
    await audit(context, request, tenantId, `api:${found.id}`, { action: 'api.refused', outcome: 'denied', detail: { reason: 'other-force-key', path } })
    throw apiError(403, 'wrong_force', 'This API key belongs to another force. Use the key issued for this force, at this force’s address.')
  }
  await staffData(context.services.database).touchApiKey(tenantId, found.id)
  return { tenantId, keyId: found.id, actor: `api:${found.id}` }
}

/** Opaque pagination cursor: the last report's submission time and id. */
export function encodeCursor(cursor: { submittedAt: Date; id: string }): string {
  return Buffer.from(`${cursor.submittedAt.toISOString()}|${cursor.id}`).toString('base64url')
}

export function decodeCursor(value: string): { submittedAt: Date; id: string } | null {
  const text = Buffer.from(value, 'base64url').toString('utf8')
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([0-9a-f-]{36})$/.exec(text)
  if (!match) return null
  const submittedAt = parseSince(match[1]!)
  return submittedAt ? { submittedAt, id: match[2]! } : null
}

// An ISO 8601 date, or date and time with a zone: each part in range, checked again against the calendar below.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/

/** A real instant from `since`, or null: 2020-02-31, hour 25 and year 0 are not times. */
export function parseSince(value: string): Date | null {
  const match = ISO_TIME.exec(value)
  if (!match) return null
  const [, y, mo, d, h = '00', mi = '00', s = '00', , zh = '00', zm = '00'] = match
  const year = Number(y)
  if (year < 1970 || Number(mo) < 1 || Number(mo) > 12 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59 || Number(zh) > 23 || Number(zm) > 59) return null
  const calendar = new Date(Date.UTC(year, Number(mo) - 1, Number(d)))
  if (calendar.getUTCMonth() !== Number(mo) - 1 || calendar.getUTCDate() !== Number(d)) return null
  const time = new Date(value)
  return Number.isNaN(time.getTime()) ? null : time
}
