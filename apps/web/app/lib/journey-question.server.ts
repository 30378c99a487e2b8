// One question per page: GET shows the question the path has reached (or an earlier one, to change it); POST
// checks the answer on the server, saves the draft and redirects (POST-redirect-GET) to the next step. An
// answer that fails re-renders the page with every value as typed; nothing is stored.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { validate, type Answers, type FieldError, type Question, type RawInput } from '@bluelamp/triage'
import type { Draft } from '@bluelamp/db'
import { translator } from '../i18n/i18n.ts'
import { requireCsrf } from './csrf.server.ts'
import { parseEvidenceUpload } from './uploads.server.ts'
import { answerToRaw, formToRaw } from './journey-form.server.ts'
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
import { pageFrame } from './journey-view.server.ts'
import { sharePage } from './shared-page.server.ts'

export interface AttachedFile {
  id: string
  filename: string
}

function findQuestion(journey: Journey, questionId: string | undefined): Question {
  const question = journey.service.questions.find((q) => q.id === questionId)
  if (!question) throw data({ reason: 'not-found' }, { status: 404 })
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
  }
}

export type QuestionPageData = Awaited<ReturnType<typeof page>>

export async function questionLoader({ request, context, params }: LoaderFunctionArgs) {
  const journey = await requireJourney(request, context, params.serviceId)
  const question = findQuestion(journey, params.questionId)
  const draft = await readDraft(journey, request)
  const answers = answersOf(draft)
  // Only questions on the person's path can be shown: the next one, or one already answered.
  const step = currentStep(journey, answers)
  const onPath = answeredPath(journey, answers).includes(question.id) || (step.type === 'question' && step.question.id === question.id)
  if (!onPath || isDeclaration(question)) throw redirectTo(stepUrl(journey.service, step))
  const search = new URL(request.url).searchParams
  const change = search.get('change') === '1'
  const values = answerToRaw(question, answers[question.id])
  const errors = search.get('problem') === 'not-on-path' ? [{ message: translator(journey.locale)('journey.errors.notOnPath') }] : []
  // Before any answer the first question is the same page for everyone.
  if (draft === null) sharePage(context)
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
  const question = findQuestion(journey, params.questionId)
  let draft = await readDraft(journey, request)
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
    return data(await page({ journey, draft, question, change, values: raw, errors }), { status: 400, headers: privateHeaders })
  }

  let input = raw
  if (question.type === 'evidence-upload') {
    // Files already attached come from the draft, never from the form; new ones from this upload.
    const before = Array.isArray(answers[question.id]) ? (answers[question.id] as string[]) : []
    const keep = before.filter((id) => !([] as string[]).concat(raw[`${question.id}-remove`] ?? []).includes(id))
    input = { ...raw, [question.id]: [...keep, ...read.uploaded] }
    if (read.uploadErrors.length > 0) {
      return data(await page({ journey, draft, question, change, values: input, errors: read.uploadErrors }), {
        status: 400,
        headers: privateHeaders,
      })
    }
  }

  const result = validate(question, input, journey.locale, { now: journey.triage.now })
  if (!result.ok) {
    return data(await page({ journey, draft, question, change, values: raw, errors: result.errors }), {
      status: 400,
      headers: privateHeaders,
    })
  }

  // Answers further on are kept even when this one opens new questions before them: the person answers the new
  // questions and finds the rest as they left them. Off-path answers are left out of check answers and the report.
  const updated = { ...answers, [question.id]: result.value }
  const nextStep = currentStep(journey, updated)
  const saved = await saveAnswers(journey, draft, updated, nextStep)
  return redirectTo(destination(journey, updated, question.id, nextStep, change), saved.setCookie ?? read.setCookie)
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
