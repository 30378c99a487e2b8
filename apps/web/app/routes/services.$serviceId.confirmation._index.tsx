import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, Panel } from '@bluelamp/ui'
import { confirmationLoader, showCopyAction } from '../lib/journey/submit.server.ts'
import { CsrfInput } from '../components/csrf-input.tsx'
import { JourneyFrame } from '../components/journey/journey-frame.tsx'
import { ReportCopy } from '../components/journey/report-copy.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = confirmationLoader
export const action = showCopyAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [(t) => (data.receivedElsewhere ? t('journey.routing.sentTo', { force: data.forceName }) : t('journey.confirmation.title')), data.service.title], (t, { force }) => t('meta.confirmation', { force: data.forceName || force })) : []

const NEXT2 = {
  usual: 'journey.confirmation.next2',
  anonymous: 'journey.confirmation.next2Anonymous',
  safe: 'journey.confirmation.next2Safe',
  'not-safe': 'journey.confirmation.next2NotSafe',
} as const

export default function Confirmation() {
  const loaded = useLoaderData<typeof loader>()
  // A sensitive journey's copy arrives only as the answer to "Show a copy of your report".
  const copy = useActionData<typeof action>()
  const page = copy ?? loaded
  const t = useT()
  const locale = useLocale()
  return (
    <JourneyFrame service={page.service}>
      <Panel title={page.receivedElsewhere ? t('journey.routing.sentTo', { force: page.forceName }) : t('journey.confirmation.title')}>
        {t('journey.confirmation.reference')}
        <strong data-journey="reference">{page.reference}</strong>
      </Panel>
      {/* A long email address wraps rather than pushing the page wider than a 320px screen. */}
      <p className="mb-6 text-lg [overflow-wrap:anywhere]" data-journey="emailed">
        {page.email ? t('journey.confirmation.emailed', { email: page.email }) : t('journey.confirmation.noEmail')}
      </p>
      {page.notEmailed ? <p className="mb-6">{t('journey.confirmation.notEmailed')}</p> : null}
      {page.receivedElsewhere ? <p className="mb-6 text-lg">{t('journey.routing.sentBecause', { force: page.forceName })}</p> : null}
      <h2 className="mb-4 text-2xl font-bold">{t('journey.confirmation.nextHeading')}</h2>
      <p className="mb-4">{t('journey.confirmation.next1', { force: page.forceName })}</p>
      <p className="mb-4" data-journey="contact-note">
        {t(NEXT2[page.contactNote])}
      </p>
      <p className="mb-6">{t('journey.confirmation.next3')}</p>
      <ul className="mb-6 space-y-2">
        <li>
          {page.receivedElsewhere ? (
            <a href={page.receivedElsewhere.trackUrl}>{t('journey.routing.trackThere', { force: page.forceName })}</a>
          ) : (
            <a href="/track">{t('journey.confirmation.track')}</a>
          )}
        </li>
        {page.service.sensitive ? null : (
          <li>
            <a href={`/services/${page.service.id}/confirmation/print`}>{t('journey.confirmation.print')}</a>
          </li>
        )}
        <li>
          <a href="/services">{t('journey.confirmation.another')}</a>
        </li>
      </ul>
      {page.links.length > 0 ? (
        <section aria-labelledby="also-heading" data-journey="also" className="mb-6">
          <h2 id="also-heading" className="mb-4 text-2xl font-bold">
            {t('journey.confirmation.alsoHeading')}
          </h2>
          <ul className="list-disc space-y-2 pl-6">
            {page.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} rel="noreferrer">
                  {l.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {page.service.sensitive && !copy ? (
        <Form method="post" reloadDocument className="mb-6">
          <CsrfInput />
          <p className="mb-4">{t('journey.confirmation.copyHint')}</p>
          <Button variant="secondary">{t('journey.confirmation.showCopy')}</Button>
        </Form>
      ) : null}
      {copy?.rows ? <ReportCopy page={{ ...copy, rows: copy.rows }} t={t} locale={locale} heading={2} /> : null}
    </JourneyFrame>
  )
}
