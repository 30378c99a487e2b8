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
 * gives every candidate force, and each council says whose area it is in, so the engine can ask which side of the
 * border it happened on, naming the councils, as the finder does.
 */
export function places(postcode: string): { forceIds: string[]; councils: DistrictCouncil[] } | undefined {
  const result = lookupPostcode(postcode)
  if (result.kind !== 'found') return undefined
  return { forceIds: result.forceIds, councils: result.councils }
}

/**
 * A UK police force as national data knows it: what the platform needs about a force that is not (yet) one of its
 * tenants. A tenant's own facts (Welsh name, languages, reference prefix, hostnames) are in its theme folder.
 */
export interface ForceRecord {
  id: string
  /** Its official name. */
  name: string
  /** ONS Police Force Area code; null for British Transport Police, which has no area. */
  pfaCode: string | null
  nation: string
  /** One of the 43 territorial forces of England and Wales (or Police Scotland / PSNI). */
  territorial: boolean
  /** Where the force takes reports itself (its own website), for people sent to a force that is not on the platform. */
  reportUrl: string
}

/** Every UK police force of the national data, in the order of data/forces.csv. */
export const forces: readonly ForceRecord[] = FORCES

export function forceRecord(id: string): ForceRecord | undefined {
  return FORCES.find((f) => f.id === id)
}

let withArea: Set<string> | undefined

/**
 * Whether any postcode district is in the force's area. False for a force with no geographic area (British
 * Transport Police) and for any id national data does not map, such as a tenant added since (the Civil Nuclear
 * Constabulary, a merged force until the data maps districts to it): such a force never receives reports by postcode.
 */
export function hasArea(forceId: string): boolean {
  withArea ??= new Set([...table().values()].flatMap((d) => d.forceIds))
  return withArea.has(forceId)
}

/** The attribution the data's licence asks for, to show wherever a lookup result is shown. */
export const ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Office for National Statistics. ' +
  'Contains OS data © Crown copyright and database right; contains Royal Mail data © Royal Mail copyright and database right.'
