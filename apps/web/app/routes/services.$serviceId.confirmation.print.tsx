import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { SummaryList } from '@bluelamp/ui'
import { confirmationLoader } from '../lib/journey-submit.server.ts'
import { JourneyFrame } from '../components/journey/journey-frame.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useLocale, useT } from '../lib/use-t.ts'

export const loader = confirmationLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [data.reference, data.service.title], (t, { force }) => t('meta.print', { force })) : []

/** A copy of the report as sent: the questions as asked and the answers as given. */
export default function PrintableCopy() {
  const page = useLoaderData<typeof loader>()
  const t = useT()
  const locale = useLocale()
  const sent = new Intl.DateTimeFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(new Date(page.submittedAt))
  return (
    <JourneyFrame service={page.service} backHref={`/services/${page.service.id}/confirmation`}>
      <span className="mb-1 block text-lg text-secondary-text">{page.service.title}</span>
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('journey.confirmation.printTitle', { force: page.forceName })}</h1>
      <p className="mb-2 text-xl">
        {t('journey.confirmation.reference')}: <strong data-journey="reference">{page.reference}</strong>
      </p>
      <p className="mb-6">{t('journey.confirmation.sentOn', { date: sent })}</p>
      <p className="mb-6 text-secondary-text print:hidden">{t('journey.confirmation.printHint')}</p>
      <SummaryList rows={page.rows.map((row) => ({ key: row.question, value: row.answer }))} />
    </JourneyFrame>
  )
}
