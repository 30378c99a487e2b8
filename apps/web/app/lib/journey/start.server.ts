// The services list, the start page (with "continue your report"), starting again, saving for later and the
// resume link.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { hashDraftToken } from '@bluelamp/db'
import { APPEAL_PARAM } from '@bluelamp/content'
import { translator } from '../../i18n/i18n.ts'
import { requireCsrf } from '../security/csrf.server.ts'
import { hasControlCharacters } from '../platform/text.ts'
import { rateLimitSubmission } from '../security/rate-limit.server.ts'
import { queueResumeEmail } from '../mail/mail.server.ts'
import { localeFor, tenantName } from '../site/locale.server.ts'
import {
  answersOf,
  clearDraftCookie,
  currentStep,
  draftCookieHeader,
  ensureDraft,
  isDraftToken,
  isActive,
  privateHeaders,
  readDraft,
  readDraftToken,
  redirectTo,
  requireJourney,
  requireTenant,
  serviceUrl,
  servicesFor,
  stepUrl,
  type Journey,
} from './journey.server.ts'
import { pageFrame } from './view.server.ts'
import { appealToCarry, appealView, viewOf } from './appeal.server.ts'
import { sharePage } from '../platform/shared-page.server.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'

export async function servicesLoader({ request, context }: LoaderFunctionArgs) {
  const tenant = requireTenant(context)
  sharePage(context)
  const locale = await localeFor(request, context.site)
  return {
    forceName: tenantName(tenant, locale),
    services: servicesFor(tenant).map((s) => ({ id: s.id, title: s.title[locale], description: s.description[locale] })),
  }
}

/** Roughly a minute a question, rounded up to five. */
const minutes = (questions: number) => Math.max(5, Math.ceil(questions / 5) * 5)

export async function startLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  const answers = answersOf(draft)
  const hasDraft = isActive(draft) && Object.keys(answers).length > 0
  const search = new URL(request.url).searchParams
  // Opened from an appeal's page: the appeal is named only if it is this force's, live, and takes information here.
  const fromAppeal = search.has(APPEAL_PARAM) ? await appealToCarry(journey, search) : undefined
  if (draft === null && !search.has(APPEAL_PARAM)) sharePage(context)
  return data(
    {
      ...pageFrame(journey),
      minutes: minutes(journey.service.questions.length),
      draft: hasDraft ? { continueHref: stepUrl(journey.service, currentStep(journey, answers)) } : null,
      // The appeal to link a new report to (sent back by the start form), or the one this draft is already linked to.
      appeal: fromAppeal ? viewOf(fromAppeal, journey.locale) : appealView(journey, draft),
      startAppeal: fromAppeal?.reference ?? null,
    },
    { headers: privateHeaders },
  )
}

/**
 * "Start now" from an appeal, and "Start again": a draft linked to the appeal (checked again here, never taken on
 * the form's word) is made and the person goes to the first question. Without a valid appeal, "Start again" deletes
 * the draft and its uploads and clears the cookie, and "Start now" starts as usual.
 */
export async function startAction({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  const intent = form.get('intent')
  const appealRef = form.get(APPEAL_PARAM)
  const appeal = typeof appealRef === 'string' ? await appealToCarry(journey, new URLSearchParams({ [APPEAL_PARAM]: appealRef })) : undefined
  const first = journey.service.questions[0]!
  const firstUrl = serviceUrl(journey.service, `/questions/${first.id}`)
  const answered = isActive(draft) && Object.keys(answersOf(draft)).length > 0
  if (intent === 'start' && answered) return redirectTo(stepUrl(journey.service, currentStep(journey, answersOf(draft))))
  // A draft with answers is deleted only when the person asked to start again; an empty one is replaced.
  if (isActive(draft) && (intent === 'restart' || (intent === 'start' && appeal))) {
    await journey.database.queries.deleteDraft(journey.tenant.id, draft.id)
  }
  if (appeal && (intent === 'restart' || intent === 'start')) {
    const saved = await ensureDraft(journey, null, { appeal })
    return redirectTo(firstUrl, saved.setCookie)
  }
  if (intent === 'start') return redirectTo(firstUrl)
  return redirectTo(firstUrl, await clearDraftCookie(journey))
}

/** GET /services/<id>/questions: wherever this browser's draft has got to. */
export async function continueLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  return redirectTo(stepUrl(journey.service, currentStep(journey, answersOf(draft))))
}

