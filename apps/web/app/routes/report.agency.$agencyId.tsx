import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BackLink } from '@bluelamp/ui'
import { frontDoorAgencyLoader } from '../lib/journey/front-door.server.ts'
import { FRONT_DOOR_PATH } from '../lib/journey/front-door.ts'
import { AgencyContact } from '../components/journey/outcome.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = frontDoorAgencyLoader

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data
    ? journeyMeta(matches, [(t) => t('journey.outcome.redirectTitle', { agency: data.agency.name })], (t, { force }) =>
        t('meta.frontDoorAgency', { agency: data.agency.name, force }),
      )
    : []

/** Another agency deals with this: who, why, and how to reach them, drawn as a journey's redirect page draws it. */
export default function FrontDoorAgency() {
  const { agency, why, forceName, nonEmergency } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="max-w-3xl">
      <BackLink href={FRONT_DOOR_PATH} className="mt-0">
        {t('frontDoor.back')}
      </BackLink>
      <AgencyContact agency={agency} lead={t('frontDoor.agencyLead')} why={why} />
      <p className="mb-4">{t('frontDoor.rather', { force: forceName, number: nonEmergency })}</p>
      <ul className="space-y-2">
        <li>
          <a href={FRONT_DOOR_PATH}>{t('frontDoor.chooseAgain')}</a>
        </li>
        <li>
          <a href="/services">{t('frontDoor.allServices')}</a>
        </li>
      </ul>
    </div>
  )
}
