// The public journeys: which force and service a request is for, the draft behind the person's cookie, and
// where each triage step lives. Route modules stay thin and call these.
import { createCookie, data, redirect, type AppLoadContext } from '@remix-run/node'
import type { Tenant } from '@bluelamp/tenants'
import type { Database, Draft } from '@bluelamp/db'
import { hashDraftToken, newDraftToken } from '@bluelamp/db'
import {
  availableServices,
  getService,
  next,
  pathOf,
  type Answers,
  type Question,
  type Service,
  type Step,
  type TriageContext,
} from '@bluelamp/triage'
import { places } from '@bluelamp/places'
import type { Locale } from '../../i18n/i18n.ts'
import { forcesFor } from '../site/forces.server.ts'
import { localeFor, tenantName } from '../site/locale.server.ts'
import { describeError, logger } from '../platform/logger.server.ts'

export interface Journey {
  tenant: Tenant
  forceName: string
  service: Service
  locale: Locale
  database: Database
  triage: TriageContext
  env: AppLoadContext['env']
  /** This site's origin as the public sees it, for links in emails. */
  origin: string
}

/** The force of this request, or a 404 (national and unknown hosts have no services). */
export function requireTenant(context: AppLoadContext): Tenant {
  if (context.site.kind !== 'tenant') throw data({ reason: 'not-found' }, { status: 404 })
  return context.site.tenant
}

/** The services this force offers, in national order. */
export function servicesFor(tenant: Tenant): Service[] {
  return availableServices(tenant.options).services
}

export function triageContext(tenant: Tenant, requestUrl: URL, now: Date = new Date()): TriageContext {
  // `places` maps the incident postcode to its force(s) and council(s), and `forces` says which forces are on this
  // platform: a report about another force's area is routed there, and council matters name the person's council.
  return { forceId: tenant.id, now, places, forces: forcesFor(requestUrl), localContacts: availableServices(tenant.options).localContacts }
}

/**
 * The journey a request is for: the force (from the host) and a service it offers (from the URL). An unknown
 * service id, or one this force has switched off, is a 404 in the force's frame.
 */
export async function requireJourney(request: Request, context: AppLoadContext, serviceId: string | undefined): Promise<Journey> {
  const tenant = requireTenant(context)
  const service = serviceId ? getService(serviceId) : undefined
  if (!service || !servicesFor(tenant).some((s) => s.id === service.id)) {
    throw data({ reason: 'not-found' }, { status: 404 })
  }
  const locale = await localeFor(request, context.site)
  const url = new URL(request.url)
  const scheme = context.env.PUBLIC_URL_SCHEME ?? url.protocol.replace(':', '')
  return {
    origin: `${scheme}://${url.host}`,
    tenant,
    forceName: tenantName(tenant, locale),
    service,
    locale,
    database: context.services.database,
    triage: triageContext(tenant, url),
    env: context.env,
  }
}

// --- Drafts ---------------------------------------------------------------------------------------------
// One draft per service per browser: a cookie per service, scoped to that service's pages, holding a random
// token. The database keeps only the token's sha-256, so a copy of the table cannot resume anyone's report.
// A sensitive journey's cookie is a session cookie (no Max-Age): it goes when the browser closes, so someone who
// shares the device cannot open the report, or its confirmation, days later.

const DRAFT_DAYS = 30
const META = '__journey'

interface DraftMeta {
  /** Outcomes already counted for this draft ("EMERGENCY:emergency.danger"), so each is counted once. */
  counted: string[]
  /** The force's appeal the report gives information about, when it was started from the appeal's page. */
  appeal?: DraftAppeal
}

/** An appeal as a draft keeps it: its reference, checked when the journey started, and its title then. */
export interface DraftAppeal {
  reference: string
  title: { en?: string; cy?: string }
}

function draftCookie(journey: Pick<Journey, 'service' | 'env'>) {
  return createCookie(`draft-${journey.service.id}`, {
    path: `/services/${journey.service.id}`,
    httpOnly: true,
    sameSite: 'lax',
    secure: journey.env.NODE_ENV === 'production' && journey.env.PUBLIC_URL_SCHEME === 'https',
    ...(journey.service.sensitive ? {} : { maxAge: DRAFT_DAYS * 24 * 60 * 60 }),
  })
}

export async function draftCookieHeader(journey: Journey, token: string): Promise<string> {
  return draftCookie(journey).serialize(token)
}

export const isDraftToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token)

/** The draft token in this browser's cookie for this service, if any. */
export async function readDraftToken(journey: Journey, request: Request): Promise<string | null> {
  const token: unknown = await draftCookie(journey).parse(request.headers.get('cookie'))
  return isDraftToken(token) ? token : null
}

export async function clearDraftCookie(journey: Pick<Journey, 'service' | 'env'>): Promise<string> {
  return draftCookie(journey).serialize('', { maxAge: 0 })
}

/** The draft behind this browser's cookie for this service (submitted or not), or null. */
export async function readDraft(journey: Journey, request: Request): Promise<Draft | null> {
  const token = await readDraftToken(journey, request)
  if (!token) return null
  const draft = await journey.database.queries.getDraftByToken(journey.tenant.id, hashDraftToken(token))
  return draft && draft.serviceId === journey.service.id ? draft : null
}

/** A draft still being filled in (not yet submitted). */
export function isActive(draft: Draft | null): draft is Draft {
  return draft !== null && draft.submittedReportId === null
}

export function answersOf(draft: Draft | null): Answers {
  if (!isActive(draft)) return {}
  const { [META]: _meta, ...answers } = draft.answers
  return answers as Answers
}

