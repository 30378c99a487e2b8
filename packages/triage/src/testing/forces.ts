// A few forces as the app describes them in TriageContext.forces: most on the platform, one with no area, one
// that is not on the platform, and one on the platform that does not offer theft.
import type { ForceInfo, ForceLookup } from '../cross-border.ts'

const force = (en: string, cy: string = en, more: Partial<ForceInfo> = {}): ForceInfo => ({
  name: { en, cy },
  onPlatform: true,
  hasArea: true,
  welsh: false,
  ...more,
})

export const FORCES: Readonly<Record<string, ForceInfo>> = {
  leicestershire: force('Leicestershire Police'),
  nottinghamshire: force('Nottinghamshire Police'),
  derbyshire: force('Derbyshire Constabulary'),
  'greater-manchester': force('Greater Manchester Police'),
  'dyfed-powys': force('Dyfed-Powys Police', 'Heddlu Dyfed-Powys', { welsh: true }),
  'south-wales': force('South Wales Police', 'Heddlu De Cymru', { welsh: true }),
  btp: force('British Transport Police', undefined, { hasArea: false }),
  'police-scotland': force('Police Scotland', undefined, { onPlatform: false, reportUrl: 'https://www.scotland.police.uk/' }),
  lincolnshire: force('Lincolnshire Police', undefined, { services: ['burglary'] }),
}

export const forces: ForceLookup = (id) => FORCES[id]
