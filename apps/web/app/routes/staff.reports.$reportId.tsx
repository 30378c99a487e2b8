import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { isRouteErrorResponse, useActionData, useLoaderData, useRouteError, useRouteLoaderData } from '@remix-run/react'
import { FormField, NotificationBanner, Select, SummaryList, Table, Tag, Textarea, TextInput } from '@bluelamp/ui'
import { ActionForm } from '../components/staff/action-form.tsx'
import { StaffFrame, STATUS_KEYS, STATUS_TAGS, formatDateTime, priorityLabel } from '../components/staff/staff-frame.tsx'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { MAX_NOTE, MAX_UPDATE } from '../components/staff/limits.ts'
import { runReportAction } from '../lib/staff/actions.server.ts'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { actorLabel, answerRows, contactRows, flagViews, forceName, otherForces, rationaleLines, safeContactInstructions, serviceName } from '../lib/staff/view.server.ts'
import { localeFor } from '../lib/site/locale.server.ts'
import { FlagMeanings } from '../components/staff/flag-tags.tsx'
import { SafeContactPanel } from '../components/staff/safe-contact-panel.tsx'
import { formatSize } from '../lib/evidence/uploads.server.ts'
import { keyFromData } from '../i18n/i18n.ts'
import { useT } from '../lib/site/use-t.ts'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'
import { staffMeta } from '../components/journey/meta.ts'
import { carriedFrom } from '../lib/staff/carry.ts'
import { SignInForm } from '../components/staff/sign-in-form.tsx'
import { ReportAppealLink } from '../components/staff/report-appeal-link.tsx'
import { reportAppeal } from '../lib/staff/appeal-link.server.ts'

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context)
  const reportId = params.reportId ?? ''
  const db = staffData(context.services.database)
  const detail = await db.getReportDetail(user.tenantId, reportId)
  if (!detail) {
    await audit(context, request, user.tenantId, user.actor, { action: 'report.view', targetType: 'report', targetId: reportId.slice(0, 64), outcome: 'denied' })
    throw new Response('Not found', { status: 404 })
  }
  await audit(context, request, user.tenantId, user.actor, { action: 'report.view', targetType: 'report', targetId: reportId })
  const locale = await localeFor(request, context.site)
  const members = await db.listStaff(user.tenantId)
  const names = new Map(members.map((m) => [m.id, m.name]))
  const { report, events, evidence } = detail
  // A report made on another force's website about this force's area says so in its first event.
  const first = events.find((e) => e.kind === 'submitted')
  const sentFrom = typeof first?.body.from === 'string' ? forceName(first.body.from) : null
  const transferred = events.some((e) => e.kind === 'transferred')
  const named = (body: Record<string, unknown>) => ({
    ...body,
    ...(typeof body.from === 'string' ? { from: forceName(body.from) } : {}),
    ...(typeof body.to === 'string' ? { to: forceName(body.to) } : {}),
  })
  return {
    user: { name: user.name, role: user.role },
    report: {
      id: report.id,
      reference: report.reference,
      service: serviceName(report.serviceId),
      status: report.status,
      priority: report.priority,
      priorityScore: report.priorityScore,
      flags: flagViews(report.flags, locale),
      crimeNumber: report.crimeNumber,
      submittedAt: report.submittedAt.toISOString(),
      assignedTo: report.assignedTo,
      transferredFrom: report.transferredFromTenant && transferred ? forceName(report.transferredFromTenant) : null,
      sentFrom,
      locale: report.locale,
    },
    answers: answerRows(report.answers),
    rationale: rationaleLines(report.rationale, locale),
    contact: contactRows(report.contact),
    safeContact: safeContactInstructions(report.serviceId, report.answers),
    evidence: evidence.map((e) => ({ id: e.id, filename: e.filename, size: formatSize(e.sizeBytes) })),
    events: events.map((e) => ({ id: e.id, kind: e.kind, visibility: e.visibility, body: named(e.body), who: actorLabel(e.actor, names), at: e.createdAt.toISOString() })),
    members: members.map((m) => ({ value: m.id, label: m.name })),
    forces: otherForces(user.tenantId),
    appeal: await reportAppeal(context.services.database, user.tenantId, report.appealReference),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const user = await requireStaff(request, context).catch((error: unknown) => {
    // The session ran out while the page was open: rather than a bare 401 that loses what was typed, the sign-in
    // form, carrying it (app/lib/staff/carry.ts); signing in again brings it back to check and save.
    if (error instanceof Response && error.status === 401) {
      const carried = carriedFrom(form)
      throw data({ reason: 'signed-out' as const, next: new URL(request.url).pathname, carried }, { status: 401, headers: error.headers })
    }
    throw error
  })
  const result = await runReportAction(request, context, user, params.reportId ?? '', form)
  return result.ok ? data(result) : pageShowsErrors(context, data(result, { status: 400 }))
}

