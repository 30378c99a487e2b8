// A report given from an appeal's page ("Do you recognise this man?"): the page's button opens the appeal's service
// with ?appeal=<reference>. The reference is carried into the new draft only when it names a live appeal of this
// force that still takes information through this very service; anything else (a typo, a closed appeal, another
// force's reference) is ignored and the journey starts as usual, with nothing said and nothing broken. The person
// sees the appeal on every page of the journey; the report keeps its reference, the staff see it, and the force's
// systems receive it (report.v1's `appeal`).
import { appealReferenceFrom, appealSchema, appealTakesInformation } from '@bluelamp/content'
import type { Draft } from '@bluelamp/db'
import { appealOf, type DraftAppeal, type Journey } from './journey.server.ts'
import { logger } from '../platform/logger.server.ts'

/**
 * The appeal named by a start address's ?appeal=, when it is a live appeal of this force that takes information
 * now through this journey's service; otherwise undefined.
 */
export async function appealToCarry(journey: Journey, searchParams: URLSearchParams, now: Date = new Date(journey.triage.now)): Promise<DraftAppeal | undefined> {
  const reference = appealReferenceFrom(searchParams)
  if (!reference) return undefined
  const stored = await journey.database.queries.getLiveAppealByReference(journey.tenant.id, reference, now)
  if (!stored) return undefined
  const parsed = appealSchema.safeParse(stored)
  if (!parsed.success) {
    logger.warn({ event: 'content-item-invalid', kind: 'appeal', slug: stored.slug }, 'an appeal that no longer fits the content model was not linked')
    return undefined
  }
  const appeal = parsed.data
  if (appeal.serviceId !== journey.service.id || !appealTakesInformation(appeal, now)) return undefined
  const title = { ...(appeal.text.en ? { en: appeal.text.en.title } : {}), ...(appeal.text.cy ? { cy: appeal.text.cy.title } : {}) }
  return { reference: appeal.reference, title }
}

/** What a journey page says of the appeal its draft gives information about (null when none). */
export interface AppealView {
  reference: string
  title: string | null
  /** The language of the title (an appeal with no Welsh shows its English title, marked as English). */
  lang: 'en' | 'cy'
}

export function appealView(journey: Pick<Journey, 'locale'>, draft: Draft | null): AppealView | null {
  return viewOf(appealOf(draft), journey.locale)
}

export function viewOf(appeal: DraftAppeal | undefined, locale: 'en' | 'cy'): AppealView | null {
  if (!appeal) return null
  const inLocale = appeal.title[locale]
  const lang = inLocale ? locale : appeal.title.en ? 'en' : 'cy'
  return { reference: appeal.reference, title: inLocale ?? appeal.title.en ?? appeal.title.cy ?? null, lang }
}
