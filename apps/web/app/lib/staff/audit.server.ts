// Writes the audit log: who, what, when, from where. An audit write that fails fails the request:
// a view or action that cannot be recorded must not happen unrecorded.
import type { AppLoadContext } from '@remix-run/node'
import { staffData } from './data.server.ts'

export interface AuditInput {
  action: string
  targetType?: string
  targetId?: string
  outcome?: 'ok' | 'denied' | 'failed'
  detail?: Record<string, unknown>
}

type Context = Pick<AppLoadContext, 'services' | 'clientIp'>

export async function audit(context: Context, request: Request, tenantId: string, actor: string, input: AuditInput): Promise<void> {
  await staffData(context.services.database).appendAudit(tenantId, {
    actor,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    ip: context.clientIp || null,
    userAgent: request.headers.get('user-agent'),
    outcome: input.outcome ?? 'ok',
    detail: input.detail ?? {},
  })
}
