import { parsePostcode } from '@bluelamp/places'
import type { AreaPage } from '../model/area.ts'

export type AreaLookup =
  | { kind: 'found'; page: AreaPage; district: string }
  | { kind: 'not-covered'; district: string }
  | { kind: 'invalid' }

/**
 * The neighbourhood team page for a postcode (full, "LE1 6AA", or a district, "LE1"), matched on its
 * district. `invalid` when it is not a postcode at all (the form says so); `not-covered` when no team page
 * lists the district (the page then offers the force's contact page). Pass only live pages.
 */
export function findAreaByPostcode(pages: readonly AreaPage[], input: string): AreaLookup {
  const parsed = parsePostcode(input)
  if (!parsed) return { kind: 'invalid' }
  const district = parsed.outcode
  const page = pages.find((p) => p.postcodeDistricts.includes(district))
  return page ? { kind: 'found', page, district } : { kind: 'not-covered', district }
}

/** The next meeting, if it has not started yet; a past meeting is not shown as "next". */
export function upcomingMeeting(page: AreaPage, now: Date): Date | undefined {
  if (!page.nextMeetingAt) return undefined
  const at = new Date(page.nextMeetingAt)
  return at.getTime() > now.getTime() ? at : undefined
}

/** Postcode districts claimed by more than one page of a force, so the editor can say which pages clash. */
export function overlappingDistricts(pages: readonly Pick<AreaPage, 'slug' | 'postcodeDistricts'>[]): Map<string, string[]> {
  const owners = new Map<string, string[]>()
  for (const page of pages) for (const d of new Set(page.postcodeDistricts)) owners.set(d, [...(owners.get(d) ?? []), page.slug])
  return new Map([...owners].filter(([, slugs]) => slugs.length > 1))
}
