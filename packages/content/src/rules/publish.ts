// Whether a page may go live. The schemas (model/) say what may be saved; these rules say what may be
// published, so a draft can be saved half-written and the editor is told, field by field, what is missing.
import { ukToday } from '@bluelamp/triage'
import { requiresWelsh, type ForceFacts, type Locale } from '../locale.ts'
import { BLOCKING_PROBLEMS, describeProblem } from '../markdown/problems.ts'
import { checkMarkdown, type RenderOptions } from '../markdown/render.ts'
import type { ContentImage, Publication } from '../model/common.ts'
import type { ForceContent } from '../model/index.ts'
import type { NationalNotice } from '../model/notice.ts'
import { unknownNoticeForces } from './notices.ts'

export type PublishProblemCode =
  | 'english-missing'
  | 'welsh-missing'
  | 'markdown'
  | 'alt-missing'
  | 'closing-date-past'
  | 'outcome-missing'
  | 'already-expired'
  | 'priorities-mismatch'
  | 'meeting-place-missing'
  | 'no-national-page'
  | 'clashes-with-national'
  | 'notice-ended'
  | 'unknown-force'

export interface PublishProblem {
  code: PublishProblemCode
  /** The field at fault, as a path into the item ('text.cy', 'photo.alt.cy', 'closesOn'): the error summary's anchor. */
  field: string
  message: Record<Locale, string>
}

export interface PublishContext {
  force: ForceFacts
  now: Date
  /** Slugs of the national advice pages (for a force's addition or replacement). */
  nationalAdviceSlugs?: readonly string[]
  /** Looks up uploaded images, so Markdown that names an unknown image is caught before publishing. */
  images?: RenderOptions['images']
}

const LANGUAGE = { en: { en: 'English', cy: 'Saesneg' }, cy: { en: 'Welsh', cy: 'Cymraeg' } } as const

/** The languages a page must be written in before this force may publish it. */
export function requiredLocales(force: Pick<ForceFacts, 'locales'>): Locale[] {
  return requiresWelsh(force) ? ['en', 'cy'] : ['en']
}

/** Everything that stops this page being published on this force's site now; empty when it may go live. */
export function publishProblems(item: ForceContent, context: PublishContext): PublishProblem[] {
  const problems: PublishProblem[] = []
  const locales = requiredLocales(context.force)
  const text = item.text as Partial<Record<Locale, Record<string, unknown>>>

  for (const locale of locales) {
    if (!text[locale]) problems.push(missingLanguage(locale, context.force))
  }
  for (const locale of ['en', 'cy'] as const) {
    const version = text[locale]
    if (!version) continue
    for (const key of ['body'] as const) {
      const source = version[key]
      if (typeof source !== 'string') continue
      for (const p of checkMarkdown(source, { images: context.images })) {
        if (BLOCKING_PROBLEMS.has(p.code)) problems.push({ code: 'markdown', field: `text.${locale}.${key}`, message: { en: describeProblem(p, 'en'), cy: describeProblem(p, 'cy') } })
      }
    }
  }

  if ('publication' in item) problems.push(...scheduleProblems(item.publication, context.now))

  switch (item.kind) {
    case 'news':
      if (item.image) problems.push(...altProblems(item.image, 'image', locales))
      break
    case 'appeal':
      if (item.photo) problems.push(...altProblems(item.photo, 'photo', locales))
      if (item.status === 'open' && item.closesOn && item.closesOn < ukToday(context.now)) {
        problems.push({
          code: 'closing-date-past',
          field: 'closesOn',
          message: {
            en: `The closing date ${item.closesOn} has passed. Set a later closing date, or mark the appeal closed or resolved.`,
            cy: `Mae’r dyddiad cau ${item.closesOn} wedi mynd heibio. Dewiswch ddyddiad cau hwyrach, neu nodwch fod yr apêl ar gau neu wedi’i datrys.`,
          },
        })
      }
      if (item.status === 'resolved') {
        for (const locale of locales) {
          if (!item.outcome?.[locale]) {
            problems.push({
              code: 'outcome-missing',
              field: `outcome.${locale}`,
              message: {
                en: `Say what happened (in ${LANGUAGE[locale].en}), for example “Found safe and well. Thank you for sharing.”`,
                cy: `Dywedwch beth ddigwyddodd (yn ${LANGUAGE[locale].cy}), er enghraifft “Wedi’i ganfod yn ddiogel. Diolch am rannu.”`,
              },
            })
          }
        }
      }
      break
    case 'area': {
      const [en, cy] = [item.text.en, item.text.cy]
      if (en && cy && en.priorities.length !== cy.priorities.length) {
        problems.push({
          code: 'priorities-mismatch',
          field: 'text.cy.priorities',
          message: {
            en: `There are ${en.priorities.length} priorities in English and ${cy.priorities.length} in Welsh. Each priority needs both languages.`,
            cy: `Mae ${en.priorities.length} blaenoriaeth yn Saesneg a ${cy.priorities.length} yn Gymraeg. Mae angen y ddwy iaith ar bob blaenoriaeth.`,
          },
        })
      }
      if (item.nextMeetingAt) {
        for (const locale of locales) {
          if (text[locale] && !item.text[locale]?.meetingPlace) {
            problems.push({
              code: 'meeting-place-missing',
              field: `text.${locale}.meetingPlace`,
              message: { en: `Say where the next meeting is (in ${LANGUAGE[locale].en}).`, cy: `Dywedwch ble mae’r cyfarfod nesaf (yn ${LANGUAGE[locale].cy}).` },
            })
          }
        }
      }
      break
    }
    case 'advice': {
      const national = context.nationalAdviceSlugs ?? []
      if (item.mode !== 'local' && !national.includes(item.slug)) {
        problems.push({
          code: 'no-national-page',
          field: 'slug',
          message: {
            en: `There is no national advice page “${item.slug}” to ${item.mode === 'addition' ? 'add a section to' : 'replace'}.`,
            cy: `Does dim tudalen gyngor genedlaethol “${item.slug}” i ${item.mode === 'addition' ? 'ychwanegu adran ati' : 'gymryd ei lle'}.`,
          },
        })
      }
      if (item.mode === 'local' && national.includes(item.slug)) {
        problems.push({
          code: 'clashes-with-national',
          field: 'slug',
          message: {
            en: `“${item.slug}” is the address of a national advice page. Choose another, or replace the national page instead.`,
            cy: `“${item.slug}” yw cyfeiriad tudalen gyngor genedlaethol. Dewiswch un arall, neu rhowch dudalen yn lle’r dudalen genedlaethol.`,
          },
        })
      }
      break
    }
    case 'contact':
      break
  }
  return problems
}

