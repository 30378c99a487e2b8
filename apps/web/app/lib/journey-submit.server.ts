// Check answers, the declaration and submission. Submission is one transaction in @bluelamp/db (report, first
// event, outbox rows); one idempotency key per draft, so a second submit of the same draft gets the same
// reference. If the database fails, the draft is untouched and the person is asked to try again.
import { randomBytes } from 'node:crypto'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import type { Draft } from '@bluelamp/db'
import {
  formatAnswer,
  forcePrefix,
  generateReference,
  pruneAnswers,
  summarise,
  validate,
  type Answers,
  type FieldError,
  type Question,
  type SubmitOutcome,
} from '@bluelamp/triage'
import { requireCsrf } from './csrf.server.ts'
import { checkHoneypot } from './honeypot.server.ts'
import { rateLimitSubmission } from './rate-limit.server.ts'
import { answerToRaw, formToRaw } from './journey-form.server.ts'
import {
  answersOf,
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
import { pageFrame } from './journey-view.server.ts'
import { confirmationEmailFor } from './journey-email.server.ts'

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

function rows(journey: Journey, answers: Answers) {
  return summarise(journey.service, answers, journey.locale, journey.triage)
    .filter((row) => row.questionId !== journey.service.questions.find(isDeclaration)?.id)
    .map((row) => ({ ...row, href: questionUrl(journey.service, row.changeId, true) }))
}

export async function checkAnswersLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const { answers, declaration } = await readyDraft(journey, request)
  const last = journey.service.questions.filter((q) => answers[q.id] !== undefined && !isDeclaration(q)).at(-1)
  return data(
    {
      ...pageFrame(journey),
      rows: rows(journey, answers),
      needsDeclaration: declaration !== undefined,
      backHref: last ? questionUrl(journey.service, last.id) : serviceUrl(journey.service),
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
      values: answerToRaw(question, answers[question.id]),
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
    const result = validate(declarationQuestion, raw, journey.locale, { now: journey.triage.now })
    if (!result.ok) {
      if (!declaration) {
        // Posted to check answers, but this service needs the declaration: show it.
        throw redirectTo(serviceUrl(journey.service, '/declaration'))
      }
      return data(
        {
          ...pageFrame(journey),
          question: declarationQuestion,
          values: raw,
          errors: result.errors,
          backHref: serviceUrl(journey.service, '/check-answers'),
          failed: false,
        },
        { status: 400, headers: privateHeaders },
      )
    }
    answers = { ...answers, [declarationQuestion.id]: result.value }
    const step = currentStep(journey, answers)
    draft = (await saveAnswers(journey, draft, answers, step)).draft
  }

  const outcome = currentStep(journey, answers)
  if (outcome.type !== 'SUBMIT') throw redirectTo(stepUrl(journey.service, outcome))
  await rateLimitSubmission(request, context)
  try {
    await submit(journey, draft, answers, outcome)
  } catch (error) {
    if (error instanceof Response) throw error
    console.error('submission failed', error)
    return failed(journey, answers, declarationQuestion)
  }
  return redirectTo(serviceUrl(journey.service, '/confirmation'))
}

function failed(journey: Journey, answers: Answers, declaration: Question | undefined) {
  const base = { ...pageFrame(journey), backHref: serviceUrl(journey.service, '/check-answers'), failed: true }
  if (declaration) {
    return data(
      { ...base, question: declaration, values: answerToRaw(declaration, answers[declaration.id]), errors: [] as FieldError[] },
      { status: 503, headers: privateHeaders },
    )
  }
  return data({ ...base, rows: rows(journey, answers), needsDeclaration: false }, { status: 503, headers: privateHeaders })
}

// Built once: constructing an Intl.DateTimeFormat costs more than the rest of a reference put together.
const ukYearFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' })
const ukYear = (now: Date) => Number(ukYearFormat.format(now))

/** Writes the report; resolves to its reference (the same one for a draft already sent). */
export async function submit(journey: Journey, draft: Draft, given: Answers, outcome: SubmitOutcome) {
  const { service, locale, tenant } = journey
  // Only the answers on the final path are sent: an answer to a question the path no longer asks stays behind.
  const answers = pruneAnswers(service, given, journey.triage)
  const now = new Date(journey.triage.now)
  // The questions as the person saw them, the answers as given, and the stored values behind them.
  const asked = service.questions
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => ({
      questionId: q.id,
      question: q.text[locale],
      answer: formatAnswer(q, answers[q.id], locale),
      value: answers[q.id] ?? null,
    }))
  const contactAnswer = Object.values(answers).find(
    (v): v is { anonymous: false; name: string; email?: string; phone?: string } =>
      typeof v === 'object' && v !== null && 'anonymous' in v && v.anonymous === false,
  )
  const postcodeQuestion = service.questions.find((q) => q.type === 'postcode' && q.incidentLocation)
  const postcode = postcodeQuestion ? answers[postcodeQuestion.id] : undefined
  const email = contactAnswer?.email
  return journey.database.queries.submitReport(tenant.id, {
    draftId: draft.id,
    idempotencyKey: draft.idempotencyKey,
    generateReference: () => generateReference(forcePrefix(tenant.id), randomBytes(5), ukYear(now)),
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
    emails: email ? [confirmationEmailFor(journey, email)] : [],
    now,
  })
}

export async function confirmationLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  const report = draft?.submittedReportId
    ? await journey.database.queries.getReport(journey.tenant.id, draft.submittedReportId)
    : null
  if (!report) throw redirectTo(serviceUrl(journey.service))
  const contact = report.contact as { email?: unknown } | null
  const asked = Array.isArray(report.answers) ? (report.answers as { questionId: string; question: string; answer: string }[]) : []
  return data(
    {
      ...pageFrame(journey),
      reference: report.reference,
      email: typeof contact?.email === 'string' ? contact.email : null,
      submittedAt: report.submittedAt.toISOString(),
      rows: asked.map(({ questionId, question, answer }) => ({ questionId, question, answer })),
      forceName: journey.forceName,
    },
    { headers: privateHeaders },
  )
}

export type ConfirmationData = Awaited<ReturnType<typeof confirmationLoader>>['data']
