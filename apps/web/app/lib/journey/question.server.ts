// One question per page: GET shows the question the path has reached (or an earlier one, to change it); POST
// checks the answer on the server, saves the draft and redirects (POST-redirect-GET) to the next step. An
// answer that fails re-renders the page with every value as typed; nothing is stored.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { answerToForm, FORCE_AREA_QUESTION, fieldName, findQuestion as findInService, routeOf, validate, type Answers, type FieldError, type Question, type RawInput } from '@bluelamp/triage'
import type { Draft } from '@bluelamp/db'
import { translator } from '../../i18n/i18n.ts'
import { requireCsrf } from '../security/csrf.server.ts'
import { parseEvidenceUpload } from '../evidence/uploads.server.ts'
import { fileStoreFor } from '../evidence/file-store.server.ts'
import { controlCharacterErrors, formToRaw } from './form.server.ts'
import {
  answeredPath,
  answersOf,
  currentStep,
  ensureDraft,
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
import { appealView } from './appeal.server.ts'
import { pageFrame } from './view.server.ts'
import { sharePage } from '../platform/shared-page.server.ts'
import { renderFromData } from '../platform/rendered-pages.server.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'

export interface AttachedFile {
  id: string
  filename: string
}

/** The question a URL names: one of the service's, or the force-area question while it is on this person's path. */
function findQuestion(journey: Journey, questionId: string | undefined, answers: Answers): Question {
  const question = questionId ? findInService(journey.service, questionId, answers, journey.triage) : undefined
  if (!question) {
    // The force-area question exists only for a postcode on a border: any other time, send the person on.
    if (questionId === FORCE_AREA_QUESTION) throw redirectTo(stepUrl(journey.service, currentStep(journey, answers)))
    throw data({ reason: 'not-found' }, { status: 404 })
  }
  return question
}

async function attachedFiles(journey: Journey, draft: Draft | null, ids: string[]): Promise<AttachedFile[]> {
  if (!draft || ids.length === 0) return []
  const rows = await journey.database.queries.listEvidence(journey.tenant.id, { draftId: draft.id })
  return rows.filter((r) => ids.includes(r.id)).map((r) => ({ id: r.id, filename: r.filename }))
}

interface PageInput {
  journey: Journey
  draft: Draft | null
  question: Question
  change: boolean
  values: RawInput
  errors: FieldError[]
}

async function page({ journey, draft, question, change, values, errors }: PageInput) {
  const answers = answersOf(draft)
  const path = answeredPath(journey, answers)
  const step = currentStep(journey, answers)
  const position = path.indexOf(question.id)
  const index = position >= 0 ? position + 1 : path.length + 1
  const total = Math.max(index, step.type === 'question' ? step.estimatedTotal : path.length)
  const previous = position > 0 ? path[position - 1] : position < 0 ? path.at(-1) : undefined
  const backHref = change
    ? serviceUrl(journey.service, '/check-answers')
    : previous
      ? questionUrl(journey.service, previous)
      : serviceUrl(journey.service)
  const files =
    question.type === 'evidence-upload'
      ? await attachedFiles(journey, draft, Array.isArray(answers[question.id]) ? (answers[question.id] as string[]) : [])
      : []
  return {
    ...pageFrame(journey),
    question,
    values,
    errors,
    change,
    progress: { index, total },
    backHref,
    files,
    appeal: appealView(journey, draft),
  }
}

export type QuestionPageData = Awaited<ReturnType<typeof page>>

export async function questionLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const draft = await readDraft(journey, request)
  const answers = answersOf(draft)
  const question = findQuestion(journey, params.questionId, answers)
  // Only questions on the person's path can be shown: the next one, or one already answered.
  const step = currentStep(journey, answers)
  const onPath = answeredPath(journey, answers).includes(question.id) || (step.type === 'question' && step.question.id === question.id)
  if (!onPath || isDeclaration(question)) throw redirectTo(stepUrl(journey.service, step))
  const search = new URL(request.url).searchParams
  const change = search.get('change') === '1'
  const values = answerToForm(question, answers[question.id])
  const errors = search.get('problem') === 'not-on-path' ? [{ message: translator(journey.locale)('journey.errors.notOnPath') }] : []
  // Before any answer the first question is the same page for everyone; after, it is drawn from this data alone.
  if (draft === null) sharePage(context)
  renderFromData(context)
  return data(await page({ journey, draft, question, change, values, errors }), { headers: privateHeaders })
}

async function readForm(request: Request, journey: Journey, draft: Draft | null, question: Question) {
  if (question.type !== 'evidence-upload') {
    const form = await request.formData()
    await requireCsrf(request, form)
    return { form, uploaded: [] as string[], uploadErrors: [] as FieldError[], setCookie: undefined }
  }
  // Files go to the store as they stream in, attached to the draft (made now if this browser has none).
  const saved = await ensureDraft(journey, draft)
  const upload = await parseEvidenceUpload(request, {
    tenantId: journey.tenant.id,
    draftId: saved.draft.id,
    database: journey.database,
    // The store the staff download route reads from: the same environment and database.
    store: fileStoreFor({ env: journey.env, database: journey.database }),
    // The refusals ("The selected file must be smaller than 10MB") in the page's language.
    locale: journey.locale,
  })
  await requireCsrf(request, upload.form)
  return {
    form: upload.form,
    uploaded: upload.stored.map((s) => s.id),
    uploadErrors: upload.errors.map((e) => ({ field: e.field, message: e.message })),
    setCookie: saved.setCookie,
    draft: saved.draft,
  }
}

