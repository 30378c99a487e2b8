// The national team's notice pages (/admin/notices on the national host; docs/decisions/023): list, publish, change,
// end now. Every page needs a signed-in national administrator (requireNationalAdmin), every form a CSRF token, every
// field is read through a zod schema, and the notice is checked with @bluelamp/content's notice schema and
// noticeProblems before it is saved. Every change is audited in the national scope, and clears this process's kept
// pages at once (other processes see it within one refresh of their notices).
import { data, redirect, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs } from '@remix-run/node'
import { describeProblem, nationalNoticeSchema, noticeProblems, checkMarkdown, BLOCKING_PROBLEMS } from '@bluelamp/content'
import { NATIONAL_SCOPE, type NoticeInput, type StoredNotice } from '@bluelamp/db'
import { formatUk, services as catalogue, ukDayAndTime, ukInstant } from '@bluelamp/triage'
import { z } from 'zod'
import type { MessageKey } from '../../i18n/i18n.ts'
import { pageShowsErrors } from '../platform/page-errors.server.ts'
import { formText, formValue, parseForm } from '../security/parse-form.server.ts'
import { requireCsrf } from '../security/csrf.server.ts'
import { forcesAtoZ, registry } from '../site/site.server.ts'
import { audit } from '../staff/audit.server.ts'
import { requireNationalAdmin } from '../staff/session.server.ts'
import { asNotice, noticesChanged } from './notices.server.ts'

