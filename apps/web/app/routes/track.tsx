import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { formatUk } from '@bluelamp/triage/uk-time'
import { Button, FormField, SummaryList, Tag, TextInput } from '@bluelamp/ui'
import { CsrfInput } from '../components/csrf-input.tsx'
import { requireCsrf } from '../lib/security/csrf.server.ts'
import { requireWithinLimit } from '../lib/security/rate-limit.server.ts'
import { trackReport, type TrackFieldErrors } from '../lib/journey/track.server.ts'
import type { MessageKey } from '../i18n/i18n.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'
import { descriptionMeta, titleWithErrors } from '../components/journey/meta.ts'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { pageShowsErrors } from '../lib/platform/page-errors.server.ts'

export async function loader({ context }: LoaderFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  await requireCsrf(request, form)
  await requireWithinLimit(request, context, 'track')
  const result = await trackReport(context.services.database, context.site.tenant.id, form)
  if (result.kind !== 'found') return pageShowsErrors(context, result)
  const { view } = result
  return {
    kind: 'found' as const,
    view: {
      reference: view.reference,
      status: view.status,
      submittedAt: view.submittedAt.toISOString(),
      updatedAt: view.updatedAt.toISOString(),
      events: view.events.map((e) => ({ kind: e.kind, text: typeof e.body.text === 'string' ? e.body.text : null, createdAt: e.createdAt.toISOString() })),
    },
  }
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === 'root')?.data as { tenant?: { name: string }; locale?: string } | undefined
  const title = root?.locale === 'cy' ? 'Dilyn adroddiad' : 'Track a report'
  return [
    { title: titleWithErrors(matches, root?.tenant ? `${title} – ${root.tenant.name}` : title) },
    ...descriptionMeta(matches, (t, { force }) => t('meta.track', { force })),
  ]
}

const STATUS_KEYS: Record<string, MessageKey> = {
  received: 'track.statusReceived',
  in_review: 'track.statusInReview',
  crime_recorded: 'track.statusCrimeRecorded',
  no_further_action: 'track.statusNoFurtherAction',
  transferred: 'track.statusTransferred',
}
const STATUS_TAGS: Record<string, 'neutral' | 'active' | 'success' | 'muted'> = {
  received: 'neutral',
  in_review: 'active',
  crime_recorded: 'active',
  no_further_action: 'muted',
  transferred: 'muted',
}
const ERROR_KEYS: Record<NonNullable<TrackFieldErrors[keyof TrackFieldErrors]>, MessageKey> = {
  referenceMissing: 'track.referenceMissing',
  referenceInvalid: 'track.referenceInvalid',
  proofMissing: 'track.proofMissing',
}

const EVENT_KEYS: Record<string, MessageKey> = {
  submitted: 'track.eventSubmitted',
  status_changed: 'track.eventStatus',
  public_update: 'track.eventUpdate',
}

export default function Track() {
  const t = useT()
  const locale = useLocale()
  const result = useActionData<typeof action>()
  const date = (iso: string) => formatUk(iso, locale)

  if (result?.kind === 'found') {
    const { view } = result
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('track.resultTitle', { reference: view.reference })}</h1>
        <SummaryList
          className="mb-8"
          rows={[
            { key: t('track.status'), value: <Tag status={STATUS_TAGS[view.status] ?? 'neutral'}>{t(STATUS_KEYS[view.status] ?? 'track.statusReceived')}</Tag> },
            { key: t('track.submitted'), value: date(view.submittedAt) },
            { key: t('track.lastUpdated'), value: date(view.updatedAt) },
          ]}
        />
        <h2 className="mb-4 text-2xl font-bold">{t('track.updatesHeading')}</h2>
        {view.events.length === 0 ? (
          <p className="mb-8 text-lg">{t('track.noUpdates')}</p>
        ) : (
          <ol className="mb-8 space-y-4">
            {view.events.map((event, index) => (
              <li key={index} className="border-l-4 border-border pl-4">
                <p className="font-bold">{t(EVENT_KEYS[event.kind] ?? 'track.eventOther')}</p>
                <p className="text-secondary-text">{date(event.createdAt)}</p>
                {event.text ? <p className="mt-1 whitespace-pre-line">{event.text}</p> : null}
              </li>
            ))}
          </ol>
        )}
        <p className="text-lg">
          <a className="text-link underline" href="/track">
            {t('track.another')}
          </a>
        </p>
      </>
    )
  }

  const errors = result?.kind === 'invalid' ? result.errors : {}
  const values = result ? result.values : { reference: '', proof: '' }
  const summary = [
    ...(errors.reference ? [{ href: '#reference', text: t(ERROR_KEYS[errors.reference]) }] : []),
    ...(errors.proof ? [{ href: '#proof', text: t(ERROR_KEYS[errors.proof]) }] : []),
  ]
  return (
    <div className="max-w-2xl">
      {summary.length > 0 ? <PageErrorSummary title={t('track.errorSummaryTitle')} errors={summary} /> : null}
      {result?.kind === 'not-found' ? (
        <PageErrorSummary title={t('track.errorSummaryTitle')} errors={[{ href: '#reference', text: t('track.notFound') }]} />
      ) : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('track.title')}</h1>
      <p className="mb-6 text-lg">{t('track.intro')}</p>
      <Form method="post" noValidate>
        <CsrfInput />
        <FormField id="reference" label={t('track.referenceLabel')} hint={t('track.referenceHint')} error={errors.reference ? t(ERROR_KEYS[errors.reference]) : undefined}>
          <TextInput name="reference" defaultValue={values.reference} autoComplete="off" spellCheck={false} autoCapitalize="characters" width="20" />
        </FormField>
        <FormField id="proof" label={t('track.proofLabel')} hint={t('track.proofHint')} error={errors.proof ? t(ERROR_KEYS[errors.proof]) : undefined}>
          <TextInput name="proof" defaultValue={values.proof} autoComplete="off" spellCheck={false} />
        </FormField>
        <Button type="submit">{t('track.submit')}</Button>
      </Form>
      <p className="mt-8 text-lg">{t('track.needHelp')}</p>
    </div>
  )
}
