// Check answers, the declaration and submission. Submission is one transaction in @bluelamp/db (report, first
// event, outbox rows); one idempotency key per draft, so a second submit of the same draft gets the same
// reference. If the database fails, the draft is untouched and the person is asked to try again.
import { randomBytes } from 'node:crypto'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { RateLimitedError, type Draft, type SubmitReportInput } from '@bluelamp/db'
import {
  generateReference,
  pruneAnswers,
  answerToForm,
  safeContactOf,
  screen,
  safeToEmail,
  summarise,
  validate,
  type Answers,
  type FieldError,
  type Question,
  type SubmitOutcome,
  ukYear,
} from '@bluelamp/triage'
import { translator } from '../../i18n/i18n.ts'
import { requireCsrf } from '../security/csrf.server.ts'
import { describeError, logger } from '../platform/logger.server.ts'
import { checkHoneypot } from '../security/honeypot.server.ts'
import { limitFor, overLimit } from '../security/rate-limit.server.ts'
import { controlCharacterErrors, formToRaw } from './form.server.ts'
import {
  answersOf,
  appealOf,
  currentStep,
  isActive,
  isDeclaration,
  privateHeaders,
  questionUrl,
  readDraft,
  redirectTo,
  requireJourney,
  saveAnswers,
  serviceUrl,
  stepUrl,
  type Journey,
} from './journey.server.ts'
import { pageFrame, routingView, storedLinks } from './view.server.ts'
import { appealView } from './appeal.server.ts'
import { confirmationEmailFor } from './email.server.ts'
import { tenantById } from '../site/forces.server.ts'
import { forceUrl } from '../site/site.server.ts'
import { tenantName } from '../site/locale.server.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'

/** The declaration question still to answer, or undefined when the journey is ready to send. */
function pendingDeclaration(journey: Journey, answers: Answers): Question | undefined | 'not-ready' {
  const step = currentStep(journey, answers)
  if (step.type === 'SUBMIT') return undefined
  if (step.type === 'question' && isDeclaration(step.question)) return step.question
  return 'not-ready'
}

/** The draft to check or send; anything else is sent to where it belongs. */
async function readyDraft(journey: Journey, request: Request): Promise<{ draft: Draft; answers: Answers; declaration?: Question }> {
  const draft = await readDraft(journey, request)
  if (draft?.submittedReportId) throw redirectTo(serviceUrl(journey.service, '/confirmation'))
  if (!isActive(draft)) throw redirectTo(serviceUrl(journey.service))
  const answers = answersOf(draft)
  const declaration = pendingDeclaration(journey, answers)
  if (declaration === 'not-ready') throw redirectTo(stepUrl(journey.service, currentStep(journey, answers)))
  return { draft, answers, ...(declaration ? { declaration } : {}) }
}

/**
 * Whether the person's own words suggest someone is in danger now (or may take their own life): the check answers
 * page then puts the 999 advice before the send button. It never stops them sending.
 */
function dangerNow(journey: Journey, answers: Answers): { suicide: boolean } | null {
  const screening = screen(journey.service, answers, journey.triage)
  return screening.dangerNow ? { suicide: screening.suicide } : null
}

function rows(journey: Journey, answers: Answers) {
  return summarise(journey.service, answers, journey.locale, journey.triage)
    .filter((row) => row.questionId !== journey.service.questions.find(isDeclaration)?.id)
    .map((row) => ({ ...row, href: questionUrl(journey.service, row.changeId, true) }))
}

export async function checkAnswersLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const { draft, answers, declaration } = await readyDraft(journey, request)
  const last = journey.service.questions.filter((q) => answers[q.id] !== undefined && !isDeclaration(q)).at(-1)
  return data(
    {
      ...pageFrame(journey),
      routing: routingView(journey, answers),
      dangerNow: dangerNow(journey, answers),
      rows: rows(journey, answers),
      needsDeclaration: declaration !== undefined,
      backHref: last ? questionUrl(journey.service, last.id) : serviceUrl(journey.service),
      appeal: appealView(journey, draft),
      failed: false,
    },
    { headers: privateHeaders },
  )
}

export type CheckAnswersData = Awaited<ReturnType<typeof checkAnswersLoader>>['data']

export async function declarationLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const { answers, declaration } = await readyDraft(journey, request)
  const question = declaration ?? journey.service.questions.find(isDeclaration)
  if (!question) throw redirectTo(serviceUrl(journey.service, '/check-answers'))
  return data(
    {
      ...pageFrame(journey),
      question,
      values: answerToForm(question, answers[question.id]),
      errors: [] as FieldError[],
      backHref: serviceUrl(journey.service, '/check-answers'),
      failed: false,
    },
    { headers: privateHeaders },
  )
}

