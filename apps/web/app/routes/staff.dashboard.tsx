import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ukDay } from '@bluelamp/triage/uk-time'
import { Table } from '@bluelamp/ui'
import { BarChart } from '../components/staff/bar-chart.tsx'
import { StaffFrame } from '../components/staff/staff-frame.tsx'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { serviceName } from '../lib/staff/view.server.ts'
import { useT } from '../lib/site/use-t.ts'
import { staffMeta } from '../components/journey/meta.ts'

const DAYS = 14

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context)
  const now = new Date()
  const toDay = ukDay(now)
  const fromDay = ukDay(new Date(now.getTime() - (DAYS - 1) * 86_400_000))
  const dash = await staffData(context.services.database).getDashboard(user.tenantId, { fromDay, toDay })
  await audit(context, request, user.tenantId, user.actor, { action: 'dashboard.view' })
  const days = Array.from({ length: DAYS }, (_, i) => ukDay(new Date(now.getTime() - (DAYS - 1 - i) * 86_400_000)))
  const serviceIds = [...new Set(dash.perDay.map((r) => r.serviceId))].sort()
  const count = (day: string, serviceId: string) => dash.perDay.find((r) => r.day === day && r.serviceId === serviceId)?.count ?? 0
  return {
    user: { name: user.name, role: user.role },
    fromDay,
    toDay,
    services: serviceIds.map((id) => ({ id, name: serviceName(id) })),
    days: days.map((day) => ({ day, counts: serviceIds.map((id) => count(day, id)), total: serviceIds.reduce((s, id) => s + count(day, id), 0) })),
    outcomes: dash.outcomes.filter((o) => o.count > 0 || o.outcome === 'SUBMITTED'),
    median: dash.medianMinutesToFirstAction === null ? null : Math.round(dash.medianMinutesToFirstAction),
    actedOn: dash.actedOn,
  }
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'staff.dashboardTitle')

const OUTCOME_KEYS = { SUBMITTED: 'staff.outcomeSubmitted', EMERGENCY: 'staff.outcomeEmergency', REDIRECT: 'staff.outcomeRedirect', ADVICE: 'staff.outcomeAdvice' } as const

export default function StaffDashboard() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const outcomeLabel = (o: { outcome: keyof typeof OUTCOME_KEYS; agency: string }) => `${t(OUTCOME_KEYS[o.outcome])}${o.agency ? `: ${o.agency}` : ''}`
  return (
    <StaffFrame user={d.user} current="dashboard">
      <h1 className="mb-2 text-3xl font-bold md:text-4xl">{t('staff.dashboardTitle')}</h1>
      <p className="mb-8 text-lg text-secondary-text">{t('staff.dashboardRange', { days: DAYS, from: d.fromDay, to: d.toDay })}</p>

      <h2 className="mb-4 text-2xl font-bold">{t('staff.perDayHeading')}</h2>
      <BarChart title={t('staff.perDayHeading')} description={t('staff.chartAlt')} data={d.days.map((day) => ({ label: day.day, value: day.total }))} />
      <Table
        caption={t('staff.perDayCaption')}
        captionSize="s"
        firstCellIsHeader
        columns={[{ header: t('staff.colDay') }, ...d.services.map((s) => ({ header: s.name, numeric: true })), { header: t('staff.colTotal'), numeric: true }]}
        rows={d.days.map((day) => [day.day, ...day.counts.map(String), String(day.total)])}
      />

      <h2 className="mb-2 text-2xl font-bold">{t('staff.outcomesHeading')}</h2>
      <p className="mb-4">{t('staff.outcomesIntro')}</p>
      <BarChart title={t('staff.outcomesHeading')} description={t('staff.chartAlt')} data={d.outcomes.map((o) => ({ label: outcomeLabel(o), value: o.count }))} />
      <Table
        caption={t('staff.outcomesCaption')}
        captionSize="s"
        firstCellIsHeader
        columns={[{ header: t('staff.colOutcomeKind') }, { header: t('staff.colAgency') }, { header: t('staff.colCount'), numeric: true }]}
        rows={d.outcomes.map((o) => [t(OUTCOME_KEYS[o.outcome]), o.agency || '–', String(o.count)])}
      />

      <h2 className="mb-4 text-2xl font-bold">{t('staff.firstActionHeading')}</h2>
      <p className="mb-8 text-lg">{d.median === null ? t('staff.firstActionNone') : t('staff.firstActionValue', { minutes: d.median, count: d.actedOn })}</p>
    </StaffFrame>
  )
}