export const meta: MetaFunction<typeof loader> = ({ data, matches, error }) =>
  error ? staffMeta(matches, 'staff.signedOutTitle') : staffMeta(matches, 'staff.reportTitle', { reference: data?.report.reference ?? '' })

// A status this build does not know is shown as stored (an empty fallback where a status is only a detail).
function statusText(t: ReturnType<typeof useT>, status: string, unknown = status): string {
  const key = STATUS_KEYS[status]
  return key ? t(key) : unknown
}

function eventText(t: ReturnType<typeof useT>, e: { kind: string; body: Record<string, unknown> }): string {
  const s = (k: string) => (typeof e.body[k] === 'string' ? (e.body[k] as string) : '')
  switch (e.kind) {
    case 'submitted':
      return s('from') ? [t('staff.eventSubmittedFrom', { force: s('from') }), s('reason')].filter(Boolean).join(': ') : t('staff.eventSubmitted')
    case 'status_changed':
      return [t('staff.eventStatus', { from: statusText(t, s('from')), to: statusText(t, s('to')) }), s('crimeNumber') && `${t('staff.crimeNumberShown')}: ${s('crimeNumber')}`, s('text')].filter(Boolean).join(' · ')
    case 'public_update':
      return `${t('staff.eventUpdate')}: ${s('text')}`
    case 'internal_note':
      return `${t('staff.eventNote')}: ${s('text')}`
    case 'assigned':
      return s('name') ? t('staff.eventAssigned', { name: s('name') }) : t('staff.eventUnassigned')
    case 'transferred':
      return `${t('staff.eventTransferred', { from: s('from'), to: s('to') })}${s('reason') ? `: ${s('reason')}` : ''}`
    default:
      return t('staff.eventOther', { kind: e.kind })
  }
}

