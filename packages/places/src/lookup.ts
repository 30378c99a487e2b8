import { COUNCILS, DISTRICTS, FORCES } from './places-data.generated.ts'
import { parsePostcode } from './postcode.ts'

export interface Council {
  /** ONS local authority district code, e.g. "E06000016". */
  code: string
  name: string
}

export interface DistrictCouncil extends Council {
  /** The force whose area this council is in. */
  forceId: string
}

export type PostcodeLookup =
  | { kind: 'invalid' }
  /** A valid postcode whose district is not in the data (non-geographic, new since 2021, or made up). */
  | { kind: 'unknown'; postcode: string; outcode: string }
  | {
      kind: 'found'
      /** Normalised input: "LE1 1AA" or, for an outward code alone, "LE1". */
      postcode: string
      outcode: string
      /** The forces whose area the district touches (one unless it straddles a border). */
      forceIds: string[]
      /** The district touches more than one force area: the data cannot say which one a full postcode is in. */
      straddles: boolean
      councils: DistrictCouncil[]
    }

interface District {
  forceIds: string[]
  councils: DistrictCouncil[]
}

let districts: Map<string, District> | undefined

/** Decoded on first use, once: ~3,000 districts take a couple of milliseconds. */
function table(): Map<string, District> {
  if (districts) return districts
  const councils = COUNCILS.map(([code, name, force]) => ({ code, name, forceId: FORCES[force]!.id }))
  const map = new Map<string, District>()
  for (const record of DISTRICTS.split('|')) {
    const [outcode, forces, lads] = record.split(' ') as [string, string, string]
    map.set(outcode, {
      forceIds: forces.split('.').map((i) => FORCES[Number(i)]!.id),
      councils: lads ? lads.split('.').map((i) => councils[Number(i)]!) : [],
    })
  }
  districts = map
  return map
}

/** Which force(s) and councils a postcode or outward code belongs to, from its postcode district. */
export function lookupPostcode(input: string): PostcodeLookup {
  const parsed = parsePostcode(input)
  if (!parsed) return { kind: 'invalid' }
  const district = table().get(parsed.outcode)
  if (!district) return { kind: 'unknown', postcode: parsed.postcode, outcode: parsed.outcode }
  return {
    kind: 'found',
    postcode: parsed.postcode,
    outcode: parsed.outcode,
    forceIds: [...district.forceIds],
    straddles: district.forceIds.length > 1,
    councils: district.councils.map((c) => ({ ...c })),
  }
}

/**
 * The lookup the triage engine takes in its context (`PlacesLookup` in @bluelamp/triage): the force areas and
 * councils of a postcode, or undefined when the postcode is invalid or its district unknown. A straddling district
 * gives every candidate force, so the engine only calls a place cross-border when the current force is not among them.
 */
export function places(postcode: string): { forceIds: string[]; councils: Council[] } | undefined {
  const result = lookupPostcode(postcode)
  if (result.kind !== 'found') return undefined
  return { forceIds: result.forceIds, councils: result.councils.map(({ code, name }) => ({ code, name })) }
}

export interface ForceRecord {
  id: string
  name: string
  /** ONS Police Force Area code; null for British Transport Police, which has no area. */
  pfaCode: string | null
  nation: string
  /** One of the four Welsh forces, which must offer every page in Welsh. */
  welsh: boolean
  /** One of the 43 territorial forces of England and Wales (or Police Scotland / PSNI). */
  territorial: boolean
}

/** Every UK police force that can be a tenant, in the order of data/forces.csv. */
export const forces: readonly ForceRecord[] = FORCES

export function forceRecord(id: string): ForceRecord | undefined {
  return FORCES.find((f) => f.id === id)
}

/** The attribution the data's licence asks for, to show wherever a lookup result is shown. */
export const ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Office for National Statistics. ' +
  'Contains OS data © Crown copyright and database right; contains Royal Mail data © Royal Mail copyright and database right.'
