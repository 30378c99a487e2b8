// The report page's actions: assign, set status, public update, internal note, transfer. Each is
// validated on the server, runs under the member's force, is audited, and tells the reporter what they should know
// in the report's own language (bilingual where the force is Welsh).
import type { AppLoadContext } from '@remix-run/node'
import { InvalidStatusChangeError, NotFoundInTenantError, type ReportStatus } from '@bluelamp/db'
import { isLocale, translator, type MessageKey } from '../../i18n/i18n.ts'
import { audit } from './audit.server.ts'
import { staffData } from './data.server.ts'
import type { StaffUser } from './session.server.ts'
import { forceName, otherForces } from './view.server.ts'

import { z } from 'zod'
import { MAX_NOTE, MAX_UPDATE } from '../../components/staff/limits.ts'
import { formText, formValue, parseForm, type FieldErrors } from '../security/parse-form.server.ts'
import { hasControlCharacters } from '../platform/text.ts'

export { MAX_NOTE, MAX_UPDATE }
export type { FieldErrors }
const CRIME_NUMBER = /^[A-Za-z0-9/\-. ]{1,40}$/
export type ActionResult =
  | { ok: true; message: string; vars?: Record<string, string> }
  | { ok: false; intent: string; errors: FieldErrors; values: Record<string, string> }

type Context = Pick<AppLoadContext, 'services' | 'site' | 'clientIp' | 'env'>

const SETTABLE: ReportStatus[] = ['received', 'in_review', 'crime_recorded', 'no_further_action']
type Settable = Exclude<ReportStatus, 'transferred'>

/** A free-text field's rules: given, free of control characters, no longer than `max`. */
function freeText(max: number, missing: string) {
  return (body: string): string | null => (!body ? missing : hasControlCharacters(body) ? 'staff.controlCharacters' : body.length > max ? 'staff.tooLong' : null)
}
const updateProblem = freeText(MAX_UPDATE, 'staff.publicUpdateMissing')
const noteProblem = freeText(MAX_NOTE, 'staff.noteMissing')

/**
 * The report page's forms, one per intent. The rules are refinements of the whole form, so a form sent back with
 * errors keeps what was typed as its fields read it (trimmed, and cut one past the limit so "too long" is still seen).
 * Transfer's choices depend on the member's own force.
 */
export function reportActionSchema(tenantId: string) {
  return z.discriminatedUnion(
    'intent',
    [
      z.object({ intent: z.literal('assign'), assignee: formValue() }),
      z
        .object({ intent: z.literal('status'), status: formValue(), crimeNumber: formText(41) })
        .superRefine(({ status, crimeNumber }, ctx) => {
          if (!(SETTABLE as string[]).includes(status)) ctx.addIssue({ code: 'custom', path: ['status'], message: 'staff.statusInvalid' })
          if (status === 'crime_recorded' && !crimeNumber) ctx.addIssue({ code: 'custom', path: ['crimeNumber'], message: 'staff.crimeNumberMissing' })
          else if (crimeNumber && !CRIME_NUMBER.test(crimeNumber)) ctx.addIssue({ code: 'custom', path: ['crimeNumber'], message: 'staff.crimeNumberInvalid' })
        })
        .transform((form) => ({ ...form, status: form.status as Settable })),
      z.object({ intent: z.literal('update'), update: formText(MAX_UPDATE + 1) }).superRefine(({ update }, ctx) => {
        const problem = updateProblem(update)
        if (problem) ctx.addIssue({ code: 'custom', path: ['update'], message: problem })
      }),
      z.object({ intent: z.literal('note'), note: formText(MAX_NOTE + 1) }).superRefine(({ note }, ctx) => {
        const problem = noteProblem(note)
        if (problem) ctx.addIssue({ code: 'custom', path: ['note'], message: problem })
      }),
      z.object({ intent: z.literal('transfer'), toForce: formValue(), reason: formText(501) }).superRefine(({ toForce, reason }, ctx) => {
        if (!otherForces(tenantId).some((f) => f.value === toForce)) ctx.addIssue({ code: 'custom', path: ['toForce'], message: 'staff.transferForceMissing' })
        if (!reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'staff.transferReasonMissing' })
        else if (hasControlCharacters(reason)) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'staff.controlCharacters' })
      }),
    ],
    { error: 'staff.unknownAction' },
  )
}