export default function StaffReport() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const failed = result && !result.ok ? result : null
  const err = (field: string) => (failed?.errors[field] ? t(keyFromData(failed.errors[field]!), { max: field === 'note' ? MAX_NOTE : MAX_UPDATE }) : undefined)
  const value = (field: string) => failed?.values[field] ?? ''
  const r = d.report
  return (
    <StaffFrame user={d.user} current="report">
      {failed ? <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={Object.keys(failed.errors).map((f) => ({ href: `#${f}`, text: err(f)! }))} /> : null}
      {result?.ok ? (
        <NotificationBanner type="success" title={t('staff.saved')}>
          {t(keyFromData(result.message), result.vars?.status ? { status: statusText(t, result.vars.status, '') } : result.vars)}
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <a className="text-link underline" href="/staff/queue">
          {t('staff.backToQueue')}
        </a>
      </p>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.reportTitle', { reference: r.reference })}</h1>
      {d.safeContact ? <SafeContactPanel instructions={d.safeContact} t={t} /> : null}
      <h2 className="mb-4 text-2xl font-bold">{t('staff.summaryHeading')}</h2>
      <SummaryList
        className="mb-8"
        rows={[
          { key: t('staff.colService'), value: r.service },
          { key: t('staff.colStatus'), value: <Tag status={STATUS_TAGS[r.status] ?? 'neutral'}>{t(STATUS_KEYS[r.status] ?? 'staff.statusReceived')}</Tag> },
          ...(r.crimeNumber ? [{ key: t('staff.crimeNumberShown'), value: <span data-crime-number="">{r.crimeNumber}</span> }] : []),
          { key: t('staff.colPriority'), value: <span data-priority={r.priority}>{`${priorityLabel(t, r.priority)} (${r.priorityScore})`}</span> },
          { key: t('staff.colFlags'), value: <FlagMeanings flags={r.flags} t={t} /> },
          { key: t('staff.colSubmitted'), value: formatDateTime(r.submittedAt) },
          { key: t('staff.colAssigned'), value: d.members.find((m) => m.value === r.assignedTo)?.label ?? t('staff.unassigned') },
          ...(d.appeal ? [{ key: t('appealLink.staffLabel'), value: <ReportAppealLink appeal={d.appeal} /> }] : []),
          ...(r.sentFrom ? [{ key: t('staff.sentFromLabel'), value: <span data-sent-from="">{t('staff.sentFrom', { force: r.sentFrom })}</span> }] : []),
          ...(r.transferredFrom ? [{ key: t('staff.statusTransferred'), value: t('staff.transferredFrom', { force: r.transferredFrom }) }] : []),
        ]}
      />
      <Table
        caption={t('staff.answersCaption')}
        firstCellIsHeader
        columns={[{ header: t('staff.colQuestion') }, { header: t('staff.colAnswer') }]}
        rows={d.answers.map((a) => [a.question, <span key="a" className="whitespace-pre-line">{a.answer}</span>])}
      />
      <h2 className="mb-4 text-2xl font-bold">{t('staff.rationaleHeading')}</h2>
      {d.rationale.length ? (
        <ul className="mb-8 list-disc pl-6">
          {d.rationale.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="mb-8">{t('staff.noRationale')}</p>
      )}
      <h2 className="mb-4 text-2xl font-bold">{t('staff.contactHeading')}</h2>
      {d.contact.length ? <SummaryList className="mb-8" rows={d.contact.map((c) => ({ key: c.key, value: c.value }))} /> : <p className="mb-8">{t('staff.anonymous')}</p>}
      <h2 className="mb-4 text-2xl font-bold">{t('staff.evidenceHeading')}</h2>
      {d.evidence.length ? (
        <ul className="mb-8 list-disc pl-6">
          {d.evidence.map((e) => (
            <li key={e.id}>
              <a className="text-link underline" href={`/staff/reports/${r.id}/evidence/${e.id}`} download>
                {t('staff.download', { filename: e.filename, size: e.size })}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-8">{t('staff.noEvidence')}</p>
      )}
      <Table
        caption={t('staff.historyCaption')}
        columns={[{ header: t('staff.colWhen') }, { header: t('staff.colWho') }, { header: t('staff.colWhat') }]}
        rows={d.events.map((e) => [formatDateTime(e.at), e.who, <span key="w" className="whitespace-pre-line">{eventText(t, e)}</span>])}
      />
      <h2 className="mb-6 text-2xl font-bold">{t('staff.actionsHeading')}</h2>
      <div className="grid gap-8 lg:grid-cols-2">
        <ActionForm intent="status" submit={t('staff.setStatus')}>
          <FormField id="status" label={t('staff.statusLabel')} error={err('status')}>
            <Select
              name="status"
              defaultValue={value('status') || (r.status === 'transferred' ? 'received' : r.status)}
              options={(['received', 'in_review', 'crime_recorded', 'no_further_action'] as const).map((s) => ({ value: s, label: t(STATUS_KEYS[s]!) }))}
            />
          </FormField>
          <FormField id="crimeNumber" label={t('staff.crimeNumberLabel')} hint={t('staff.crimeNumberHint')} error={err('crimeNumber')}>
            <TextInput name="crimeNumber" defaultValue={value('crimeNumber') || r.crimeNumber || ''} spellCheck={false} width="20" />
          </FormField>
        </ActionForm>
        <ActionForm intent="assign" submit={t('staff.assign')} variant="secondary">
          <FormField id="assignee" label={t('staff.assignLabel')}>
            <Select name="assignee" defaultValue={r.assignedTo ?? ''} options={[{ value: '', label: t('staff.unassigned') }, ...d.members]} />
          </FormField>
        </ActionForm>
        <ActionForm intent="update" submit={t('staff.sendUpdate')} variant="secondary">
          <FormField id="update" label={t('staff.publicUpdateLabel')} hint={t('staff.publicUpdateHint')} error={err('update')}>
            <Textarea name="update" defaultValue={value('update')} rows={4} />
          </FormField>
        </ActionForm>
        <ActionForm intent="note" submit={t('staff.addNote')} variant="secondary">
          <FormField id="note" label={t('staff.noteLabel')} hint={t('staff.noteHint')} error={err('note')}>
            <Textarea name="note" defaultValue={value('note')} rows={4} />
          </FormField>
        </ActionForm>
        <ActionForm intent="transfer" submit={t('staff.transfer')} variant="warning">
          <FormField id="toForce" label={t('staff.transferLabel')} error={err('toForce')}>
            <Select name="toForce" defaultValue={value('toForce')} options={[{ value: '', label: t('staff.chooseForce') }, ...d.forces]} />
          </FormField>
          <FormField id="reason" label={t('staff.transferReasonLabel')} error={err('reason')}>
            <TextInput name="reason" defaultValue={value('reason')} />
          </FormField>
        </ActionForm>
      </div>
    </StaffFrame>
  )
}

/** A form posted after the session ran out: sign in again here, with what was typed kept. Anything else: the root's. */
export function ErrorBoundary() {
  const error = useRouteError()
  const root = useRouteLoaderData('root') as { tenant?: { name: string } | null } | undefined
  const body = isRouteErrorResponse(error) && error.status === 401 ? (error.data as { reason?: string; next?: string; carried?: Record<string, string> } | null) : null
  if (body?.reason !== 'signed-out') throw error
  return <SignInForm force={root?.tenant?.name ?? ''} expired next={body.next ?? '/staff/queue'} carried={body.carried ?? {}} />
}
