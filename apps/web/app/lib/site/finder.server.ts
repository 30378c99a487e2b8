import { lookupPostcode } from '@bluelamp/places'
import { registry } from '@bluelamp/tenants/registry'
import { forceUrl } from './site.server.ts'

export interface Candidate {
  id: string
  name: string
  href: string
  /** The force offers its site in Welsh. */
  welsh: boolean
  /** Councils in this postcode district that lie in this force's area. */
  councils: string[]
}

export type FinderResult =
  | { kind: 'redirect'; href: string; forceId: string }
  | { kind: 'choose'; postcode: string; outcode: string; candidates: Candidate[] }
  | { kind: 'error'; postcode: string; message: 'find.errorEmpty' | 'find.errorInvalid' | 'find.errorUnknown'; vars?: Record<string, string> }

/** The longest thing worth echoing back into the field: a postcode with generous spacing. */
const MAX_ECHO = 16

/**
 * National finder: a postcode (full or outward code) → the force's site. One force: go there. A district that
 * straddles force areas: the candidates, each with the councils it covers there, for the person to choose.
 */
export function findForce(input: string, requestUrl: URL): FinderResult {
  const postcode = input.slice(0, MAX_ECHO)
  if (input.trim() === '') return { kind: 'error', postcode, message: 'find.errorEmpty' }
  const result = lookupPostcode(input)
  if (result.kind === 'invalid') return { kind: 'error', postcode, message: 'find.errorInvalid' }
  const tenants = result.kind === 'found' ? result.forceIds.map((id) => registry.tenants[id]).filter((t) => t !== undefined) : []
  if (result.kind === 'unknown' || tenants.length === 0)
    return { kind: 'error', postcode, message: 'find.errorUnknown', vars: { postcode: result.postcode } }
  if (tenants.length === 1) return { kind: 'redirect', href: forceUrl(tenants[0]!, requestUrl), forceId: tenants[0]!.id }
  const candidates = tenants
    .map((t) => ({
      id: t.id,
      name: t.name,
      href: forceUrl(t, requestUrl),
      welsh: t.locales.includes('cy'),
      councils: result.kind === 'found' ? result.councils.filter((c) => c.forceId === t.id).map((c) => c.name) : [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
  return { kind: 'choose', postcode: result.postcode, outcode: result.outcode, candidates }
}
