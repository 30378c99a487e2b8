import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { receivingForceLoader } from '../lib/journey/view.server.ts'
import { Caption, JourneyFrame } from '../components/journey/journey-frame.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = receivingForceLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? journeyMeta(matches, [(t) => t('journey.routing.title', { force: data.routing.force }), data.service.title], (t, { force }) =>
        t('meta.receivingForce', { force, receiving: data.routing.force }),
      )
    : []

/** Which force will receive the report and why: the answers are kept and the journey carries on (GOV.UK interruption page). */
export default function ReceivingForce() {
  const page = useLoaderData<typeof loader>()
  const t = useT()
  const { routing, service } = page
  return (
    <JourneyFrame service={service} backHref={page.backHref}>
      <Caption>{service.title}</Caption>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl" data-journey="receiving-force">
        {t('journey.routing.title', { force: routing.force })}
      </h1>
      <p className="mb-4 text-lg">{routing.why}</p>
      <p className="mb-8 text-lg">{t('journey.routing.kept', { force: routing.force })}</p>
      <Button asChild className="mb-6">
        <a href={page.next}>{t('journey.routing.continue')}</a>
      </Button>
      <p>
        <a href={routing.changeHref}>{routing.changeText === 'area' ? t('journey.routing.changeArea') : t('journey.routing.changePostcode')}</a>
      </p>
    </JourneyFrame>
  )
}
