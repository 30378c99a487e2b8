// Every force a tenant could be, from shared/data/forces.csv (ONS Police Force Areas, Open Government Licence
// v3.0, joined with data.police.uk force ids). `prefix` starts every reference number; once a report has used it
// it must never change or be given to another force (forces.test.ts checks they are unique).

export interface Force {
  id: string
  name: string
  /** The Welsh name, for the four Welsh forces. */
  nameCy?: string
  prefix: string
  welsh: boolean
}

export const forces: readonly Force[] = [
  { id: 'metropolitan', name: 'Metropolitan Police Service', prefix: 'MET', welsh: false },
  { id: 'cumbria', name: 'Cumbria Constabulary', prefix: 'CUM', welsh: false },
  { id: 'lancashire', name: 'Lancashire Constabulary', prefix: 'LAN', welsh: false },
  { id: 'merseyside', name: 'Merseyside Police', prefix: 'MER', welsh: false },
  { id: 'greater-manchester', name: 'Greater Manchester Police', prefix: 'GMP', welsh: false },
  { id: 'cheshire', name: 'Cheshire Constabulary', prefix: 'CHE', welsh: false },
  { id: 'northumbria', name: 'Northumbria Police', prefix: 'NBR', welsh: false },
  { id: 'durham', name: 'Durham Constabulary', prefix: 'DUR', welsh: false },
  { id: 'north-yorkshire', name: 'North Yorkshire Police', prefix: 'NYP', welsh: false },
  { id: 'west-yorkshire', name: 'West Yorkshire Police', prefix: 'WYP', welsh: false },
  { id: 'south-yorkshire', name: 'South Yorkshire Police', prefix: 'SYP', welsh: false },
  { id: 'humberside', name: 'Humberside Police', prefix: 'HUM', welsh: false },
  { id: 'cleveland', name: 'Cleveland Police', prefix: 'CLE', welsh: false },
  { id: 'west-midlands', name: 'West Midlands Police', prefix: 'WMP', welsh: false },
  { id: 'staffordshire', name: 'Staffordshire Police', prefix: 'STA', welsh: false },
  { id: 'west-mercia', name: 'West Mercia Police', prefix: 'WME', welsh: false },
  { id: 'warwickshire', name: 'Warwickshire Police', prefix: 'WAR', welsh: false },
  { id: 'derbyshire', name: 'Derbyshire Constabulary', prefix: 'DER', welsh: false },
  { id: 'nottinghamshire', name: 'Nottinghamshire Police', prefix: 'NOT', welsh: false },
  { id: 'lincolnshire', name: 'Lincolnshire Police', prefix: 'LIN', welsh: false },
  { id: 'leicestershire', name: 'Leicestershire Police', prefix: 'LEI', welsh: false },
  { id: 'northamptonshire', name: 'Northamptonshire Police', prefix: 'NTH', welsh: false },
  { id: 'cambridgeshire', name: 'Cambridgeshire Constabulary', prefix: 'CAM', welsh: false },
  { id: 'norfolk', name: 'Norfolk Constabulary', prefix: 'NFK', welsh: false },
  { id: 'suffolk', name: 'Suffolk Constabulary', prefix: 'SFK', welsh: false },
  { id: 'bedfordshire', name: 'Bedfordshire Police', prefix: 'BED', welsh: false },
  { id: 'hertfordshire', name: 'Hertfordshire Constabulary', prefix: 'HRT', welsh: false },
  { id: 'essex', name: 'Essex Police', prefix: 'ESX', welsh: false },
  { id: 'thames-valley', name: 'Thames Valley Police', prefix: 'TVP', welsh: false },
  { id: 'hampshire', name: 'Hampshire Constabulary', prefix: 'HAM', welsh: false },
  { id: 'surrey', name: 'Surrey Police', prefix: 'SUR', welsh: false },
  { id: 'kent', name: 'Kent Police', prefix: 'KEN', welsh: false },
  { id: 'sussex', name: 'Sussex Police', prefix: 'SUS', welsh: false },
  { id: 'city-of-london', name: 'City of London Police', prefix: 'COL', welsh: false },
  { id: 'devon-and-cornwall', name: 'Devon & Cornwall Police', prefix: 'DCP', welsh: false },
  { id: 'avon-and-somerset', name: 'Avon and Somerset Constabulary', prefix: 'ASP', welsh: false },
  { id: 'gloucestershire', name: 'Gloucestershire Constabulary', prefix: 'GLO', welsh: false },
  { id: 'wiltshire', name: 'Wiltshire Police', prefix: 'WIL', welsh: false },
  { id: 'dorset', name: 'Dorset Police', prefix: 'DOR', welsh: false },
  { id: 'north-wales', name: 'North Wales Police', nameCy: 'Heddlu Gogledd Cymru', prefix: 'NWP', welsh: true },
  { id: 'gwent', name: 'Gwent Police', nameCy: 'Heddlu Gwent', prefix: 'GWE', welsh: true },
  { id: 'south-wales', name: 'South Wales Police', nameCy: 'Heddlu De Cymru', prefix: 'SWP', welsh: true },
  { id: 'dyfed-powys', name: 'Dyfed-Powys Police', nameCy: 'Heddlu Dyfed-Powys', prefix: 'DPP', welsh: true },
  { id: 'northern-ireland', name: 'Police Service of Northern Ireland', prefix: 'PNI', welsh: false },
  { id: 'btp', name: 'British Transport Police', prefix: 'BTP', welsh: false },
  { id: 'police-scotland', name: 'Police Scotland', prefix: 'SCO', welsh: false },
]

const byId = new Map(forces.map((force) => [force.id, force]))

export function getForce(forceId: string): Force | undefined {
  return byId.get(forceId)
}

/** The stable three-letter reference prefix of a force, e.g. 'leicestershire' → 'LEI'. Throws for an unknown id. */
export function forcePrefix(forceId: string): string {
  const force = byId.get(forceId)
  if (!force) throw new RangeError(`Unknown force id "${forceId}": see shared/data/forces.csv`)
  return force.prefix
}