function metaOf(draft: Draft | null): DraftMeta {
  const meta = isActive(draft) ? (draft.answers[META] as Partial<DraftMeta> | undefined) : undefined
  const appeal = appealOf(draft)
  return { counted: Array.isArray(meta?.counted) ? meta.counted.filter((c) => typeof c === 'string') : [], ...(appeal ? { appeal } : {}) }
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** The appeal a draft still being filled in gives information about, if it was started from one. */
export function appealOf(draft: Draft | null): DraftAppeal | undefined {
  const meta = isActive(draft) ? (draft.answers[META] as { appeal?: { reference?: unknown; title?: { en?: unknown; cy?: unknown } } } | undefined) : undefined
  const reference = text(meta?.appeal?.reference)
  if (!reference) return undefined
  const en = text(meta?.appeal?.title?.en)
  const cy = text(meta?.appeal?.title?.cy)
  return { reference, title: { ...(en ? { en } : {}), ...(cy ? { cy } : {}) } }
}

export interface Saved {
  draft: Draft
  /** Set when a new draft (and so a new cookie) was made. */
  setCookie?: string
}

/**
 * Saves the answers (already pruned to the path), counting the outcome the journey now ends in if it is a
 * deflection not yet counted for this draft. Creates the draft on the first answer.
 */
export async function saveAnswers(journey: Journey, draft: Draft | null, answers: Answers, step: Step): Promise<Saved> {
  const meta = metaOf(draft)
  await countDeflection(journey, step, meta)
  const stored = { ...answers, [META]: meta } as Record<string, unknown>
  const { queries } = journey.database
  if (isActive(draft)) {
    const ok = await queries.saveDraftAnswers(journey.tenant.id, draft.id, stored, { locale: journey.locale })
    if (ok) return { draft: { ...draft, answers: stored } }
    // Sent meanwhile (the same report submitted twice at once): never start a second draft, or a second report.
    if ((await queries.getDraftByToken(journey.tenant.id, draft.tokenHash))?.submittedReportId) {
      throw redirectTo(serviceUrl(journey.service, '/confirmation'))
    }
  }
  const { token, tokenHash } = newDraftToken()
  const created = await queries.createDraft(journey.tenant.id, {
    serviceId: journey.service.id,
    serviceVersion: String(journey.service.version),
    tokenHash,
    locale: journey.locale,
    answers: stored,
  })
  return { draft: created, setCookie: await draftCookieHeader(journey, token) }
}

/**
 * A new, empty draft for this browser (used by uploads, which need a draft to attach files to, and by a journey
 * started from an appeal's page, which carries the appeal).
 */
export async function ensureDraft(journey: Journey, draft: Draft | null, start: { appeal?: DraftAppeal } = {}): Promise<Saved> {
  if (isActive(draft)) return { draft }
  const { token, tokenHash } = newDraftToken()
  const meta: DraftMeta = { counted: [], ...(start.appeal ? { appeal: start.appeal } : {}) }
  const created = await journey.database.queries.createDraft(journey.tenant.id, {
    serviceId: journey.service.id,
    serviceVersion: String(journey.service.version),
    tokenHash,
    locale: journey.locale,
    answers: { [META]: meta },
  })
  return { draft: created, setCookie: await draftCookieHeader(journey, token) }
}

// Counts only: tenant, service, outcome, agency and day. No answer and no identifier goes into the count.
async function countDeflection(journey: Journey, step: Step, meta: DraftMeta): Promise<void> {
  if (step.type !== 'EMERGENCY' && step.type !== 'REDIRECT' && step.type !== 'ADVICE') return
  const key = `${step.type}:${step.ruleId}`
  if (meta.counted.includes(key)) return
  const agency = step.type === 'REDIRECT' ? step.agency.id : null
  try {
    await journey.database.queries.countDeflection(journey.tenant.id, journey.service.id, step.type, agency)
    meta.counted.push(key)
  } catch (error) {
    // A lost count must never stand between a person and the 999 page.
    logger.error({ event: 'deflection-count-failed', tenant: journey.tenant.id, error: describeError(error) }, 'deflection count failed')
  }
}

// --- Steps ----------------------------------------------------------------------------------------------

export const serviceUrl = (service: Service, rest = '') => `/services/${service.id}${rest}`

export function questionUrl(service: Service, questionId: string, change = false): string {
  return serviceUrl(service, `/questions/${encodeURIComponent(questionId)}${change ? '?change=1' : ''}`)
}

/** The declaration is asked after check answers, on a page of its own. */
export const isDeclaration = (question: Question) => question.type === 'declaration'

/** Where a step of the journey is shown. */
export function stepUrl(service: Service, step: Step, change = false): string {
  switch (step.type) {
    case 'question':
      return isDeclaration(step.question) ? serviceUrl(service, '/check-answers') : questionUrl(service, step.question.id, change)
    case 'EMERGENCY':
      return serviceUrl(service, '/emergency')
    case 'REDIRECT':
      return serviceUrl(service, '/redirect')
    case 'ADVICE':
      return serviceUrl(service, '/advice')
    case 'SUBMIT':
      return serviceUrl(service, '/check-answers')
  }
}

export function currentStep(journey: Journey, answers: Answers): Step {
  return next(journey.service, answers, journey.triage)
}

/** The questions answered so far on the current path, in order (the question now asked is left off). */
export function answeredPath(journey: Journey, answers: Answers): string[] {
  return pathOf(journey.service, answers, journey.triage).filter((id) => answers[id] !== undefined)
}

/** Headers for pages that show what a person has told us: never stored by a browser or a proxy. */
export const privateHeaders = { 'Cache-Control': 'no-store' } as const

export function redirectTo(url: string, setCookie?: string): Response {
  const headers = new Headers(privateHeaders)
  if (setCookie) headers.append('Set-Cookie', setCookie)
  return redirect(url, { headers })
}
