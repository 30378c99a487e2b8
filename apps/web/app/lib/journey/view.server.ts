// What journey pages need to render, in the person's language, as plain JSON.
import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { FORCE_AREA_QUESTION, helplinesFor, routeOf, type Agency, type Answers, type Outcome, type Service } from '@bluelamp/triage'
import type { Locale } from '../../i18n/i18n.ts'
import { tenantById } from '../site/forces.server.ts'
import {
  answersOf,
  currentStep,
  privateHeaders,
  questionUrl,
  readDraft,
  redirectTo,
  requireJourney,
  serviceUrl,
  stepUrl,
  type Journey,
} from './journey.server.ts'
import { tenantName } from '../site/locale.server.ts'

/** A helpline as a journey page shows it, in the page's language. */
export interface HelplineView {
  id: string
  name: string
  phone: string
  hours: string
  description: string
  url: string
}

export interface PageService {
  id: string
  title: string
  description: string
  quickExit: boolean
  /** The person may share a home or a device with the person they report: see Service.sensitive. */
  sensitive: boolean
  declaration: Service['declaration']
  /** The service's helplines for this force's nation (Wales for a force whose site is in Welsh). */
  helplines: HelplineView[]
}

export function pageService(journey: Pick<Journey, 'service' | 'locale' | 'tenant'>): PageService {
  const { service, locale, tenant } = journey
  const nation = tenant.locales.includes('cy') ? 'wales' : 'england'
  return {
    id: service.id,
    title: service.title[locale],
    description: service.description[locale],
    quickExit: service.quickExit,
    sensitive: service.sensitive === true,
    declaration: service.declaration,
    helplines: helplinesFor(service.helplines, nation).map((h) => ({
      id: h.id,
      name: h.name[locale],
      phone: h.phone,
      hours: h.hours[locale],
      description: h.description[locale],
      url: h.url,
    })),
  }
}

/** What every journey page's data starts with: the service, and whether the page needs its script (quick exit). */
export function pageFrame(journey: Pick<Journey, 'service' | 'locale' | 'tenant'>) {
  return { service: pageService(journey) }
}

export interface OutcomeView {
  type: 'EMERGENCY' | 'REDIRECT' | 'ADVICE'
  /** Why the journey stopped, or the advice. */
  reason: string
  /** Emergencies: more help beside the call to 999 (such as Samaritans), with `links`. */
  advice?: string
  title?: string
  agency?: {
    id: string
    name: string
    phone?: string
    textphone?: string
    url: string
    linkText: string
    howToContact: string
  }
  /** For another force's area: the forces' names. */
  forces?: string[]
  councils?: string[]
  links: { text: string; url: string }[]
}

/** An agency as a page shows it, in the page's language. */
export function agencyView(agency: Agency, locale: Locale): NonNullable<OutcomeView['agency']> {
  return {
    id: agency.id,
    name: agency.name[locale],
    ...(agency.phone ? { phone: agency.phone } : {}),
    ...(agency.textphone ? { textphone: agency.textphone } : {}),
    url: agency.url,
    linkText: agency.linkText[locale],
    howToContact: agency.howToContact[locale],
  }
}

function outcomeView(outcome: Outcome, locale: Locale): OutcomeView | null {
  switch (outcome.type) {
    case 'EMERGENCY':
      return {
        type: 'EMERGENCY',
        reason: outcome.reason[locale],
        ...(outcome.advice ? { advice: outcome.advice[locale] } : {}),
        links: (outcome.links ?? []).map((l) => ({ text: l.text[locale], url: l.url })),
      }
    case 'REDIRECT': {
      const { agency } = outcome
      return {
        type: 'REDIRECT',
        reason: outcome.why[locale],
        agency: agencyView(agency, locale),
        // Another force's area: the agency is that force (its name, and a link to its own reporting page).
        forces: agency.id === 'another-force' ? [agency.name[locale]] : [],
        councils: (outcome.councils ?? []).map((c) => c.name),
        links: [],
      }
    }
    case 'ADVICE':
      return {
        type: 'ADVICE',
        title: outcome.title[locale],
        reason: outcome.advice[locale],
        links: outcome.links.map((l) => ({ text: l.text[locale], url: l.url })),
      }
    default:
      return null
  }
}

/** A link as a page shows it, in the page's language. */
export interface LinkView {
  text: string
  url: string
}

