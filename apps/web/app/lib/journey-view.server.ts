// What journey pages need to render, in the person's language, as plain JSON.
import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { getForce, type Outcome, type Service } from '@bluelamp/triage'
import type { Locale } from '../i18n/i18n.ts'
import {
  answersOf,
  currentStep,
  privateHeaders,
  readDraft,
  redirectTo,
  requireJourney,
  serviceUrl,
  stepUrl,
  type Journey,
} from './journey.server.ts'

export interface PageService {
  id: string
  title: string
  description: string
  quickExit: boolean
  declaration: Service['declaration']
}

export function pageService(journey: Pick<Journey, 'service' | 'locale'>): PageService {
  const { service, locale } = journey
  return {
    id: service.id,
    title: service.title[locale],
    description: service.description[locale],
    quickExit: service.quickExit,
    declaration: service.declaration,
  }
}

/** What every journey page's data starts with: the service, and whether the page needs its script (quick exit). */
export function pageFrame(journey: Pick<Journey, 'service' | 'locale'>) {
  return { service: pageService(journey) }
}

export interface OutcomeView {
  type: 'EMERGENCY' | 'REDIRECT' | 'ADVICE'
  /** Why the journey stopped, or the advice. */
  reason: string
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

function outcomeView(outcome: Outcome, locale: Locale): OutcomeView | null {
  switch (outcome.type) {
    case 'EMERGENCY':
      return { type: 'EMERGENCY', reason: outcome.reason[locale], links: [] }
    case 'REDIRECT': {
      const { agency } = outcome
      return {
        type: 'REDIRECT',
        reason: outcome.why[locale],
        agency: {
          id: agency.id,
          name: agency.name[locale],
          ...(agency.phone ? { phone: agency.phone } : {}),
          ...(agency.textphone ? { textphone: agency.textphone } : {}),
          url: agency.url,
          linkText: agency.linkText[locale],
          howToContact: agency.howToContact[locale],
        },
        forces: (outcome.forceIds ?? []).map((id) => {
          const force = getForce(id)
          return (locale === 'cy' ? force?.nameCy : undefined) ?? force?.name ?? id
        }),
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