export type DeclarationData = Awaited<ReturnType<typeof declarationLoader>>['data']

/** POST check-answers (services without a declaration) and POST declaration both end here. */
export async function submitAction({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const journey = await requireJourney(request, context, params.serviceId)
  // A filled honeypot is answered as if it worked, and nothing is stored.
  if (checkHoneypot(form).isBot) throw redirectTo(serviceUrl(journey.service, '/confirmation'))
  const ready = await readyDraft(journey, request)
  const { declaration } = ready
  let { draft, answers } = ready
  const declarationQuestion = journey.service.questions.find(isDeclaration)

  if (declarationQuestion) {
    const raw = formToRaw(form)
    const hidden = controlCharacterErrors(declarationQuestion, raw, translator(journey.locale)('journey.errors.controlCharacters'))
    const result = hidden.length > 0 ? { ok: false as const, errors: hidden } : validate(declarationQuestion, raw, journey.locale, { now: journey.triage.now })
    if (!result.ok) {
      if (!declaration) {
        // Posted to check answers, but this service needs the declaration: show it.
        throw redirectTo(serviceUrl(journey.service, '/declaration'))
      }
      return pageShowsErrors(
        context,
        data(
          {
            ...pageFrame(journey),
            question: declarationQuestion,
            values: raw,
            errors: result.errors,
            backHref: serviceUrl(journey.service, '/check-answers'),
            failed: false,
          },
          { status: 400, headers: privateHeaders },
        ),
      )
    }
    answers = { ...answers, [declarationQuestion.id]: result.value }
    const step = currentStep(journey, answers)
    draft = (await saveAnswers(journey, draft, answers, step)).draft
  }

  const outcome = currentStep(journey, answers)
  if (outcome.type !== 'SUBMIT') throw redirectTo(stepUrl(journey.service, outcome))
  try {
    // The submission's rate-limit hit is counted in the same round trip as the report, before it is written.
    await submit(journey, draft, answers, outcome, limitFor(context, 'submission'))
  } catch (error) {
    if (error instanceof Response) throw error
    if (error instanceof RateLimitedError) throw await overLimit(request, 'submission', error.resetAt)
    logger.error({ event: 'submission-failed', tenant: journey.tenant.id, service: journey.service.id, error: describeError(error) }, 'submission failed')
    return failed(journey, draft, answers, declarationQuestion)
  }
  return redirectTo(serviceUrl(journey.service, '/confirmation'))
}

/** How long the "could not send your report" page asks the person to wait (its Retry-After). */
const SUBMIT_RETRY_AFTER_SECONDS = 30

function failed(journey: Journey, draft: Draft, answers: Answers, declaration: Question | undefined) {
  const base = { ...pageFrame(journey), backHref: serviceUrl(journey.service, '/check-answers'), failed: true }
  if (declaration) {
    return data(
      { ...base, question: declaration, values: answerToForm(declaration, answers[declaration.id]), errors: [] as FieldError[] },
      { status: 503, headers: { ...privateHeaders, 'Retry-After': String(SUBMIT_RETRY_AFTER_SECONDS) } },
    )
  }
  return data(
    { ...base, routing: routingView(journey, answers), dangerNow: dangerNow(journey, answers), rows: rows(journey, answers), needsDeclaration: false, appeal: appealView(journey, draft) },
    { status: 503, headers: { ...privateHeaders, 'Retry-After': String(SUBMIT_RETRY_AFTER_SECONDS) } },
  )
}


/**
 * Writes the report; resolves to its reference (the same one for a draft already sent). With `rateLimit`, one hit is
 * counted first and RateLimitedError thrown, with nothing written, when it is over the limit.
 */
export async function submit(journey: Journey, draft: Draft, given: Answers, outcome: SubmitOutcome, rateLimit?: SubmitReportInput['rateLimit']) {
  const { service, locale, tenant } = journey
  // Only the answers on the final path are sent: an answer to a question the path no longer asks stays behind.
  const answers = pruneAnswers(service, given, journey.triage)
  const now = new Date(journey.triage.now)
  // The questions as the person saw them (the force-area question a border district adds among them), the answers
  // as given, and the stored values behind them.
  const asked = summarise(service, answers, locale, journey.triage).map((row) => ({
    questionId: row.questionId,
    question: row.question,
    answer: row.answer,
    value: answers[row.questionId] ?? null,
  }))
  const contactAnswer = Object.values(answers).find(
    (v): v is { anonymous: false; name: string; email?: string; phone?: string } =>
      typeof v === 'object' && v !== null && 'anonymous' in v && v.anonymous === false,
  )
  const postcodeQuestion = service.questions.find((q) => q.type === 'postcode' && q.incidentLocation)
  const postcode = postcodeQuestion ? answers[postcodeQuestion.id] : undefined
  const email = contactAnswer?.email
  // On a safe-contact journey the confirmation goes only to an address the person told us is safe to email.
  const emailSafely = email !== undefined && safeToEmail(service, answers)
  // A report about another force's area goes to that force: its reference, its queue, its emails (the engine routes
  // only to a force on this platform). The draft stays with this site.
  const receiving = outcome.route ? tenantById(outcome.route.forceId) : tenant
  return journey.database.queries.submitReport(tenant.id, {
    draftId: draft.id,
    idempotencyKey: draft.idempotencyKey,
    generateReference: () => generateReference(receiving.referencePrefix, randomBytes(5), ukYear(now)),
    serviceId: service.id,
    serviceVersion: String(service.version),
    answers: asked,
    outcome,
    priority: outcome.priority,
    priorityScore: outcome.score,
    flags: outcome.flags,
    rationale: outcome.rationale,
    contact: contactAnswer ? { ...contactAnswer } : null,
    verification: { email: email ?? null, postcode: typeof postcode === 'string' ? postcode : null },
    locale,
    emails: emailSafely ? [confirmationEmailFor(journey, email, receiving)] : [],
    now,
    ...(outcome.route ? { toTenant: receiving.id, routedBecause: outcome.route.why.en } : {}),
    // Started from one of this force's appeals (checked then): the report stays linked to it.
    appealReference: appealOf(draft)?.reference ?? null,
    ...(rateLimit ? { rateLimit } : {}),
  })
}

/**
 * The confirmation of the report this browser's draft became, whichever force has it (another force's area: that
 * force). `withCopy`: include the questions and answers, for the printable copy. A sensitive journey's copy is given
 * only when the person asks for it (showCopyAction), never in a page a later user of the browser can reopen.
 */
async function confirmationData(journey: Journey, request: Request, withCopy: boolean) {
  const draft = await readDraft(journey, request)
  const report = draft?.submittedReportId ? await journey.database.queries.getSubmittedReport(journey.tenant.id, draft.id) : null
  if (!report) throw redirectTo(serviceUrl(journey.service))
  const contact = report.contact as { email?: unknown } | null
  const asked = Array.isArray(report.answers) ? (report.answers as { questionId: string; question: string; answer: string; value?: unknown }[]) : []
  const receiving = report.tenantId === journey.tenant.id ? journey.tenant : tenantById(report.tenantId)
  const elsewhere = receiving.id !== journey.tenant.id
  // The answers as sent say whether a confirmation was emailed (submit made the same decision) and how we may
  // contact the person, so the page never promises a call or an email they told us is not safe.
  const sent = Object.fromEntries(asked.map((row) => [row.questionId, row.value as Answers[string]])) as Answers
  const given = typeof contact?.email === 'string' ? contact.email : null
  const emailed = given !== null && safeToEmail(journey.service, sent)
  const plan = safeContactOf(journey.service, sent)
  const contactNote: 'anonymous' | 'usual' | 'safe' | 'not-safe' =
    contact === null || report.flags.includes('anonymous') ? 'anonymous' : plan === null ? 'usual' : plan.safe ? 'safe' : 'not-safe'
  return {
    ...pageFrame(journey),
    reference: report.reference,
    email: emailed ? given : null,
    /** An address was given, but the person did not say email is safe: say why nothing was sent. */
    notEmailed: given !== null && !emailed,
    contactNote,
    submittedAt: report.submittedAt.toISOString(),
    rows: withCopy ? asked.map(({ questionId, question, answer }) => ({ questionId, question, answer })) : null,
    forceName: tenantName(receiving, journey.locale),
    /** Set when another force received the report: the person tracks it on that force's site. */
    receivedElsewhere: elsewhere ? { trackUrl: `${forceUrl(receiving, new URL(request.url))}track` } : null,
    /** Where else the person can go, as triage decided when the report was sent (the IWF, for images of a child). */
    links: storedLinks(report.outcome, journey.locale),
  }
}

export async function confirmationLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  return data(await confirmationData(journey, request, !journey.service.sensitive), { headers: privateHeaders })
}

export type ConfirmationData = Awaited<ReturnType<typeof confirmationData>>

/** GET …/confirmation/print: the printable copy, refused (back to the confirmation) on a sensitive journey. */
export async function printLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  if (journey.service.sensitive) throw redirectTo(serviceUrl(journey.service, '/confirmation'))
  return data(await confirmationData(journey, request, true), { headers: privateHeaders })
}

/** POST …/confirmation ("Show a copy of your report"): the copy, on request, as the answer to that post only. */
export async function showCopyAction({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const journey = await requireJourney(request, context, params.serviceId)
  return data(await confirmationData(journey, request, true), { headers: privateHeaders })
}
