// The report page's actions: assign, set status, public update, internal note, transfer. Each is
// validated on the server, runs under the member's force, is audited, and tells the reporter what they should know
// in the report's own language (bilingual where the force is Welsh).
import type { AppLoadContext } from '@remix-run/node'
import { InvalidStatusChangeError, NotFoundInTenantError, type ReportStatus } from '@bluelamp/db'
import { isLocale, translator } from '../i18n/i18n.ts'
import { audit } from './staff-audit.server.ts'
import { staffData } from './staff-data.server.ts'
import type { StaffUser } from './staff-session.server.ts'
import { forceName, otherForces } from './staff-view.server.ts'

import { MAX_NOTE, MAX_UPDATE } from '../components/staff/limits.ts'
import { hasControlCharacters } from './text.ts'

export { MAX_NOTE, MAX_UPDATE }
const CRIME_NUMBER = /^[A-Za-z0-9/\-. ]{1,40}$/

export type FieldErrors = Record<string, string>
export type ActionResult =
  | { ok: true; message: string; vars?: Record<string, string> }
  | { ok: false; intent: string; errors: FieldErrors; values: Record<string, string> }

type Context = Pick<AppLoadContext, 'services' | 'site' | 'clientIp' | 'env'>

const SETTABLE: ReportStatus[] = ['received', 'in_review', 'crime_recorded', 'no_further_action']

/** The public text for a status, in the report's language. */
export function publicStatusText(status: ReportStatus, locale: string, vars: Record<string, string> = {}): string {
  const t = translator(isLocale(locale) ? locale : 'en')
  const key = { received: 'publicReceived', in_review: 'publicInReview', crime_recorded: 'publicCrimeRecorded', no_further_action: 'publicNoFurtherAction', transferred: 'publicTransferred' }[status]
  return t(`staff.${key}`, vars)
}

function updateEmail(context: Context, request: Request, tenantId: string, reportId: string, reference: string, locale: string, contact: unknown, eventKey: string) {
  const to = (contact as { email?: unknown } | null)?.email
  if (typeof to !== 'string' || !to.includes('@')) return null
  const url = new URL(request.url)
  return {
    idempotencyKey: `report:${reportId}:update:${eventKey}`,
    payload: { template: 'report-update', to, locale: isLocale(locale) ? locale : 'en', reference, data: { forceName: forceName(tenantId), trackUrl: `${url.protocol}//${url.host}/track` } },
  }
}

function text(form: FormData, name: string, max: number): string {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim().slice(0, max + 1) : ''
}

