import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, NotificationBanner, Table } from '@bluelamp/ui'
import { CsrfInput } from '../components/csrf-input.tsx'
import { StaffFrame, formatDateTime } from '../components/staff/staff-frame.tsx'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { useT } from '../lib/site/use-t.ts'
import { staffMeta } from '../components/journey/meta.ts'

/** Dead letters of the back-office delivery, with a re-send action: admins only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'admin')
  const rows = await staffData(context.services.database).listDeliveries(user.tenantId, { status: 'dead' })
  await audit(context, request, user.tenantId, user.actor, { action: 'deliveries.view' })
  return {
    user: { name: user.name, role: user.role },
    attempts: context.services.env.OUTBOX_MAX_ATTEMPTS,
    rows: rows.map((r) => ({ id: r.id, reference: r.reference ?? '–', attempts: r.attempts, lastError: r.lastError ?? '–', createdAt: r.createdAt.toISOString() })),
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const user = await requireStaff(request, context, 'admin')
  const id = String(form.get('outboxId') ?? '')
  const ok = await staffData(context.services.database).resendDeadLetter(user.tenantId, id)
  await audit(context, request, user.tenantId, user.actor, { action: 'delivery.resend', targetType: 'outbox', targetId: id.slice(0, 64), outcome: ok ? 'ok' : 'denied' })
  if (!ok) throw new Response('Not found', { status: 404 })
  return { resent: true }
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'staff.deliveriesTitle')

export default function StaffDeliveries() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <StaffFrame user={d.user} current="deliveries">
      {result?.resent ? <NotificationBanner type="success" title={t('staff.saved')}>{t('staff.resent')}</NotificationBanner> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.deliveriesTitle')}</h1>
      {d.rows.length === 0 ? (
        <p className="text-lg">{t('staff.deliveriesNone')}</p>
      ) : (
        <Table
          caption={t('staff.deliveriesCaption', { attempts: d.attempts })}
          firstCellIsHeader
          columns={[{ header: t('staff.colReference') }, { header: t('staff.colSubmitted') }, { header: t('staff.colAttempts'), numeric: true }, { header: t('staff.colLastError') }, { header: '' }]}
          rows={d.rows.map((r) => [
            r.reference,
            formatDateTime(r.createdAt),
            String(r.attempts),
            r.lastError,
            <Form key="f" method="post">
              <CsrfInput />
              <input type="hidden" name="outboxId" value={r.id} />
              <Button type="submit" variant="secondary" className="mb-0">
                {t('staff.resend')}
                <span className="sr-only"> {r.reference}</span>
              </Button>
            </Form>,
          ])}
        />
      )}
    </StaffFrame>
  )
}
