// Reference prefixes already on issued references. A reference names its force for ever (track-my-report, the pull
// API, letters and emails quote it), so a force keeps its prefix and no other force may take it, even after a force
// leaves or merges. These are the 46 forces whose prefixes were in use when prefixes moved into the theme folders; the
// build already refuses two folders with one prefix. Never change or remove a line.
import { describe, expect, it } from 'vitest'
import { registry } from '../generated/registry.ts'

const ISSUED: Readonly<Record<string, string>> = {
  metropolitan: 'MET',
  cumbria: 'CUM',
  lancashire: 'LAN',
  merseyside: 'MER',
  'greater-manchester': 'GMP',
  cheshire: 'CHE',
  northumbria: 'NBR',
  durham: 'DUR',
  'north-yorkshire': 'NYP',
  'west-yorkshire': 'WYP',
  'south-yorkshire': 'SYP',
  humberside: 'HUM',
  cleveland: 'CLE',
  'west-midlands': 'WMP',
  staffordshire: 'STA',
  'west-mercia': 'WME',
  warwickshire: 'WAR',
  derbyshire: 'DER',
  nottinghamshire: 'NOT',
  lincolnshire: 'LIN',
  leicestershire: 'LEI',
  northamptonshire: 'NTH',
  cambridgeshire: 'CAM',
  norfolk: 'NFK',
  suffolk: 'SFK',
  bedfordshire: 'BED',
  hertfordshire: 'HRT',
  essex: 'ESX',
  'thames-valley': 'TVP',
  hampshire: 'HAM',
  surrey: 'SUR',
  kent: 'KEN',
  sussex: 'SUS',
  'city-of-london': 'COL',
  'devon-and-cornwall': 'DCP',
  'avon-and-somerset': 'ASP',
  gloucestershire: 'GLO',
  wiltshire: 'WIL',
  dorset: 'DOR',
  'north-wales': 'NWP',
  gwent: 'GWE',
  'south-wales': 'SWP',
  'dyfed-powys': 'DPP',
  'northern-ireland': 'PNI',
  btp: 'BTP',
  'police-scotland': 'SCO',
}

describe('reference prefixes', () => {
  it('stay what each force has issued', () => {
    for (const [id, prefix] of Object.entries(ISSUED)) if (registry.tenants[id]) expect(registry.tenants[id]!.referencePrefix, id).toBe(prefix)
    expect(Object.keys(ISSUED).filter((id) => registry.tenants[id])).toHaveLength(46)
  })

  it('are never taken by another force', () => {
    const owner = new Map(Object.entries(ISSUED).map(([id, prefix]) => [prefix, id]))
    for (const tenant of Object.values(registry.tenants)) {
      const issuedTo = owner.get(tenant.referencePrefix)
      if (issuedTo) expect(tenant.id, `prefix ${tenant.referencePrefix}`).toBe(issuedTo)
    }
  })
})