export async function runReportAction(request: Request, context: Context, user: StaffUser, reportId: string, form: FormData): Promise<ActionResult> {
  const data = staffData(context.services.database)
  const intent = String(form.get('intent') ?? '')
  const tenantId = user.tenantId
  const record = (action: string, detail: Record<string, unknown> = {}) =>
    audit(context, request, tenantId, user.actor, { action, targetType: 'report', targetId: reportId, detail })
  try {
    if (intent === 'assign') {
      const staffId = String(form.get('assignee') ?? '') || null
      await data.assignReport(tenantId, reportId, staffId, user.actor)
      await record('report.assign', { staffId })
      return { ok: true, message: 'staff.savedAssign' }
    }
    if (intent === 'status') {
      const status = String(form.get('status') ?? '') as ReportStatus
      const crimeNumber = text(form, 'crimeNumber', 40)
      const errors: FieldErrors = {}
      if (!SETTABLE.includes(status)) errors.status = 'staff.statusInvalid'
      if (status === 'crime_recorded' && !crimeNumber) errors.crimeNumber = 'staff.crimeNumberMissing'
      else if (crimeNumber && !CRIME_NUMBER.test(crimeNumber)) errors.crimeNumber = 'staff.crimeNumberInvalid'
      if (Object.keys(errors).length) return { ok: false, intent, errors, values: { status, crimeNumber } }
      const detail = await data.getReportDetail(tenantId, reportId)
      if (!detail) throw new NotFoundInTenantError('not found')
      const publicText = publicStatusText(status, detail.report.locale, { crimeNumber })
      await data.setReportStatus(tenantId, reportId, {
        status: status as Exclude<ReportStatus, 'transferred'>,
        crimeNumber,
        publicText,
        actor: user.actor,
        email: updateEmail(context, request, tenantId, reportId, detail.report.reference, detail.report.locale, detail.report.contact, `status:${Date.now()}`),
      })
      await record('report.status', { status, crimeNumber: crimeNumber || undefined })
      return { ok: true, message: 'staff.savedStatus', vars: { status } }
    }
    if (intent === 'update') {
      const body = text(form, 'update', MAX_UPDATE)
      if (!body) return { ok: false, intent, errors: { update: 'staff.publicUpdateMissing' }, values: { update: body } }
      if (hasControlCharacters(body)) return { ok: false, intent, errors: { update: 'staff.controlCharacters' }, values: { update: body } }
      if (body.length > MAX_UPDATE) return { ok: false, intent, errors: { update: 'staff.tooLong' }, values: { update: body.slice(0, MAX_UPDATE) } }
      const detail = await data.getReportDetail(tenantId, reportId)
      if (!detail) throw new NotFoundInTenantError('not found')
      await data.addPublicUpdate(tenantId, reportId, {
        text: body,
        actor: user.actor,
        email: updateEmail(context, request, tenantId, reportId, detail.report.reference, detail.report.locale, detail.report.contact, `update:${Date.now()}`),
      })
      await record('report.public-update', { length: body.length })
      return { ok: true, message: 'staff.savedUpdate' }
    }
    if (intent === 'note') {
      const body = text(form, 'note', MAX_NOTE)
      if (!body) return { ok: false, intent, errors: { note: 'staff.noteMissing' }, values: { note: body } }
      if (hasControlCharacters(body)) return { ok: false, intent, errors: { note: 'staff.controlCharacters' }, values: { note: body } }
      if (body.length > MAX_NOTE) return { ok: false, intent, errors: { note: 'staff.tooLong' }, values: { note: body.slice(0, MAX_NOTE) } }
      await data.addInternalNote(tenantId, reportId, { text: body, actor: user.actor })
      await record('report.note', { length: body.length })
      return { ok: true, message: 'staff.savedNote' }
    }
    if (intent === 'transfer') {
      const to = String(form.get('toForce') ?? '')
      const reason = text(form, 'reason', 500)
      const errors: FieldErrors = {}
      if (!otherForces(tenantId).some((f) => f.value === to)) errors.toForce = 'staff.transferForceMissing'
      if (!reason) errors.reason = 'staff.transferReasonMissing'
      else if (hasControlCharacters(reason)) errors.reason = 'staff.controlCharacters'
      if (Object.keys(errors).length) return { ok: false, intent, errors, values: { toForce: to, reason } }
      const detail = await data.getReportDetail(tenantId, reportId)
      if (!detail) throw new NotFoundInTenantError('not found')
      await data.setReportStatus(tenantId, reportId, {
        status: detail.report.status === 'transferred' ? 'received' : (detail.report.status as Exclude<ReportStatus, 'transferred'>),
        publicText: publicStatusText('transferred', detail.report.locale, { force: forceName(to) }),
        actor: user.actor,
      })
      await data.transferReport(tenantId, reportId, { toTenant: to, reason, actor: user.actor })
      await record('report.transfer', { to, reason })
      return { ok: true, message: 'staff.transferred', vars: { force: forceName(to) } }
    }
  } catch (error) {
    if (error instanceof NotFoundInTenantError) throw new Response('Not found', { status: 404 })
    if (error instanceof InvalidStatusChangeError) return { ok: false, intent, errors: { status: 'staff.statusInvalid' }, values: {} }
    throw error
  }
  throw new Response('Unknown action', { status: 400 })
}