export async function questionAction({ request, context, params }: ActionFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  let draft = await readDraft(journey, request)
  const question = findQuestion(journey, params.questionId, answersOf(draft))
  const read = await readForm(request, journey, draft, question)
  if ('draft' in read && read.draft) draft = read.draft
  const t = translator(journey.locale)
  const answers = answersOf(draft)
  const change = new URL(request.url).searchParams.get('change') === '1'
  const raw = formToRaw(read.form)

  // The page posts its own question's id: a different one means the form was altered or is stale.
  const posted = raw.question
  const step = currentStep(journey, answers)
  const onPath = answeredPath(journey, answers).includes(question.id) || (step.type === 'question' && step.question.id === question.id)
  if (!onPath || isDeclaration(question)) {
    // Not a question this report has reached (a stale tab, or a hand-made post): store nothing, and say so on the
    // page the person should be on.
    throw redirectTo(`${stepUrl(journey.service, step)}${step.type === 'question' ? '?problem=not-on-path' : ''}`)
  }
  if (posted !== question.id) {
    const errors = [{ message: t('journey.errors.tampered') }]
    return pageShowsErrors(context, data(await page({ journey, draft, question, change, values: raw, errors }), { status: 400, headers: privateHeaders }))
  }

  // "Save and come back later" posts this page's form too, so nothing typed here is lost: an answer is checked and
  // saved like any other (and its errors shown, with what was typed); a page left blank saves what went before.
  const saving = raw.intent === 'save'
  if (saving && !typedAnything(question, raw) && read.uploaded.length === 0) {
    return redirectTo(serviceUrl(journey.service, '/save'), read.setCookie)
  }

  let input = raw
  if (question.type === 'evidence-upload') {
    // Files already attached come from the draft, never from the form; new ones from this upload.
    const before = Array.isArray(answers[question.id]) ? (answers[question.id] as string[]) : []
    const keep = before.filter((id) => !([] as string[]).concat(raw[fieldName(question.id, 'remove')] ?? []).includes(id))
    input = { ...raw, [question.id]: [...keep, ...read.uploaded] }
    if (read.uploadErrors.length > 0) {
      return pageShowsErrors(
        context,
        data(await page({ journey, draft, question, change, values: input, errors: read.uploadErrors }), { status: 400, headers: privateHeaders }),
      )
    }
  }

  const hidden = controlCharacterErrors(question, raw, t('journey.errors.controlCharacters'))
  const result = hidden.length > 0 ? { ok: false as const, errors: hidden } : validate(question, input, journey.locale, { now: journey.triage.now })
  if (!result.ok) {
    return pageShowsErrors(
      context,
      data(await page({ journey, draft, question, change, values: raw, errors: result.errors }), { status: 400, headers: privateHeaders }),
    )
  }

  // Answers further on are kept even when this one opens new questions before them: the person answers the new
  // questions and finds the rest as they left them. Off-path answers are left out of check answers and the report.
  const updated = { ...answers, [question.id]: result.value }
  const nextStep = currentStep(journey, updated)
  const saved = await saveAnswers(journey, draft, updated, nextStep)
  if (saving) return redirectTo(serviceUrl(journey.service, '/save'), saved.setCookie ?? read.setCookie)
  const next = destination(journey, updated, question.id, nextStep, change)
  // This answer sends the report to another force (or to a different one): say which and why before going on.
  const before = routeOf(journey.service, answers, journey.triage)?.forceId
  const after = nextStep.type === 'question' || nextStep.type === 'SUBMIT' ? routeOf(journey.service, updated, journey.triage)?.forceId : undefined
  if (after && after !== before) return redirectTo(receivingForceUrl(journey, next), saved.setCookie ?? read.setCookie)
  return redirectTo(next, saved.setCookie ?? read.setCookie)
}

/** Whether the person typed or chose anything on this question's page (its fields are `<id>` and `<id>-…`). */
function typedAnything(question: Question, raw: RawInput): boolean {
  return Object.entries(raw).some(
    ([name, value]) => (name === question.id || name.startsWith(`${question.id}-`)) && [value].flat().some((v) => typeof v === 'string' && v.trim() !== ''),
  )
}

/** The page that says which force will receive the report, continuing to `next` (a page of this journey). */
export function receivingForceUrl(journey: Journey, next: string): string {
  return serviceUrl(journey.service, `/receiving-force?${new URLSearchParams({ next }).toString()}`)
}

/**
 * Where to go after an answer. Changing an answer from check answers goes back there unless the path now
 * needs a new answer. Otherwise the next question on the path, even one already answered (so Back then
 * Continue walks forward a page at a time), and then the first question not yet answered, or the outcome.
 */
function destination(journey: Journey, answers: Answers, questionId: string, step: ReturnType<typeof currentStep>, change: boolean): string {
  const { service } = journey
  if (step.type !== 'question' || isDeclaration(step.question)) return stepUrl(service, step)
  if (change) return stepUrl(service, step, true)
  const path = answeredPath(journey, answers)
  const following = path[path.indexOf(questionId) + 1]
  return following ? questionUrl(service, following) : stepUrl(service, step)
}
