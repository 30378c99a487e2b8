import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Pagination, Table } from '@bluelamp/ui'
import { StaffFrame, formatDateTime } from '../components/staff/staff-frame.tsx'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { actorLabel } from '../lib/staff/view.server.ts'
import { useT } from '../lib/site/use-t.ts'
import { staffMeta } from '../components/journey/meta.ts'

function readBefore(value: string | null): { at: Date; id: string } | undefined {
  const match = /^(\d{13})_([0-9a-f-]{36})$/.exec(value ?? '')
  return match ? { at: new Date(Number(match[1])), id: match[2]! } : undefined
}

/** The force's audit log, newest first: supervisors and admins only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'supervisor')
  const url = new URL(request.url)
  const db = staffData(context.services.database)
  const page = await db.listAudit(user.tenantId, { limit: 50, before: readBefore(url.searchParams.get('before')) })
  await audit(context, request, user.tenantId, user.actor, { action: 'audit.view' })
  const names = new Map((await db.listStaff(user.tenantId)).map((m) => [m.id, m.name]))
  return {
    user: { name: user.name, role: user.role },
    entries: page.entries.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: actorLabel(e.actor, names),
      action: e.action,
      target: e.targetId ? `${e.targetType ?? ''} ${e.targetId}`.trim() : '–',
      from: e.ip ?? '–',
      outcome: e.outcome,
    })),
    next: page.next ? `${page.next.at.getTime()}_${page.next.id}` : null,
    paged: url.searchParams.has('before'),
  }
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'staff.auditTitle')

export default function StaffAudit() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  return (
    <StaffFrame user={d.user} current="audit">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.auditTitle')}</h1>
      <Table
        caption={t('staff.auditCaption')}
        columns={[
          { header: t('staff.colAt') },
          { header: t('staff.colActor') },
          { header: t('staff.colAction') },
          { header: t('staff.colTarget') },
          { header: t('staff.colFrom') },
          { header: t('staff.colOutcome') },
        ]}
        rows={d.entries.map((e) => [formatDateTime(e.at), e.actor, e.action, <span key="t" className="break-all">{e.target}</span>, e.from, e.outcome])}
      />
      <Pagination
        label={t('staff.paginationLabel')}
        previous={d.paged ? { href: '/staff/audit', text: t('staff.newestEntries') } : undefined}
        next={d.next ? { href: `/staff/audit?before=${d.next}`, text: t('staff.olderEntries') } : undefined}
      />
    </StaffFrame>
  )
}