// --- Save and come back later ---------------------------------------------------------------------------

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

async function saveView(journey: Journey, request: Request) {
  const draft = await readDraft(journey, request)
  if (draft?.submittedReportId) throw redirectTo(serviceUrl(journey.service, '/confirmation'))
  const answers = answersOf(draft)
  const saved = isActive(draft) && Object.keys(answers).length > 0
  return { draft, saved, returnHref: stepUrl(journey.service, currentStep(journey, answers)) }
}

export async function saveLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const { saved, returnHref } = await saveView(journey, request)
  return data(
    { ...pageFrame(journey), forceName: journey.forceName, saved, returnHref, email: '', error: null as string | null, safeAddressError: null as string | null, sentTo: null as string | null },
    { headers: privateHeaders },
  )
}

export async function saveAction({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const journey = await requireJourney(request, context, params.serviceId)
  const { saved, returnHref } = await saveView(journey, request)
  const t = translator(journey.locale)
  const email = String(form.get('email') ?? '').trim()
  const base = { ...pageFrame(journey), forceName: journey.forceName, saved, returnHref, email, sentTo: null as string | null }
  const error =
    email === '' ? t('journey.save.emailRequired') : !EMAIL.test(email) || email.length > 254 || hasControlCharacters(email) ? t('journey.save.emailFormat') : null
  // On a sensitive journey the person confirms the address is theirs alone: the link opens every answer, and an
  // abuser may read a shared inbox.
  const safeAddressError = journey.service.sensitive && form.get('safe-address') !== 'yes' ? t('journey.save.safeAddressRequired') : null
  if (error || safeAddressError) return pageShowsErrors(context, data({ ...base, error, safeAddressError }, { status: 400, headers: privateHeaders }))
  if (!saved) return data({ ...base, error, safeAddressError }, { status: 400, headers: privateHeaders })
  await rateLimitSubmission(request, context)
  const token = await readDraftToken(journey, request)
  if (!token) throw redirectTo(serviceUrl(journey.service))
  await queueResumeEmail(journey.database, journey.tenant.id, {
    to: email,
    link: `${journey.origin}${serviceUrl(journey.service, `/resume/${token}`)}`,
    locale: journey.locale,
    forceName: journey.forceName,
  })
  return data({ ...base, error: null, safeAddressError: null, sentTo: email }, { headers: privateHeaders })
}

/**
 * GET /services/<id>/resume/<token>: the link from the email. The token is the draft's own, so the link works in
 * any browser; this one gets the cookie and goes to where the report had got to.
 */
export async function resumeLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const token = params.token ?? ''
  const draft = isDraftToken(token)
    ? await journey.database.queries.getDraftByToken(journey.tenant.id, hashDraftToken(token))
    : null
  const noReferrer = { ...privateHeaders, 'Referrer-Policy': 'no-referrer' }
  if (draft && draft.serviceId === journey.service.id && draft.submittedReportId) {
    // The report was sent after the link was emailed: say so, with its reference, rather than "start again".
    const report = await journey.database.queries.getSubmittedReport(journey.tenant.id, draft.id)
    if (report) return data({ ...pageFrame(journey), expired: false, reference: report.reference }, { headers: noReferrer })
  }
  if (!draft || draft.serviceId !== journey.service.id || draft.submittedReportId) {
    return data({ ...pageFrame(journey), expired: true, reference: null as string | null }, { status: 404, headers: noReferrer })
  }
  return redirectTo(stepUrl(journey.service, currentStep(journey, answersOf(draft))), await draftCookieHeader(journey, token))
}

/**
 * Any other method on the resume link: 405. Without an action, Remix would log "You made a POST request to
 * <path>…", and the path holds the draft's token; a thrown Response is answered without being logged.
 */
export async function resumeAction(): Promise<never> {
  throw new Response('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } })
}
