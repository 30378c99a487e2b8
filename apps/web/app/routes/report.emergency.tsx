import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BackLink } from '@bluelamp/ui'
import { frontDoorEmergencyLoader } from '../lib/journey/front-door.server.ts'
import { FRONT_DOOR_PATH } from '../lib/journey/front-door.ts'
import { EmergencyCall } from '../components/journey/outcome.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = frontDoorEmergencyLoader

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  journeyMeta(matches, [(t) => t('journey.outcome.emergencyTitle')], (t, site) => t('meta.emergency', site))

/** The front door's 999 stop, drawn as a journey's: the Shell shows quick exit on it, as on every front door page. */
export default function FrontDoorEmergency() {
  const { outcome } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="max-w-3xl">
      <BackLink href={FRONT_DOOR_PATH} className="mt-0">
        {t('frontDoor.back')}
      </BackLink>
      <EmergencyCall outcome={outcome} />
      <p>
        <a href={FRONT_DOOR_PATH}>{t('frontDoor.chooseAgain')}</a>
      </p>
    </div>
  )
}
