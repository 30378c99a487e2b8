import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Panel } from '@bluelamp/ui'
import { confirmationLoader } from '../lib/journey-submit.server.ts'
import { JourneyFrame } from '../components/journey/journey-frame.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/use-t.ts'

export const loader = confirmationLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [(t) => t('journey.confirmation.title'), data.service.title], (t, { force }) => t('meta.confirmation', { force })) : []

export default function Confirmation() {
  const page = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <JourneyFrame service={page.service}>
      <Panel title={t('journey.confirmation.title')}>
        {t('journey.confirmation.reference')}
        <strong data-journey="reference">{page.reference}</strong>
      </Panel>
      <p className="mb-6 text-lg">
        {page.email ? t('journey.confirmation.emailed', { email: page.email }) : t('journey.confirmation.noEmail')}
      </p>
      <h2 className="mb-4 text-2xl font-bold">{t('journey.confirmation.nextHeading')}</h2>
      <p className="mb-4">{t('journey.confirmation.next1', { force: page.forceName })}</p>
      <p className="mb-4">{t('journey.confirmation.next2')}</p>
      <p className="mb-6">{t('journey.confirmation.next3')}</p>
      <ul className="mb-6 space-y-2">
        <li>
          <a href="/track">{t('journey.confirmation.track')}</a>
        </li>
        <li>
          <a href={`/services/${page.service.id}/confirmation/print`}>{t('journey.confirmation.print')}</a>
        </li>
        <li>
          <a href="/services">{t('journey.confirmation.another')}</a>
        </li>
      </ul>
    </JourneyFrame>
  )
}