const PUBLIC_STATUS_KEYS: Record<ReportStatus, MessageKey> = {
  received: 'staff.publicReceived',
  in_review: 'staff.publicInReview',
  crime_recorded: 'staff.publicCrimeRecorded',
  no_further_action: 'staff.publicNoFurtherAction',
  transferred: 'staff.publicTransferred',
}

/** The public text for a status, in the report's language. */
export function publicStatusText(status: ReportStatus, locale: string, vars: Record<string, string> = {}): string {
  const t = translator(isLocale(locale) ? locale : 'en')
  const key = PUBLIC_STATUS_KEYS[status]
  return t(key, vars)
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

export async function runReportAction(request: Request, context: Context, user: StaffUser, reportId: string, form: FormData): Promise<ActionResult> {
  const data = staffData(context.services.database)
  const tenantId = user.tenantId
  const parsed = parseForm(form, reportActionSchema(tenantId))
  // No intent, or one this page does not have: not a form the page sent.
  if (!parsed.ok && 'intent' in parsed.errors) throw new Response('Unknown action', { status: 400 })
  if (!parsed.ok) {
    const { intent = '', ...values } = parsed.values
    // A text over its limit comes back cut to the limit, ready to be shortened.
    const max = intent === 'update' ? MAX_UPDATE : intent === 'note' ? MAX_NOTE : 0
    if (max && parsed.errors[intent] === 'staff.tooLong') values[intent] = (values[intent] ?? '').slice(0, max)
    return { ok: false, intent, errors: parsed.errors, values }
  }
  const action = parsed.data
  const intent = action.intent
  const record = (name: string, detail: Record<string, unknown> = {}) =>
    audit(context, request, tenantId, user.actor, { action: name, targetType: 'report', targetId: reportId, detail })
  try {
    switch (action.intent) {
      case 'assign': {
        const staffId = action.assignee || null
        await data.assignReport(tenantId, reportId, staffId, user.actor)
        await record('report.assign', { staffId })
        return { ok: true, message: 'staff.savedAssign' }
      }
      case 'status': {
        const { status, crimeNumber } = action
        const detail = await data.getReportDetail(tenantId, reportId)
        if (!detail) throw new NotFoundInTenantError('not found')
        const publicText = publicStatusText(status, detail.report.locale, { crimeNumber })
        await data.setReportStatus(tenantId, reportId, {
          status,
          crimeNumber,
          publicText,
          actor: user.actor,
          email: updateEmail(context, request, tenantId, reportId, detail.report.reference, detail.report.locale, detail.report.contact, `status:${Date.now()}`),
        })
        await record('report.status', { status, crimeNumber: crimeNumber || undefined })
        return { ok: true, message: 'staff.savedStatus', vars: { status } }
      }
      case 'update': {
        const body = action.update
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
      case 'note': {
        const body = action.note
        await data.addInternalNote(tenantId, reportId, { text: body, actor: user.actor })
        await record('report.note', { length: body.length })
        return { ok: true, message: 'staff.savedNote' }
      }
      case 'transfer': {
        const { toForce: to, reason } = action
        const detail = await data.getReportDetail(tenantId, reportId)
        if (!detail) throw new NotFoundInTenantError('not found')
        await data.setReportStatus(tenantId, reportId, {
          status: detail.report.status === 'transferred' ? 'received' : (detail.report.status as Settable),
          publicText: publicStatusText('transferred', detail.report.locale, { force: forceName(to) }),
          actor: user.actor,
        })
        await data.transferReport(tenantId, reportId, { toTenant: to, reason, actor: user.actor })
        await record('report.transfer', { to, reason })
        return { ok: true, message: 'staff.transferred', vars: { force: forceName(to) } }
      }
    }
  } catch (error) {
    if (error instanceof NotFoundInTenantError) throw new Response('Not found', { status: 404 })
    if (error instanceof InvalidStatusChangeError) return { ok: false, intent, errors: { status: 'staff.statusInvalid' }, values: {} }
    throw error
  }
}
