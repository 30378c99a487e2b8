import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { Button, InsetText, WarningText } from '@bluelamp/ui'
import { ReportSomething } from '../components/journey/report-something.tsx'
import { NationalLanding } from '../components/national-landing.tsx'
import { forcesAtoZ, forceUrl } from '../lib/site/site.server.ts'
import { localeFor, tenantName } from '../lib/site/locale.server.ts'
import { servicesFor } from '../lib/journey/journey.server.ts'
import { useT } from '../lib/site/use-t.ts'
import { translator } from '../i18n/i18n.ts'
import { descriptionMeta } from '../components/journey/meta.ts'
import { sharePage } from '../lib/platform/shared-page.server.ts'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { site } = context
  sharePage(context)
  const url = new URL(request.url)
  if (site.kind === 'tenant') {
    const locale = await localeFor(request, site)
    return {
      kind: 'force' as const,
      forceName: tenantName(site.tenant, locale),
      locale,
      nonEmergency: site.tenant.contact.nonEmergency,
      services: servicesFor(site.tenant).map((s) => ({ id: s.id, title: s.title[locale] })),
    }
  }
  return {
    kind: 'national' as const,
    forces: forcesAtoZ().map((t) => ({ id: t.id, name: t.name, nameCy: t.nameCy, href: forceUrl(t, url) })),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (data?.kind === 'force') {
    const t = translator(data.locale)
    return [{ title: data.forceName }, { name: 'description', content: t('home.intro', { force: data.forceName }) }]
  }
  return [{ title: 'Find your police force – bluelamp' }, ...descriptionMeta(matches, (t) => t('meta.national'))]
}

export default function Index() {
  const data = useLoaderData<typeof loader>()
  return data.kind === 'force' ? <ForceHome forceName={data.forceName} nonEmergency={data.nonEmergency} services={data.services} /> : <NationalLanding forces={data.forces} />
}

function ForceHome({
  forceName,
  nonEmergency,
  services,
}: {
  forceName: string
  nonEmergency: string
  services: { id: string; title: string }[]
}) {
  const t = useT()
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold md:text-5xl">{t('home.title', { force: forceName })}</h1>
      <p className="mb-8 max-w-2xl text-xl">{t('home.intro', { force: forceName })}</p>
      <ReportSomething intro={t('frontDoor.startIntro')} />
      <h2 className="mb-4 text-2xl font-bold">{t('home.emergencyHeading')}</h2>
      <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('home.emergencyBody')}</WarningText>
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('home.nonEmergencyHeading')}</h2>
      <InsetText>{t('home.nonEmergencyBody', { number: nonEmergency })}</InsetText>
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('home.servicesHeading')}</h2>
      <ul className="mb-6 grid gap-x-8 gap-y-3 sm:grid-cols-2">
        {services.map((s) => (
          <li key={s.id}>
            <a className="text-lg text-link underline underline-offset-2" href={`/services/${s.id}`}>
              {s.title}
            </a>
          </li>
        ))}
      </ul>
      <Button asChild variant="secondary">
        <a href="/services">{t('home.allServices')}</a>
      </Button>
    </>
  )
}
