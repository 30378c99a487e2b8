export { parsePostcode, isPostcode, compact, type ParsedPostcode } from './postcode.ts'
export {
  lookupPostcode,
  places,
  forces,
  forceRecord,
  hasArea,
  ATTRIBUTION,
  type Council,
  type DistrictCouncil,
  type PostcodeLookup,
  type ForceRecord,
} from './lookup.ts'
