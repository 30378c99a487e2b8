import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { WarningText } from '@bluelamp/ui'
import { servicesLoader } from '../lib/journey/start.server.ts'
import { journeyMeta } from '../components/journey/meta.ts'
import { ServiceList } from '../components/journey/service-list.tsx'
import { ReportSomething } from '../components/journey/report-something.tsx'
import { useT } from '../lib/site/use-t.ts'

export const loader = servicesLoader

export const meta: MetaFunction<typeof loader> = ({ matches }) => journeyMeta(matches, [(t) => t('journey.services.title')], (t, { force }) => t('meta.services', { force }))

export default function Services() {
  const { forceName, services } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('journey.services.title')}</h1>
      <p className="mb-6 text-xl">{t('journey.services.intro', { force: forceName })}</p>
      <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('journey.services.emergency')}</WarningText>
      <ReportSomething intro={t('frontDoor.startIntroServices')} />
      <ServiceList services={services} />
    </div>
  )
}
