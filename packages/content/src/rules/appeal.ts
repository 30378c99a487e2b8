import { ukToday } from '@bluelamp/triage'
import type { Locale } from '../locale.ts'
import { APPEAL_REFERENCE, type Appeal } from '../model/appeal.ts'

/** The query parameter the service's start page reads to fill in the appeal reference. */
export const APPEAL_PARAM = 'appeal'

/**
 * Whether the appeal still takes information at this moment: it is open and its closing date (a UK day,
 * inclusive) has not passed.
 */
export function appealTakesInformation(appeal: Pick<Appeal, 'status' | 'closesOn'>, now: Date): boolean {
  if (appeal.status !== 'open') return false
  return !appeal.closesOn || ukToday(now) <= appeal.closesOn
}

/** Where the "give information" button goes: the appeal's service, with the reference to fill in. */
export function appealServiceHref(appeal: Pick<Appeal, 'serviceId' | 'reference'>): string {
  return `/services/${encodeURIComponent(appeal.serviceId)}?${APPEAL_PARAM}=${encodeURIComponent(appeal.reference)}`
}

/**
 * Reads the appeal reference a service was opened with, for filling in its question. Anything that is not a
 * well-formed reference is ignored rather than shown back.
 */
export function appealReferenceFrom(searchParams: URLSearchParams): string | undefined {
  const raw = searchParams.get(APPEAL_PARAM)?.trim().toUpperCase()
  return raw && APPEAL_REFERENCE.test(raw) ? raw : undefined
}

/**
 * The appeal as the public page shows it. The photo of a person is taken down once the appeal is resolved
 * (a missing person found, a wanted person arrested): it is no longer needed for the appeal's purpose.
 */
export function appealForDisplay(appeal: Appeal, now: Date): { takesInformation: boolean; showPhoto: boolean; statusLabel: { en: string; cy: string } } {
  const takesInformation = appealTakesInformation(appeal, now)
  const personal = appeal.appealKind !== 'witnesses'
  return {
    takesInformation,
    showPhoto: appeal.photo !== undefined && !(appeal.status === 'resolved' && personal),
    statusLabel: takesInformation ? STATUS_LABELS.open : appeal.status === 'resolved' ? STATUS_LABELS.resolved : STATUS_LABELS.closed,
  }
}

export const STATUS_LABELS: Record<'open' | 'closed' | 'resolved', Record<Locale, string>> = {
  open: { en: 'Open', cy: 'Ar agor' },
  closed: { en: 'Closed', cy: 'Ar gau' },
  resolved: { en: 'Resolved', cy: 'Wedi’i ddatrys' },
}
