/**
 * What the national force list (forces.csv) does not say: each force's web address label, a short name where the
 * official name does not shorten by rule, Welsh names, and non-standard numbers. Addresses follow the forces' real
 * `police.uk` domains so they are realistic and unique.
 */
export interface ForceFacts {
  /** `www.<host>.police.uk` (or a whole hostname when it contains a dot). */
  host: string
  shortName?: string
  nameCy?: string
  nonEmergency?: string
  textphone?: string
}

export const FORCE_FACTS: Readonly<Record<string, ForceFacts>> = {
  metropolitan: { host: 'met', shortName: 'Met Police' },
  cumbria: { host: 'cumbria' },
  lancashire: { host: 'lancashire' },
  merseyside: { host: 'merseyside' },
  'greater-manchester': { host: 'gmp', shortName: 'Greater Manchester' },
  cheshire: { host: 'cheshire' },
  northumbria: { host: 'northumbria' },
  durham: { host: 'durham' },
  'north-yorkshire': { host: 'northyorkshire' },
  'west-yorkshire': { host: 'westyorkshire' },
  'south-yorkshire': { host: 'southyorkshire' },
  humberside: { host: 'humberside' },
  cleveland: { host: 'cleveland' },
  'west-midlands': { host: 'west-midlands' },
  staffordshire: { host: 'staffordshire' },
  'west-mercia': { host: 'westmercia' },
  warwickshire: { host: 'warwickshire' },
  derbyshire: { host: 'derbyshire' },
  nottinghamshire: { host: 'nottinghamshire' },
  lincolnshire: { host: 'lincs' },
  leicestershire: { host: 'leics' },
  northamptonshire: { host: 'northants' },
  cambridgeshire: { host: 'cambs' },
  norfolk: { host: 'norfolk' },
  suffolk: { host: 'suffolk' },
  bedfordshire: { host: 'beds' },
  hertfordshire: { host: 'herts' },
  essex: { host: 'essex' },
  'thames-valley': { host: 'thamesvalley' },
  hampshire: { host: 'hampshire' },
  surrey: { host: 'surrey' },
  kent: { host: 'kent' },
  sussex: { host: 'sussex' },
  'city-of-london': { host: 'cityoflondon' },
  'devon-and-cornwall': { host: 'devon-cornwall' },
  'avon-and-somerset': { host: 'avonandsomerset' },
  gloucestershire: { host: 'gloucestershire' },
  wiltshire: { host: 'wiltshire' },
  dorset: { host: 'dorset' },
  'north-wales': { host: 'north-wales', nameCy: 'Heddlu Gogledd Cymru' },
  gwent: { host: 'gwent', nameCy: 'Heddlu Gwent' },
  'south-wales': { host: 'south-wales', nameCy: 'Heddlu De Cymru' },
  'dyfed-powys': { host: 'dyfed-powys', nameCy: 'Heddlu Dyfed-Powys' },
  'northern-ireland': { host: 'psni', shortName: 'PSNI' },
  btp: { host: 'btp', shortName: 'BTP', nonEmergency: '0800 40 50 40', textphone: '18001 0800 40 50 40' },
  'police-scotland': { host: 'scotland', shortName: 'Police Scotland' },
}

/** "Cumbria Constabulary" → "Cumbria"; "Devon & Cornwall Police" → "Devon & Cornwall". */
export function shortNameOf(name: string): string {
  return name.replace(/\s+(Police Service|Police|Constabulary)$/, '').trim()
}
