import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, FormField, NotificationBanner, Table, Tag, TextInput } from '@bluelamp/ui'
import { CsrfInput } from '../components/csrf-input.tsx'
import { ActionForm } from '../components/staff/action-form.tsx'
import { StaffFrame, formatDateTime } from '../components/staff/staff-frame.tsx'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { MAX_KEY_NAME } from '../lib/staff/integrations-schema.ts'
import { audit } from '../lib/staff/audit.server.ts'
import { staffData } from '../lib/staff/data.server.ts'
import { allowLocalHttp, INTEGRATIONS_PATH, runIntegrationAction } from '../lib/staff/integrations.server.ts'
import { takeOneTime } from '../lib/staff/once.server.ts'
import { requireStaff } from '../lib/staff/session.server.ts'
import { keyFromData } from '../i18n/i18n.ts'
import { useT } from '../lib/site/use-t.ts'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'
import { staffMeta } from '../components/journey/meta.ts'

/** The force's API keys and push endpoint: admins only. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireStaff(request, context, 'admin')
  const db = staffData(context.services.database)
  const [keys, overview] = await Promise.all([db.listApiKeys(user.tenantId), db.getEndpointOverview(user.tenantId)])
  const once = await takeOneTime(request, context, user, INTEGRATIONS_PATH)
  await audit(context, request, user.tenantId, user.actor, { action: 'integrations.view', detail: once.payload?.secret ? { shown: once.payload.secret.kind } : {} })
  const iso = (d: Date | null) => d?.toISOString() ?? null
  const { endpoint, lastDelivery } = overview
  return data(
    {
      user: { name: user.name, role: user.role },
      once: once.payload,
      localHttp: allowLocalHttp(context),
      keys: keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, createdAt: k.createdAt.toISOString(), lastUsedAt: iso(k.lastUsedAt), revokedAt: iso(k.revokedAt) })),
      endpoint: endpoint ? { url: endpoint.url, disabledAt: iso(endpoint.disabledAt) } : null,
      lastDelivery: lastDelivery
        ? { status: lastDelivery.status, attempts: lastDelivery.attempts, error: lastDelivery.lastError ?? '', deliveredAt: iso(lastDelivery.deliveredAt), nextAttemptAt: lastDelivery.nextAttemptAt.toISOString() }
        : null,
      deadLetters: overview.deadLetters,
    },
    once.clear ? { headers: { 'Set-Cookie': once.clear } } : undefined,
  )
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const user = await requireStaff(request, context, 'admin')
  return pageShowsErrors(context, data(await runIntegrationAction(request, context, user, form), { status: 400 }))
}

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'staff.integrationsTitle')

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>

function lastDeliveryText(t: ReturnType<typeof useT>, last: LoaderData['lastDelivery']): string {
  if (!last) return t('staff.lastDeliveryNone')
  if (last.status === 'delivered') return t('staff.lastDeliveryDelivered', { when: formatDateTime(last.deliveredAt ?? last.nextAttemptAt) })
  if (last.status === 'dead') return t('staff.lastDeliveryDead', { attempts: last.attempts, error: last.error })
  if (last.status === 'processing') return t('staff.lastDeliveryProcessing')
  return last.error ? t('staff.lastDeliveryRetrying', { error: last.error, when: formatDateTime(last.nextAttemptAt) }) : t('staff.lastDeliveryWaiting')
}

export default function StaffIntegrations() {
  const t = useT()
  const d = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>()
  const err = (name: string) => (failed?.errors[name] ? t(keyFromData(failed.errors[name]!), { max: MAX_KEY_NAME }) : undefined)
  const value = (name: string) => failed?.values[name] ?? ''
  const endpoint = d.endpoint
  return (
    <StaffFrame user={d.user} current="integrations">
      {failed ? <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={Object.keys(failed.errors).map((f) => ({ href: `#${f}`, text: err(f)! }))} /> : null}
      {d.once ? (
        <NotificationBanner type="success" title={d.once.secret ? t(keyFromData(d.once.message), d.once.vars) : t('staff.saved')} data-once="">
          {d.once.secret ? (
            <>
              <p className="mb-4 text-lg font-bold">{t('staff.copyNow')}</p>
              <FormField id="new-secret" label={t(d.once.secret.kind === 'api-key' ? 'staff.newKeyLabel' : 'staff.newSecretLabel')} className="mb-0">
                <TextInput name="new-secret" readOnly value={d.once.secret.value} spellCheck={false} autoComplete="off" className="font-mono" data-one-time-secret="" />
              </FormField>
            </>
          ) : (
            <p className="text-lg">{t(keyFromData(d.once.message), d.once.vars)}</p>
          )}
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('staff.integrationsTitle')}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t('staff.integrationsIntro')}</p>

      <h2 className="mb-4 text-2xl font-bold">{t('staff.keysHeading')}</h2>
      <p className="mb-6 max-w-3xl">{t('staff.keysIntro')}</p>
      {d.keys.length === 0 ? (
        <p className="mb-8">{t('staff.keysNone')}</p>
      ) : (
        <Table
          caption={t('staff.keysCaption')}
          captionSize="s"
          firstCellIsHeader
          columns={[{ header: t('staff.colKeyName') }, { header: t('staff.colKeyPrefix') }, { header: t('staff.colCreated') }, { header: t('staff.colLastUsed') }, { header: t('staff.colState') }, { header: <span className="sr-only">{t('staff.colAction')}</span> }]}
          rows={d.keys.map((k) => [
            <span key="n" className="break-words">{k.name}</span>,
            <code key="p" className="font-mono">{k.prefix}…</code>,
            formatDateTime(k.createdAt),
            k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('staff.neverUsed'),
            k.revokedAt ? (
              <span key="s">
                <Tag status="muted">{t('staff.keyRevokedTag')}</Tag> <span className="block text-secondary-text">{t('staff.since', { when: formatDateTime(k.revokedAt) })}</span>
              </span>
            ) : (
              <Tag key="s" status="success">{t('staff.keyLive')}</Tag>
            ),
            k.revokedAt ? null : (
              <Form key="f" method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="revoke-key" />
                <input type="hidden" name="keyId" value={k.id} />
                <Button type="submit" variant="warning" className="mb-0">
                  {t('staff.revokeKey')}
                  <span className="sr-only"> {k.name}</span>
                </Button>
              </Form>
            ),
          ])}
        />
      )}
      <div className="mb-12 max-w-2xl">
        <h3 className="mb-4 text-xl font-bold">{t('staff.createKeyHeading')}</h3>
        <ActionForm intent="create-key" submit={t('staff.createKey')}>
          <FormField id="name" label={t('staff.keyNameLabel')} hint={t('staff.keyNameHint', { max: MAX_KEY_NAME })} error={err('name')}>
            <TextInput name="name" defaultValue={value('name')} maxLength={MAX_KEY_NAME + 20} autoComplete="off" />
          </FormField>
        </ActionForm>
      </div>

      <h2 className="mb-4 text-2xl font-bold">{t('staff.endpointHeading')}</h2>
      <p className="mb-6 max-w-3xl">{t('staff.endpointIntro')}</p>
      {endpoint ? (
        <>
          <Table
            caption={t('staff.endpointCaption')}
            captionSize="s"
            firstCellIsHeader
            columns={[{ header: t('staff.colAddress') }, { header: t('staff.colState') }, { header: t('staff.colLastDelivery') }]}
            rows={[
              [
                <span key="u" className="break-all font-normal" data-endpoint-url="">{endpoint.url}</span>,
                endpoint.disabledAt ? (
                  <span key="s">
                    <Tag status="muted">{t('staff.endpointOff')}</Tag> <span className="block text-secondary-text">{t('staff.since', { when: formatDateTime(endpoint.disabledAt) })}</span>
                  </span>
                ) : (
                  <Tag key="s" status="success">{t('staff.endpointOn')}</Tag>
                ),
                <span key="l" className="break-words">
                  {lastDeliveryText(t, d.lastDelivery)}
                  {d.deadLetters > 0 ? (
                    <a className="mt-1 block text-link underline" href="/staff/deliveries">
                      {t('staff.deadLettersLink', { count: d.deadLetters })}
                    </a>
                  ) : null}
                </span>,
              ],
            ]}
          />
          <div className="grid gap-8 lg:grid-cols-2">
            <div>
              <h3 className="mb-4 text-xl font-bold">{t('staff.changeEndpointHeading')}</h3>
              <ActionForm intent="change-endpoint" submit={t('staff.changeEndpoint')} variant="secondary">
                <FormField id="url" label={t('staff.changeEndpointLabel')} hint={t('staff.changeEndpointHint')} error={err('url')}>
                  <TextInput name="url" type="url" defaultValue={value('url') || endpoint.url} spellCheck={false} autoComplete="off" />
                </FormField>
              </ActionForm>
            </div>
            <div>
              <h3 className="mb-4 text-xl font-bold">{t('staff.switchHeading')}</h3>
              <ActionForm intent={endpoint.disabledAt ? 'enable-endpoint' : 'disable-endpoint'} submit={t(endpoint.disabledAt ? 'staff.enableEndpoint' : 'staff.disableEndpoint')} variant="secondary">
                <p className="mb-4">{t(endpoint.disabledAt ? 'staff.switchOnHint' : 'staff.switchOffHint')}</p>
              </ActionForm>
            </div>
            <div>
              <h3 className="mb-4 text-xl font-bold">{t('staff.rotateHeading')}</h3>
              <ActionForm intent="rotate-endpoint" submit={t('staff.rotateEndpoint')} variant="secondary">
                <p className="mb-4">{t('staff.rotateHint')}</p>
              </ActionForm>
            </div>
            <div>
              <h3 className="mb-4 text-xl font-bold">{t('staff.removeHeading')}</h3>
              <ActionForm intent="remove-endpoint" submit={t('staff.removeEndpoint')} variant="warning">
                <p className="mb-4">{t('staff.removeHint')}</p>
              </ActionForm>
            </div>
          </div>
        </>
      ) : (
        <>
          <p className="mb-6">{t('staff.endpointNone')}</p>
          <div className="max-w-2xl">
            <h3 className="mb-4 text-xl font-bold">{t('staff.addEndpointHeading')}</h3>
            <ActionForm intent="add-endpoint" submit={t('staff.addEndpoint')}>
              <FormField id="url" label={t('staff.endpointUrlLabel')} hint={t(d.localHttp ? 'staff.endpointUrlHintLocal' : 'staff.endpointUrlHint')} error={err('url')}>
                <TextInput name="url" type="url" defaultValue={value('url')} spellCheck={false} autoComplete="off" />
              </FormField>
            </ActionForm>
          </div>
        </>
      )}
    </StaffFrame>
  )
}
