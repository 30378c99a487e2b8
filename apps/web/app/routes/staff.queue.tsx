import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { STATUSES } from '../components/staff/limits.ts'
import { readFilters } from '../lib/staff/queue-filters.server.ts'
import { Button, FormField, Pagination, Select, Table, Tag, TextInput } from '@bluelamp/ui'
import { StaffFrame, STATUS_KEYS, STATUS_TAGS, formatDateTime, priorityLabel } from '../components/staff/staff-frame.tsx'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { flagOptions, flagViews, forceName, serviceName, serviceOptions } from '../lib/staff/view.server.ts'
import { localeFor } from '../lib/site/locale.server.ts'
import { FlagTags } from '../components/staff/flag-tags.tsx'
import { useT } from '../lib/site/use-t.ts'
import { appealOptions } from '../lib/staff/appeal-link.server.ts'
import { staffMeta } from '../components/journey/meta.ts'

const PAGE_SIZE = 25

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context)
  const url = new URL(request.url)
  const { filters, values } = readFilters(url)
  const locale = await localeFor(request, context.site)
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1))
  const [{ rows, total }, appeals] = await Promise.all([
    staffData(context.services.database).listQueue(user.tenantId, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    appealOptions(context.services.database, user.tenantId),
  ])
  await audit(context, request, user.tenantId, user.actor, { action: 'queue.view', detail: { filters: values, page, shown: rows.length } })
  return {
    user: { name: user.name, role: user.role },
    values,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
    services: serviceOptions(),
    flags: flagOptions(locale),
    appeals,
    rows: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      service: serviceName(r.serviceId),
      status: r.status,
      priority: r.priority,
      flags: flagViews(r.flags, locale),
      submittedAt: r.submittedAt.toISOString(),
      assignedName: r.assignedName,
      // Where it came from: the force whose website it was made on (another force's area), or that transferred it.
      from: r.transferredFromTenant ? forceName(r.transferredFromTenant) : null,
      appeal: r.appealReference,
    })),
  }
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'staff.queueTitle')

export default function StaffQueue() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const query = (page: number) => {
    const params = new URLSearchParams(Object.entries(d.values).filter(([, v]) => v !== ''))
    params.set('page', String(page))
    return `/staff/queue?${params.toString()}`
  }
  const statusOptions = [
    { value: 'open', label: t('staff.filterOpen') },
    { value: 'all', label: t('staff.filterAll') },
    ...STATUSES.map((s) => ({ value: s, label: t(STATUS_KEYS[s]!) })),
  ]
  return (
    <StaffFrame user={d.user} current="queue">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.queueTitle')}</h1>
      <form method="get" action="/staff/queue" className="mb-8 border-l-4 border-border pl-4" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="mb-4 text-xl font-bold">
          {t('staff.filtersHeading')}
        </h2>
        <div className="grid gap-x-6 md:grid-cols-3">
          <FormField id="status" label={t('staff.filterStatus')}>
            <Select name="status" defaultValue={d.values.status} options={statusOptions} />
          </FormField>
          <FormField id="service" label={t('staff.filterService')}>
            <Select name="service" defaultValue={d.values.service} options={[{ value: '', label: t('staff.filterAny') }, ...d.services]} />
          </FormField>
          <FormField id="flag" label={t('staff.filterFlag')}>
            <Select name="flag" defaultValue={d.values.flag} options={[{ value: '', label: t('staff.filterAny') }, ...d.flags]} />
          </FormField>
          <FormField id="appeal" label={t('appealLink.filterLabel')}>
            <Select name="appeal" defaultValue={d.values.appeal} options={[{ value: '', label: t('staff.filterAny') }, { value: 'any', label: t('appealLink.filterAnyAppeal') }, ...d.appeals]} />
          </FormField>
          <FormField id="from" label={t('staff.filterFrom')} hint={t('staff.filterDateHint')}>
            <TextInput name="from" type="date" defaultValue={d.values.from} />
          </FormField>
          <FormField id="to" label={t('staff.filterTo')} hint={t('staff.filterDateHint')}>
            <TextInput name="to" type="date" defaultValue={d.values.to} />
          </FormField>
        </div>
        <Button type="submit" variant="secondary">
          {t('staff.filterApply')}
        </Button>
      </form>
      {d.rows.length === 0 ? (
        <p className="mb-8 text-lg">{t('staff.queueEmpty')}</p>
      ) : (
        <Table
          caption={t('staff.queueCaption', { count: d.total })}
          firstCellIsHeader
          columns={[
            { header: t('staff.colReference') },
            { header: t('staff.colService') },
            { header: t('staff.colPriority') },
            { header: t('staff.colFlags') },
            { header: t('staff.colStatus') },
            { header: t('staff.colSubmitted') },
            { header: t('staff.colAssigned') },
            { header: t('staff.colCameFrom') },
          ]}
          rows={d.rows.map((r) => [
            <a key="ref" className="text-link underline" href={`/staff/reports/${r.id}`} data-reference={r.reference}>
              {r.reference}
            </a>,
            r.service,
            <span key="priority" data-priority={r.priority}>
              {priorityLabel(t, r.priority)}
            </span>,
            <div key="flags">
              {r.appeal ? (
                <Tag status="active" className="mb-1" data-appeal={r.appeal}>
                  {t('appealLink.tag', { reference: r.appeal })}
                </Tag>
              ) : null}
              <FlagTags flags={r.flags} t={t} />
            </div>,
            <Tag key="status" status={STATUS_TAGS[r.status] ?? 'neutral'}>
              {t(STATUS_KEYS[r.status] ?? 'staff.statusReceived')}
            </Tag>,
            formatDateTime(r.submittedAt),
            r.assignedName ?? t('staff.unassigned'),
            r.from ? <span key="from" data-from="">{r.from}</span> : t('staff.fromNowhere'),
          ])}
        />
      )}
      {d.pages > 1 ? (
        <Pagination
          label={t('staff.paginationLabel')}
          previous={d.page > 1 ? { href: query(d.page - 1), text: t('staff.previous') } : undefined}
          next={d.page < d.pages ? { href: query(d.page + 1), text: t('staff.next') } : undefined}
          pages={Array.from({ length: Math.min(d.pages, 10) }, (_, i) => ({ number: i + 1, href: query(i + 1), current: i + 1 === d.page }))}
        />
      ) : null}
    </StaffFrame>
  )
}