/** 'HH:MM' of the hour and minute boxes, as triage's ukInstant reads a time typed in UK time. */
const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`

/** The UK day, hour and minute of an instant, for the form's date and time boxes. */
function clockOf(at: Date): { day: string; hour: number; minute: number } {
  const { day, time } = ukDayAndTime(at)
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return { day, hour, minute }
}

const DATE_PARTS = ['day', 'month', 'year'] as const
const TIME_PARTS = ['hour', 'minute'] as const

/** Every text field of the form, as typed (for showing it again after a mistake). */
export type NoticeFormValues = Record<string, string> & { forces?: string }

const number = (value: string, min: number, max: number) => (/^\d{1,4}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined)

/** A UK day from the three fields, or undefined. */
function dayOf(values: Record<string, string>, prefix: string): string | undefined {
  const day = number(values[`${prefix}-day`] ?? '', 1, 31)
  const month = number(values[`${prefix}-month`] ?? '', 1, 12)
  const year = number(values[`${prefix}-year`] ?? '', 2000, 2999)
  if (day === undefined || month === undefined || year === undefined) return undefined
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const parsed = new Date(`${iso}T00:00:00Z`)
  return parsed.toISOString().slice(0, 10) === iso ? iso : undefined
}

function timeOf(values: Record<string, string>, prefix: string): { hour: number; minute: number } | undefined {
  const hour = number(values[`${prefix}-hour`] ?? '', 0, 23)
  const minute = number(values[`${prefix}-minute`] ?? '', 0, 59)
  return hour === undefined || minute === undefined ? undefined : { hour, minute }
}

const text = (cut: number) => formText(cut)
const key = (k: MessageKey) => k

/**
 * The form's fields. Messages are catalogue keys (the page says them in its language). Lengths are checked here
 * with their own message; a field is cut a little above its limit, so a long paste is told, not silently cut.
 */
export const noticeFormSchema = z
  .object({
    titleEn: text(200),
    bodyEn: text(1000),
    titleCy: text(200),
    bodyCy: text(1000),
    audience: formValue(),
    forces: formValue(),
    serviceId: formValue(),
    linkEn: text(200),
    linkCy: text(200),
    ...Object.fromEntries(['starts', 'ends'].flatMap((p) => [...DATE_PARTS, ...TIME_PARTS].map((part) => [`${p}-${part}`, text(10)]))),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: MessageKey) => ctx.addIssue({ code: 'custom', path: [path], message })
    const values = v as Record<string, string>
    if (!v.titleEn) issue('titleEn', 'notices.errors.titleEnMissing')
    else if (v.titleEn.length > 120) issue('titleEn', 'notices.errors.titleTooLong')
    if (!v.bodyEn) issue('bodyEn', 'notices.errors.bodyEnMissing')
    else if (v.bodyEn.length > 600) issue('bodyEn', 'notices.errors.bodyTooLong')
    if (!v.titleCy) issue('titleCy', 'notices.errors.titleCyMissing')
    else if (v.titleCy.length > 120) issue('titleCy', 'notices.errors.titleTooLong')
    if (!v.bodyCy) issue('bodyCy', 'notices.errors.bodyCyMissing')
    else if (v.bodyCy.length > 600) issue('bodyCy', 'notices.errors.bodyTooLong')
    if (v.audience !== 'all' && v.audience !== 'chosen') issue('audience', 'notices.errors.audienceMissing')
    if (v.audience === 'chosen') {
      const chosen = v.forces.split(' ').filter(Boolean)
      if (chosen.length === 0 || chosen.some((id) => !registry.tenants[id])) issue('forces', 'notices.errors.forcesMissing')
    }
    if (v.serviceId) {
      if (!catalogue.some((s) => s.id === v.serviceId)) issue('serviceId', 'notices.errors.serviceUnknown')
      if (!v.linkEn) issue('linkEn', 'notices.errors.linkEnMissing')
      else if (v.linkEn.length > 80) issue('linkEn', 'notices.errors.linkTooLong')
      if (!v.linkCy) issue('linkCy', 'notices.errors.linkCyMissing')
      else if (v.linkCy.length > 80) issue('linkCy', 'notices.errors.linkTooLong')
    }
    const moments: Record<string, Date | undefined> = {}
    for (const [prefix, dateKey, timeKey, skipped] of [
      ['starts', 'notices.errors.startDateInvalid', 'notices.errors.startTimeInvalid', 'notices.errors.startSkipped'],
      ['ends', 'notices.errors.endDateInvalid', 'notices.errors.endTimeInvalid', 'notices.errors.endSkipped'],
    ] as const) {
      const day = dayOf(values, prefix)
      const time = timeOf(values, prefix)
      if (!day) issue(`${prefix}-day`, key(dateKey))
      if (!time) issue(`${prefix}Time-hour`, key(timeKey))
      if (day && time) {
        const at = ukInstant(day, hhmm(time.hour, time.minute))
        if (!at) issue(`${prefix}Time-hour`, key(skipped))
        moments[prefix] = at ?? undefined
      }
    }
    if (moments.starts && moments.ends && moments.ends <= moments.starts) issue('ends-day', 'notices.errors.endBeforeStart')
  })

/** The form's fields from a posted form: checkboxes of one name joined, the rest as sent. */
function fieldsOf(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [name, value] of form) if (typeof value === 'string' && !(name in fields)) fields[name] = value
  fields.forces = form
    .getAll('forces')
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.slice(0, 64))
    .slice(0, 200)
    .join(' ')
  return fields
}

function inputOf(v: z.output<typeof noticeFormSchema>): NoticeInput {
  const values = v as Record<string, string>
  const moment = (prefix: string) => {
    const time = timeOf(values, prefix)!
    return ukInstant(dayOf(values, prefix)!, hhmm(time.hour, time.minute))!
  }
  const words = (title: string, body: string, linkText: string) => ({ title, body, ...(v.serviceId && linkText ? { linkText } : {}) })
  return {
    text: { en: words(v.titleEn, v.bodyEn, v.linkEn), cy: words(v.titleCy, v.bodyCy, v.linkCy) },
    forces: v.audience === 'all' ? 'all' : [...new Set(v.forces.split(' ').filter(Boolean))],
    ...(v.serviceId ? { serviceId: v.serviceId } : {}),
    startsAt: moment('starts'),
    endsAt: moment('ends'),
  }
}

/** A form error the page shows: a catalogue key, or words already in the page's language (a Markdown problem). */
export type FormError = { key: MessageKey; values?: Record<string, string> }

function checkNotice(input: NoticeInput, now: Date): Record<string, FormError> {
  const errors: Record<string, FormError> = {}
  if (input.endsAt.getTime() <= now.getTime()) errors['ends-day'] = { key: 'notices.errors.endPassed' }
  for (const locale of ['en', 'cy'] as const) {
    const problem = checkMarkdown(input.text[locale].body).find((p) => BLOCKING_PROBLEMS.has(p.code))
    if (problem) errors[locale === 'en' ? 'bodyEn' : 'bodyCy'] = { key: locale === 'en' ? 'notices.errors.markdownEn' : 'notices.errors.markdownCy', values: { problem: describeProblem(problem, 'en') } }
  }
  // The model's own rules, as a last word (they agree with the form's; a disagreement is a bug, refused here).
  const model = nationalNoticeSchema.safeParse(asNotice({ id: 'new-notice', ...input, createdBy: '', updatedBy: '', createdAt: now, updatedAt: now } as StoredNotice))
  const problems = model.success ? noticeProblems(model.data, { now, knownForceIds: Object.keys(registry.tenants) }) : []
  if (!model.success && Object.keys(errors).length === 0) errors.titleEn = { key: 'notices.errors.titleEnMissing' }
  for (const p of problems) if (p.code === 'notice-ended' && !errors['ends-day']) errors['ends-day'] = { key: 'notices.errors.endPassed' }
  return errors
}

/** The form's fields filled from a saved notice, for changing it. */
export function valuesOf(notice: StoredNotice): NoticeFormValues {
  const values: NoticeFormValues = {
    titleEn: notice.text.en.title,
    bodyEn: notice.text.en.body,
    titleCy: notice.text.cy.title,
    bodyCy: notice.text.cy.body,
    audience: notice.forces === 'all' ? 'all' : 'chosen',
    forces: notice.forces === 'all' ? '' : notice.forces.join(' '),
    serviceId: notice.serviceId ?? '',
    linkEn: notice.text.en.linkText ?? '',
    linkCy: notice.text.cy.linkText ?? '',
  }
  for (const [prefix, at] of [
    ['starts', notice.startsAt],
    ['ends', notice.endsAt],
  ] as const) {
    const { day, hour, minute } = clockOf(at)
    const [year, month, d] = day.split('-')
    Object.assign(values, { [`${prefix}-day`]: String(Number(d)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year, [`${prefix}-hour`]: String(hour).padStart(2, '0'), [`${prefix}-minute`]: String(minute).padStart(2, '0') })
  }
  return values
}

/** What the form needs besides the values: the forces and services to choose from. */
function choices() {
  return {
    forces: forcesAtoZ().map((t) => ({ id: t.id, name: t.name })),
    services: [...catalogue].sort((a, b) => a.title.en.localeCompare(b.title.en, 'en-GB')).map((s) => ({ id: s.id, title: s.title.en })),
  }
}

type Status = 'showing' | 'scheduled' | 'ended'

export function noticeStatus(notice: StoredNotice, now: Date): Status {
  const ends = notice.endedAt && notice.endedAt < notice.endsAt ? notice.endedAt : notice.endsAt
  if (ends <= now) return 'ended'
  return notice.startsAt <= now ? 'showing' : 'scheduled'
}

const FLASH = new Set(['published', 'changed', 'ended', 'not-ended'])

/** GET /admin/notices: every notice, the latest to start first, with its status and what can be done with it. */
export async function noticeListLoader({ request, context }: LoaderFunctionArgs) {
  const user = await requireNationalAdmin(request, context)
  const now = new Date()
  const notices = await context.services.database.queries.listNationalNotices()
  const names = new Map(forcesAtoZ().map((t) => [t.id, t.name]))
  const done = new URL(request.url).searchParams.get('done')
  return {
    user: { name: user.name },
    done: done && FLASH.has(done) ? done : undefined,
    notices: notices.map((n) => {
      const status = noticeStatus(n, now)
      const ends = n.endedAt && n.endedAt < n.endsAt ? n.endedAt : n.endsAt
      return {
        id: n.id,
        title: n.text.en.title,
        forces: n.forces === 'all' ? null : n.forces.map((id) => names.get(id) ?? id),
        start: formatUk(n.startsAt, 'en', { date: 'medium' }),
        end: formatUk(ends, 'en', { date: 'medium' }),
        status,
      }
    }),
  }
}

/** POST /admin/notices (intent "end"): ends a notice now. */
export async function noticeListAction({ request, context }: ActionFunctionArgs) {
  const user = await requireNationalAdmin(request, context)
  const form = await request.formData()
  await requireCsrf(request, form)
  const parsed = parseForm(form, z.object({ intent: z.literal('end'), id: formValue() }))
  if (!parsed.ok) throw data(null, { status: 400 })
  const now = new Date()
  const ended = await context.services.database.queries.endNationalNotice(parsed.data.id, user.actor, now)
  await audit(context, request, NATIONAL_SCOPE, user.actor, { action: 'notice.end', targetType: 'notice', targetId: parsed.data.id, outcome: ended ? 'ok' : 'failed' })
  if (ended) await noticesChanged(context.services.database, now)
  throw redirect(`/admin/notices?done=${ended ? 'ended' : 'not-ended'}`)
}

/** The form page's data: new (defaults: every force, starting now for a week) or a saved notice's values. */
async function formFrame(request: Request, context: AppLoadContext, id?: string) {
  const user = await requireNationalAdmin(request, context)
  let notice: StoredNotice | null = null
  if (id !== undefined) {
    notice = await context.services.database.queries.getNationalNotice(id)
    if (!notice) throw data({ reason: 'not-found' }, { status: 404 })
  }
  return { user, notice }
}

function defaults(now: Date): NoticeFormValues {
  const start = clockOf(now)
  const end = clockOf(new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000))
  const parts = (prefix: string, t: { day: string; hour: number; minute: number }) => {
    const [year, month, day] = t.day.split('-')
    return { [`${prefix}-day`]: String(Number(day)), [`${prefix}-month`]: String(Number(month)), [`${prefix}-year`]: year!, [`${prefix}-hour`]: String(t.hour).padStart(2, '0'), [`${prefix}-minute`]: String(t.minute).padStart(2, '0') }
  }
  return { audience: 'all', ...parts('starts', start), ...parts('ends', end) }
}

export async function newNoticeLoader({ request, context }: LoaderFunctionArgs) {
  const { user } = await formFrame(request, context)
  return { user: { name: user.name }, mode: 'new' as const, values: defaults(new Date()), ...choices() }
}

export async function editNoticeLoader({ request, context, params }: LoaderFunctionArgs) {
  const { user, notice } = await formFrame(request, context, params.noticeId ?? '')
  return { user: { name: user.name }, mode: 'edit' as const, id: notice!.id, values: valuesOf(notice!), ...choices() }
}

/** POST of the form: checked, saved, audited, kept pages cleared; a mistake shows the form again with what was typed. */
async function saveNotice(request: Request, context: AppLoadContext, id: string | undefined) {
  const { user, notice } = await formFrame(request, context, id)
  const form = await request.formData()
  await requireCsrf(request, form)
  const fields = fieldsOf(form)
  const parsed = parseForm(fields, noticeFormSchema)
  const now = new Date()
  const errors: Record<string, FormError> = {}
  let input: NoticeInput | undefined
  if (!parsed.ok) for (const [name, message] of Object.entries(parsed.errors)) errors[name] = { key: message as MessageKey }
  else {
    input = inputOf(parsed.data)
    Object.assign(errors, checkNotice(input, now))
  }
  if (!input || Object.keys(errors).length > 0) {
    const values: NoticeFormValues = { ...fields }
    return pageShowsErrors(context, data({ errors, values }, { status: 400 }))
  }
  const queries = context.services.database.queries
  let targetId: string
  if (notice) {
    await queries.updateNationalNotice(notice.id, input, user.actor, now)
    targetId = notice.id
  } else targetId = await queries.createNationalNotice(input, user.actor)
  await audit(context, request, NATIONAL_SCOPE, user.actor, {
    action: notice ? 'notice.change' : 'notice.publish',
    targetType: 'notice',
    targetId,
    detail: { forces: input.forces, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), serviceId: input.serviceId ?? null },
  })
  await noticesChanged(context.services.database, now)
  throw redirect(`/admin/notices?done=${notice ? 'changed' : 'published'}`)
}

export const newNoticeAction = ({ request, context }: ActionFunctionArgs) => saveNotice(request, context, undefined)
export const editNoticeAction = ({ request, context, params }: ActionFunctionArgs) => saveNotice(request, context, params.noticeId ?? '')