/** Whether the page may go live now on this force's site. */
export function canPublish(item: ForceContent, context: PublishContext): boolean {
  return publishProblems(item, context).length === 0
}

function missingLanguage(locale: Locale, force: ForceFacts): PublishProblem {
  if (locale === 'cy') {
    return {
      code: 'welsh-missing',
      field: 'text.cy',
      message: {
        en: `${force.name} offers every page in Welsh. Add the Welsh version before publishing.`,
        cy: `Mae ${force.nameCy ?? force.name} yn cynnig pob tudalen yn Gymraeg. Ychwanegwch y fersiwn Gymraeg cyn cyhoeddi.`,
      },
    }
  }
  return { code: 'english-missing', field: 'text.en', message: { en: 'Add the English version before publishing.', cy: 'Ychwanegwch y fersiwn Saesneg cyn cyhoeddi.' } }
}

function altProblems(image: ContentImage, field: string, locales: readonly Locale[]): PublishProblem[] {
  return locales
    .filter((locale) => !image.alt[locale])
    .map((locale) => ({
      code: 'alt-missing' as const,
      field: `${field}.alt.${locale}`,
      message: {
        en: `Describe what the picture shows (in ${LANGUAGE[locale].en}), for people who cannot see it.`,
        cy: `Disgrifiwch beth mae’r llun yn ei ddangos (yn ${LANGUAGE[locale].cy}), i bobl sy’n methu ei weld.`,
      },
    }))
}

function scheduleProblems(publication: Publication, now: Date): PublishProblem[] {
  if (publication.unpublishAt && Date.parse(publication.unpublishAt) <= now.getTime()) {
    return [
      {
        code: 'already-expired',
        field: 'publication.unpublishAt',
        message: { en: 'The time to take the page down has already passed. Choose a later time, or none.', cy: 'Mae’r amser i dynnu’r dudalen i lawr wedi mynd heibio. Dewiswch amser hwyrach, neu ddim un.' },
      },
    ]
  }
  return []
}

/** Everything that stops a national notice being published now. */
export function noticeProblems(notice: NationalNotice, context: { now: Date; knownForceIds: readonly string[] }): PublishProblem[] {
  const problems: PublishProblem[] = []
  if (Date.parse(notice.endsAt) <= context.now.getTime()) {
    problems.push({ code: 'notice-ended', field: 'endsAt', message: { en: 'The end time has already passed. Choose a later end time.', cy: 'Mae’r amser gorffen wedi mynd heibio. Dewiswch amser gorffen hwyrach.' } })
  }
  const unknown = unknownNoticeForces(notice, context.knownForceIds)
  if (unknown.length > 0) {
    problems.push({ code: 'unknown-force', field: 'forces', message: { en: `No such force: ${unknown.join(', ')}.`, cy: `Dim heddlu o’r fath: ${unknown.join(', ')}.` } })
  }
  for (const locale of ['en', 'cy'] as const) {
    for (const p of checkMarkdown(notice.text[locale].body)) {
      if (BLOCKING_PROBLEMS.has(p.code)) problems.push({ code: 'markdown', field: `text.${locale}.body`, message: { en: describeProblem(p, 'en'), cy: describeProblem(p, 'cy') } })
    }
  }
  return problems
}
