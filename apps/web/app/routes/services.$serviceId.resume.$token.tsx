import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button, Panel } from '@bluelamp/ui'
import { resumeAction, resumeLoader } from '../lib/journey/start.server.ts'
import { JourneyFrame } from '../components/journey/journey-frame.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

/** The link in the "continue your report" email: sets this browser's cookie and goes on, or says it was sent or expired. */
export const loader = resumeLoader
export const action = resumeAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [(t) => t(data.reference ? 'journey.resume.sentTitle' : 'journey.resume.expiredTitle'), data.service.title], (t, { force }) => t('meta.resume', { force })) : []

export default function ResumeLink() {
  const { service, reference } = useLoaderData<typeof loader>()
  const t = useT()
  if (reference) {
    return (
      <JourneyFrame service={service}>
        <Panel title={t('journey.resume.sentTitle')}>
          {t('journey.confirmation.reference')}
          <strong data-journey="reference">{reference}</strong>
        </Panel>
        <p className="mb-6 text-lg">{t('journey.resume.sentBody', { reference })}</p>
        <p>
          <a href="/track">{t('journey.confirmation.track')}</a>
        </p>
      </JourneyFrame>
    )
  }
  return (
    <JourneyFrame service={service}>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('journey.resume.expiredTitle')}</h1>
      <p className="mb-8 text-lg">{t('journey.resume.expiredBody')}</p>
      <Button asChild>
        <a href={`/services/${service.id}`}>{t('journey.start.startNow')}</a>
      </Button>
    </JourneyFrame>
  )
}
