// The national catalogue: every service, in the order the app lists them.
import type { Service } from '../types.ts'
import antisocialBehaviour from './antisocial-behaviour.ts'
import assault from './assault.ts'
import burglary from './burglary.ts'
import childAbuse from './child-abuse.ts'
import criminalDamage from './criminal-damage.ts'
import intimateImageAbuse from './intimate-image-abuse.ts'
import modernSlavery from './modern-slavery.ts'
import forcedMarriage from './forced-marriage.ts'
import fgm from './fgm.ts'
import dashcamEvidence from './dashcam-evidence.ts'
import domesticAbuse from './domestic-abuse.ts'
import foundProperty from './found-property.ts'
import generalEnquiry from './general-enquiry.ts'
import hateCrime from './hate-crime.ts'
import lostProperty from './lost-property.ts'
import publicHealthBreach from './public-health-breach.ts'
import roadTrafficCollision from './road-traffic-collision.ts'
import sighting from './sighting.ts'
import spiking from './spiking.ts'
import stalkingHarassment from './stalking-harassment.ts'
import theft from './theft.ts'
import vehicleCrime from './vehicle-crime.ts'

export const services: readonly Service[] = [
  theft,
  burglary,
  criminalDamage,
  vehicleCrime,
  assault,
  hateCrime,
  domesticAbuse,
  stalkingHarassment,
  childAbuse,
  fgm,
  forcedMarriage,
  modernSlavery,
  intimateImageAbuse,
  spiking,
  antisocialBehaviour,
  roadTrafficCollision,
  lostProperty,
  foundProperty,
  dashcamEvidence,
  publicHealthBreach,
  generalEnquiry,
  sighting,
]

/**
 * Services that exist but are off nationally until switched on. To switch one on for every force, delete
 * its line. A force can switch one on early with `enabledServices` in its theme options.
 */
export const offByDefault: readonly string[] = [
  'public-health-breach',
]

export const serviceIds: readonly string[] = services.map((s) => s.id)

const byId = new Map(services.map((s) => [s.id, s]))

export function getService(id: string): Service | undefined {
  return byId.get(id)
}