const isText = (value: unknown): value is { en: string; cy: string } =>
  typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string' && typeof (value as { cy?: unknown }).cy === 'string'

/**
 * The links a submitted report's triage gave the person (SubmitOutcome.links), read from the outcome as stored, in
 * the page's language. The stored outcome is JSON from an older build as much as this one: anything not shaped like
 * a link, or not to an https address, is left out rather than shown.
 */
export function storedLinks(outcome: unknown, locale: Locale): LinkView[] {
  const links = typeof outcome === 'object' && outcome !== null ? (outcome as { links?: unknown }).links : undefined
  if (!Array.isArray(links)) return []
  return links.flatMap((link: unknown) => {
    const { text, url } = (typeof link === 'object' && link !== null ? link : {}) as { text?: unknown; url?: unknown }
    if (!isText(text) || typeof url !== 'string' || !/^https:\/\/\S+$/.test(url)) return []
    return [{ text: text[locale], url }]
  })
}

/**
 * An outcome page's data, read from the draft on the server: the browser cannot choose its outcome. A draft
 * that has not reached this outcome is sent to where it has got to.
 */
export async function outcomeLoader({ request, context, params }: LoaderFunctionArgs, type: OutcomeView['type']) {
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  const answers = answersOf(draft)
  const step = currentStep(journey, answers)
  if (step.type !== type) throw redirectTo(Object.keys(answers).length === 0 ? serviceUrl(journey.service) : stepUrl(journey.service, step))
  const path = Object.keys(answers)
  const last = journey.service.questions.filter((q) => path.includes(q.id)).at(-1)
  return data(
    {
      ...pageFrame(journey),
      outcome: outcomeView(step, journey.locale)!,
      backHref: last ? `/services/${journey.service.id}/questions/${encodeURIComponent(last.id)}` : serviceUrl(journey.service),
      forceName: journey.forceName,
      contact: journey.tenant.contact,
    },
    { headers: privateHeaders },
  )
}

export type OutcomePageData = Awaited<ReturnType<typeof outcomeLoader>>['data']

export interface RoutingView {
  /** The force that will receive the report, in the page's language. */
  force: string
  /** Why that force, in the page's language. */
  why: string
  /** Where to change the answer that decided it (the postcode, or the force area chosen on a border). */
  changeHref: string
  changeText: 'postcode' | 'area'
}

/** Which other force will receive this report as the answers stand (null: this force), for the pages that say so. */
export function routingView(journey: Journey, answers: Answers): RoutingView | null {
  const routing = routeOf(journey.service, answers, journey.triage)
  if (!routing) return null
  const chosen = routing.ruleId === 'cross-border.chosen'
  const postcode = journey.service.questions.find((q) => q.type === 'postcode' && q.incidentLocation)
  return {
    force: tenantName(tenantById(routing.forceId), journey.locale),
    why: routing.why[journey.locale],
    changeHref: questionUrl(journey.service, chosen || !postcode ? FORCE_AREA_QUESTION : postcode.id, true),
    changeText: chosen ? 'area' : 'postcode',
  }
}

/** A page of this journey to go on to, as posted back to us in `next`; anything else is the person's current step. */
function safeNext(journey: Journey, next: string | null, fallback: string): string {
  const prefix = serviceUrl(journey.service, '/')
  return next && next.startsWith(prefix) && !next.includes('//') && !next.includes('\\') ? next : fallback
}

/**
 * GET /services/<id>/receiving-force: after the answer that sends the report to another force (the postcode, or the
 * force area chosen on a border), which force will receive it and why, before the journey carries on. Read from the
 * draft, like every journey page: with no such routing it sends the person to where they are.
 */
export async function receivingForceLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  if (draft?.submittedReportId) throw redirectTo(serviceUrl(journey.service, '/confirmation'))
  const answers = answersOf(draft)
  const step = currentStep(journey, answers)
  const routing = routingView(journey, answers)
  if (!routing) throw redirectTo(Object.keys(answers).length === 0 ? serviceUrl(journey.service) : stepUrl(journey.service, step))
  return data(
    {
      ...pageFrame(journey),
      routing,
      next: safeNext(journey, new URL(request.url).searchParams.get('next'), stepUrl(journey.service, step)),
      backHref: routing.changeHref.replace('?change=1', ''),
    },
    { headers: privateHeaders },
  )
}

export type ReceivingForcePageData = Awaited<ReturnType<typeof receivingForceLoader>>['data']
