import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ErrorSummary, FormField, NotificationBanner, Select, SummaryList, Table, Tag, Textarea, TextInput } from '@bluelamp/ui'
import { ActionForm } from '../components/staff/action-form.tsx'
import { StaffFrame, STATUS_KEYS, STATUS_TAGS, formatDateTime } from '../components/staff/staff-frame.tsx'
import { requireCsrf } from '../lib/csrf.server.ts'
import { MAX_NOTE, MAX_UPDATE } from '../components/staff/limits.ts'
import { runReportAction } from '../lib/staff-actions.server.ts'
import { audit } from '../lib/staff-audit.server.ts'
import { staffData } from '../lib/staff-data.server.ts'
import { requireStaff } from '../lib/staff-session.server.ts'
import { actorLabel, answerRows, contactRows, forceName, otherForces, rationaleLines, serviceName } from '../lib/staff-view.server.ts'
import { formatSize } from '../lib/uploads.server.ts'
import { useT } from '../lib/use-t.ts'

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
  const members = await db.listStaff(user.tenantId)
  const names = new Map(members.map((m) => [m.id, m.name]))
  const { report, events, evidence } = detail
  return {
    user: { name: user.name, role: user.role },
    report: {
      id: report.id,
      reference: report.reference,
      service: serviceName(report.serviceId),
      status: report.status,
      priority: report.priority,
      priorityScore: report.priorityScore,
      flags: report.flags,
      crimeNumber: report.crimeNumber,
      submittedAt: report.submittedAt.toISOString(),
      assignedTo: report.assignedTo,
      transferredFrom: report.transferredFromTenant ? forceName(report.transferredFromTenant) : null,
      locale: report.locale,
    },
    answers: answerRows(report.answers),
    rationale: rationaleLines(report.rationale),
    contact: contactRows(report.contact),
    evidence: evidence.map((e) => ({ id: e.id, filename: e.filename, size: formatSize(e.sizeBytes) })),
    events: events.map((e) => ({ id: e.id, kind: e.kind, visibility: e.visibility, body: e.body, who: actorLabel(e.actor, names), at: e.createdAt.toISOString() })),
    members: members.map((m) => ({ value: m.id, label: m.name })),
    forces: otherForces(user.tenantId),
  }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const user = await requireStaff(request, context)
  const result = await runReportAction(request, context, user, params.reportId ?? '', form)
  return data(result, { status: result.ok ? 200 : 400 })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Report ${data.report.reference} – back office` : 'Report – back office' },
  { name: 'robots', content: 'noindex' },
]

function eventText(t: ReturnType<typeof useT>, e: { kind: string; body: Record<string, unknown> }): string {
  const s = (k: string) => (typeof e.body[k] === 'string' ? (e.body[k] as string) : '')
  switch (e.kind) {
    case 'submitted':
      return t('staff.eventSubmitted')
    case 'status_changed':
      return [t('staff.eventStatus', { from: t(STATUS_KEYS[s('from')] ?? s('from')), to: t(STATUS_KEYS[s('to')] ?? s('to')) }), s('crimeNumber') && `${t('staff.crimeNumberShown')}: ${s('crimeNumber')}`, s('text')].filter(Boolean).join(' · ')
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
  const err = (field: string) => (failed?.errors[field] ? t(failed.errors[field]!, { max: field === 'note' ? MAX_NOTE : MAX_UPDATE }) : undefined)
  const value = (field: string) => failed?.values[field] ?? ''
  const r = d.report
  return (
    <StaffFrame user={d.user} current="report">
      {failed ? <ErrorSummary title={t('staff.errorSummaryTitle')} errors={Object.keys(failed.errors).map((f) => ({ href: `#${f}`, text: err(f)! }))} /> : null}
      {result?.ok ? (
        <NotificationBanner type="success" title={t('staff.saved')}>
          {t(result.message, result.vars?.status ? { status: t(STATUS_KEYS[result.vars.status] ?? '') } : result.vars)}
        </NotificationBanner>
      ) : null}
      <p className="mb-4">
        <a className="text-link underline" href="/staff/queue">
          {t('staff.backToQueue')}
        </a>
      </p>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.reportTitle', { reference: r.reference })}</h1>
      <h2 className="mb-4 text-2xl font-bold">{t('staff.summaryHeading')}</h2>
      <SummaryList
        className="mb-8"
        rows={[
          { key: t('staff.colService'), value: r.service },
          { key: t('staff.colStatus'), value: <Tag status={STATUS_TAGS[r.status] ?? 'neutral'}>{t(STATUS_KEYS[r.status] ?? 'staff.statusReceived')}</Tag> },
          ...(r.crimeNumber ? [{ key: t('staff.crimeNumberShown'), value: <span data-crime-number="">{r.crimeNumber}</span> }] : []),
          { key: t('staff.colPriority'), value: `${r.priority} (${r.priorityScore})` },
          { key: t('staff.colFlags'), value: r.flags.length ? r.flags.join(', ') : '–' },
          { key: t('staff.colSubmitted'), value: formatDateTime(r.submittedAt) },
          { key: t('staff.colAssigned'), value: d.members.find((m) => m.value === r.assignedTo)?.label ?? t('staff.unassigned') },
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
