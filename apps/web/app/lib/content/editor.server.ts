// The back-office editor of a force's own pages (/staff/content; docs/decisions/022-content-editor.md). Editors (and
// admins) of the host's force list, create, edit, preview, schedule, publish and unpublish its news, appeals, advice,
// neighbourhood and contact pages. What is typed is read through parseForm, built into an item of the content model
// and checked by that kind's schema; publishing is also checked by @bluelamp/content's publishProblems (Welsh on a
// Welsh force, alt text, a closing day not past...). Every save writes a revision (the query does) and an audit
// entry; a change to what the public sees forgets the force's pages kept by this process's page cache.
import type { AppLoadContext } from '@remix-run/node'
import { z } from 'zod'
import {
  APPEAL_KINDS,
  APPEAL_STATUSES,
  appealSchema,
  areaPageSchema,
  contactPageSchema,
  contentPath,
  localAdviceSchema,
  newsArticleSchema,
  publicationState,
  publishProblems,
  requiresWelsh,
  type ForceContent,
  type LocalAdvice,
  type Publication,
  type PublicationState,
} from '@bluelamp/content'
import type { ContentItemKind, Database, StoredContentItem } from '@bluelamp/db'
import { formatUk, ukDayAndTime, ukInstant } from '@bluelamp/triage'
import type { Tenant } from '@bluelamp/tenants'
import { translator, type Locale, type MessageKey } from '../../i18n/i18n.ts'
import { servicesFor } from '../journey/journey.server.ts'
import { forgetSharedPages } from '../platform/shared-page.server.ts'
import { formText, parseForm } from '../security/parse-form.server.ts'
import { audit } from '../staff/audit.server.ts'
import { staffData } from '../staff/data.server.ts'
import type { StaffUser } from '../staff/session.server.ts'
import { actorLabel } from '../staff/view.server.ts'
import { adviceView, appealView, areaView, contactView, forceFacts, nationalAdvice, newsArticleView, type ViewFrame } from './content.server.ts'
import { imagesById } from './images.server.ts'

export const EDITOR_KINDS = ['news', 'appeal', 'advice', 'area', 'contact'] as const satisfies readonly ContentItemKind[]
export type EditorKind = (typeof EDITOR_KINDS)[number]

export function isEditorKind(value: unknown): value is EditorKind {
  return typeof value === 'string' && (EDITOR_KINDS as readonly string[]).includes(value)
}

type Context = Pick<AppLoadContext, 'services' | 'site' | 'clientIp' | 'sharedPages'>

/** The languages the force's editor writes in: English, and Welsh where the force's site is in Welsh. */
export function editorLocales(tenant: Pick<Tenant, 'locales'>): Locale[] {
  return requiresWelsh({ locales: tenant.locales as Locale[] }) ? ['en', 'cy'] : ['en']
}

const STATE_KEYS: Record<PublicationState, MessageKey> = {
  draft: 'editor.state.draft',
  scheduled: 'editor.state.scheduled',
  published: 'editor.state.published',
  unpublished: 'editor.state.unpublished',
  expired: 'editor.state.expired',
}
export function stateKey(state: PublicationState): MessageKey {
  return STATE_KEYS[state]
}

// ---------------------------------------------------------------------------------------------------------------
// The form: one field per thing typed. Names are dotted ("en.title", "photo.alt.cy"); a field's id is its name with
// hyphens, so the error summary links to it.

/** The text fields of one language, by kind (an addition to national advice has a heading and a body only). */
function textFields(kind: EditorKind, mode: string | undefined): readonly string[] {
  if (kind === 'area') return ['title', 'summary', 'body', 'priorities', 'contactNote', 'meetingPlace']
  if (kind === 'advice' && mode === 'addition') return ['title', 'body']
  return ['title', 'summary', 'body']
}

const LONG = 50_001 // one more than a body may be, so a body too long is said to be so rather than cut
const SHORT = 1_000

/** Every field the editor's form may send, read as text (trimmed, except Markdown, whose spacing is meaning). */
const formSchema = z.object({
  intent: formText(20),
  slug: formText(200),
  mode: formText(20),
  ...Object.fromEntries(
    (['en', 'cy'] as const).flatMap((l) => [
      [`${l}.title`, formText(SHORT)],
      [`${l}.summary`, formText(SHORT)],
      [`${l}.body`, formText(LONG, { trim: false })],
      [`${l}.priorities`, formText(20_000)],
      [`${l}.contactNote`, formText(SHORT)],
      [`${l}.meetingPlace`, formText(SHORT)],
      [`outcome.${l}`, formText(SHORT)],
      [`photo.alt.${l}`, formText(SHORT)],
      [`image.alt.${l}`, formText(SHORT)],
    ]),
  ),
  appealKind: formText(40),
  reference: formText(100),
  status: formText(40),
  closesOn: formText(40),
  serviceId: formText(100),
  'photo.id': formText(200),
  'image.id': formText(200),
  postcodeDistricts: formText(2_000),
  email: formText(320),
  phone: formText(100),
  'nextMeeting.date': formText(40),
  'nextMeeting.time': formText(40),
  showForceContacts: formText(10),
  'publishAt.date': formText(40),
  'publishAt.time': formText(40),
  'unpublishAt.date': formText(40),
  'unpublishAt.time': formText(40),
})

export type FormValues = Record<string, string>

export interface EditorError {
  /** The field's id (the error summary's anchor). */
  field: string
  message: string
}

export const fieldId = (name: string) => name.replaceAll('.', '-')

/** A priority a block of lines: its title on the first line, what it is about below; blocks apart by a blank line. */
function readPriorities(value: string): { title: string; detail: string }[] {
  return value
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const [title = '', ...rest] = block.split('\n')
      return { title: title.trim(), detail: rest.join(' ').replace(/\s+/g, ' ').trim() }
    })
}

function writePriorities(priorities: unknown): string {
  if (!Array.isArray(priorities)) return ''
  return priorities.map((p: { title?: string; detail?: string }) => `${p.title ?? ''}\n${p.detail ?? ''}`).join('\n\n')
}

/** The form's values for an item as stored (the edit page's starting point, and an old revision shown). */
export function formValuesOf(item: StoredContentItem): { values: FormValues; relatedServices: string[] } {
  const v: FormValues = {}
  const text = item.text as Partial<Record<Locale, Record<string, unknown>>>
  for (const l of ['en', 'cy'] as const) {
    const words = text[l]
    if (!words) continue
    for (const key of ['title', 'summary', 'body', 'contactNote', 'meetingPlace'] as const) {
      if (typeof words[key] === 'string') v[`${l}.${key}`] = words[key]
    }
    if (typeof words.heading === 'string') v[`${l}.title`] = words.heading
    if (Array.isArray(words.priorities)) v[`${l}.priorities`] = writePriorities(words.priorities)
  }
  const field = (name: string, value: unknown) => {
    if (typeof value === 'string') v[name] = value
  }
  if (item.kind !== 'contact') field('slug', item.slug)
  field('mode', item.mode)
  field('appealKind', item.appealKind)
  field('reference', item.reference)
  field('status', item.status)
  field('closesOn', item.closesOn)
  field('serviceId', item.serviceId)
  field('email', item.email)
  field('phone', item.phone)
  for (const name of ['photo', 'image'] as const) {
    const image = item[name] as { id?: string; alt?: Partial<Record<Locale, string>> } | undefined
    field(`${name}.id`, image?.id)
    field(`${name}.alt.en`, image?.alt?.en)
    field(`${name}.alt.cy`, image?.alt?.cy)
  }
  const outcome = item.outcome as Partial<Record<Locale, string>> | undefined
  field('outcome.en', outcome?.en)
  field('outcome.cy', outcome?.cy)
  if (Array.isArray(item.postcodeDistricts)) v.postcodeDistricts = item.postcodeDistricts.join(', ')
  if (typeof item.nextMeetingAt === 'string') {
    const { day, time } = ukDayAndTime(new Date(item.nextMeetingAt))
    v['nextMeeting.date'] = day
    v['nextMeeting.time'] = time
  }
  if (item.kind === 'contact') v.showForceContacts = item.showForceContacts === false ? '' : 'yes'
  for (const name of ['publishAt', 'unpublishAt'] as const) {
    const at = item.publication[name]
    if (!at) continue
    const { day, time } = ukDayAndTime(new Date(at))
    v[`${name}.date`] = day
    v[`${name}.time`] = time
  }
  return { values: v, relatedServices: Array.isArray(item.relatedServices) ? item.relatedServices.filter((s): s is string => typeof s === 'string') : [] }
}

/** What a new item of a kind starts as in the form. */
export function newFormValues(kind: EditorKind): { values: FormValues; relatedServices: string[] } {
  const values: FormValues = {}
  if (kind === 'appeal') Object.assign(values, { appealKind: 'witnesses', status: 'open' })
  if (kind === 'advice') values.mode = 'local'
  if (kind === 'contact') values.showForceContacts = 'yes'
  return { values, relatedServices: [] }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a posted form into an item.

type Intent = 'save' | 'publish' | 'schedule'
const INTENTS: readonly Intent[] = ['save', 'publish', 'schedule']

interface Read {
  values: FormValues
  relatedServices: string[]
  intent: Intent
  errors: EditorError[]
  /** The item as typed, before its schema; undefined when a date or time could not be read. */
  candidate?: Record<string, unknown>
}

const SCHEMAS = {
  news: newsArticleSchema,
  appeal: appealSchema,
  advice: localAdviceSchema,
  area: areaPageSchema,
  contact: contactPageSchema,
} as const

function labelFor(name: string, t: ReturnType<typeof translator>): string {
  const [first, second, third] = name.split('.')
  const language = (l: string | undefined) => (l === 'en' || l === 'cy' ? ` (${t(l === 'en' ? 'editor.language.en' : 'editor.language.cy')})` : '')
  if (first === 'en' || first === 'cy') return `${t(FIELD_KEYS[second ?? ''] ?? 'editor.field.title')}${language(first)}`
  if ((first === 'photo' || first === 'image') && second === 'alt') return `${t('editor.field.alt')}${language(third)}`
  if (first === 'outcome') return `${t('editor.field.outcome')}${language(second)}`
  return t(FIELD_KEYS[name] ?? FIELD_KEYS[first ?? ''] ?? 'editor.field.title')
}

const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'editor.field.title',
  summary: 'editor.field.summary',
  body: 'editor.field.body',
  priorities: 'editor.field.priorities',
  contactNote: 'editor.field.contactNote',
  meetingPlace: 'editor.field.meetingPlace',
  slug: 'editor.field.slug',
  mode: 'editor.field.mode',
  appealKind: 'editor.field.appealKind',
  reference: 'editor.field.reference',
  status: 'editor.field.status',
  closesOn: 'editor.field.closesOn',
  serviceId: 'editor.field.serviceId',
  'photo.id': 'editor.field.imageId',
  'image.id': 'editor.field.imageId',
  postcodeDistricts: 'editor.field.postcodeDistricts',
  email: 'editor.field.email',
  phone: 'editor.field.phone',
  'nextMeeting.date': 'editor.field.nextMeeting',
  relatedServices: 'editor.field.relatedServices',
  showForceContacts: 'editor.field.showForceContacts',
  'publishAt.date': 'editor.field.publishAt',
  'unpublishAt.date': 'editor.field.unpublishAt',
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** The form field an issue's path (into the item) belongs to. */
export function fieldOfPath(path: readonly PropertyKey[], kind: EditorKind): string {
  const [a, b, c] = path.map(String)
  if (a === 'text') {
    if (b !== 'en' && b !== 'cy') return 'en.title'
    if (!c) return `${b}.title`
    return `${b}.${c === 'heading' ? 'title' : c}`
  }
  if (a === 'photo' || a === 'image') return b === 'alt' && (c === 'en' || c === 'cy') ? `${a}.alt.${c}` : `${a}.id`
  if (a === 'outcome') return b === 'cy' ? 'outcome.cy' : 'outcome.en'
  if (a === 'nextMeetingAt') return 'nextMeeting.date'
  if (a === 'publication') return b === 'unpublishAt' ? 'unpublishAt.date' : 'publishAt.date'
  if (a === 'slug' && kind === 'contact') return 'en.title'
  return a ?? 'en.title'
}

function readInstant(values: FormValues, name: string, t: ReturnType<typeof translator>, errors: EditorError[]): string | undefined | null {
  const day = values[`${name}.date`] ?? ''
  const time = values[`${name}.time`] ?? ''
  if (!day && !time) return undefined
  const at = day && time ? ukInstant(day, time) : undefined
  if (!at) {
    errors.push({ field: fieldId(`${name}.date`), message: t('editor.errors.dateTime', { field: labelFor(`${name}.date`, t) }) })
    return null
  }
  return at.toISOString()
}

function readForm(form: FormData, kind: EditorKind, tenant: Tenant, existing: StoredContentItem | undefined, locale: Locale, now: Date): Read {
  const t = translator(locale)
  const parsed = parseForm(form, formSchema)
  // Every field is optional text, so the form always reads; the item's schema says what is wrong with it.
  const values: FormValues = parsed.ok ? (Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => typeof v === 'string' && v !== '')) as FormValues) : parsed.values
  const relatedServices = form
    .getAll('relatedServices')
    .filter((v): v is string => typeof v === 'string')
    .slice(0, 50)
    .map((v) => v.slice(0, 100))
  const intent: Intent = INTENTS.includes(values.intent as Intent) ? (values.intent as Intent) : 'save'
  delete values.intent
  const errors: EditorError[] = []
  const v = (name: string) => values[name] ?? ''
  const optional = (name: string) => (v(name) === '' ? undefined : v(name))

  const mode = kind === 'advice' ? v('mode') || 'local' : undefined
  const text: Partial<Record<Locale, Record<string, unknown>>> = {}
  for (const l of editorLocales(tenant)) {
    const fields = textFields(kind, mode)
    if (!fields.some((f) => v(`${l}.${f}`).trim() !== '')) continue
    const words: Record<string, unknown> = {}
    for (const f of fields) {
      if (f === 'priorities') words.priorities = readPriorities(v(`${l}.priorities`))
      else if (f === 'title' && kind === 'advice' && mode === 'addition') words.heading = v(`${l}.title`)
      else if (f === 'contactNote' || f === 'meetingPlace') {
        if (optional(`${l}.${f}`)) words[f] = v(`${l}.${f}`)
      } else words[f] = v(`${l}.${f}`)
    }
    text[l] = words
  }

  const image = (name: 'photo' | 'image') => {
    const alt = Object.fromEntries((['en', 'cy'] as const).filter((l) => optional(`${name}.alt.${l}`)).map((l) => [l, v(`${name}.alt.${l}`)]))
    return optional(`${name}.id`) || Object.keys(alt).length > 0 ? { id: v(`${name}.id`), alt } : undefined
  }

  const item: Record<string, unknown> = { kind, text }
  if (kind !== 'contact') item.slug = existing?.slug ?? v('slug')
  switch (kind) {
    case 'news':
      item.image = image('image')
      break
    case 'appeal': {
      item.appealKind = v('appealKind')
      item.reference = v('reference')
      item.status = v('status')
      item.closesOn = optional('closesOn')
      item.serviceId = v('serviceId')
      item.photo = image('photo')
      const outcome = Object.fromEntries((['en', 'cy'] as const).filter((l) => optional(`outcome.${l}`)).map((l) => [l, v(`outcome.${l}`)]))
      if (Object.keys(outcome).length > 0) item.outcome = outcome
      break
    }
    case 'advice':
      item.mode = mode
      if (mode !== 'addition') item.relatedServices = relatedServices
      break
    case 'area': {
      item.postcodeDistricts = v('postcodeDistricts').split(/[\s,]+/).filter(Boolean)
      item.email = optional('email')
      item.phone = optional('phone')
      const meeting = readInstant(values, 'nextMeeting', t, errors)
      if (meeting) item.nextMeetingAt = meeting
      break
    }
    case 'contact':
      item.showForceContacts = v('showForceContacts') === 'yes'
      break
  }

  const publishAt = readInstant(values, 'publishAt', t, errors)
  const unpublishAt = readInstant(values, 'unpublishAt', t, errors)
  if (publishAt === null || unpublishAt === null || errors.length > 0) return { values, relatedServices, intent, errors }

  const before = existing?.publication
  let publication: Publication
  if (intent === 'publish') publication = { status: 'published', publishAt: now.toISOString(), unpublishAt }
  else if (intent === 'schedule') {
    if (!publishAt || Date.parse(publishAt) <= now.getTime()) {
      errors.push({ field: fieldId('publishAt.date'), message: t('editor.errors.scheduleFuture') })
      return { values, relatedServices, intent, errors }
    }
    publication = { status: 'published', publishAt, unpublishAt }
  } else {
    // Saving keeps the page where it stands (a draft stays a draft; a published page changes where it is seen).
    const status = before?.status ?? 'draft'
    publication = { status, publishAt: publishAt ?? (status === 'published' ? before?.publishAt : undefined), unpublishAt }
  }
  item.publication = Object.fromEntries(Object.entries(publication).filter(([, value]) => value !== undefined))
  item.updatedAt = now.toISOString()
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key]
  return { values, relatedServices, intent, errors, candidate: item }
}

/** The item checked: by its kind's schema, and, when it is to be published, by the publishing rules. */
async function check(database: Database, read: Read, kind: EditorKind, tenant: Tenant, locale: Locale, now: Date): Promise<{ item?: ForceContent; errors: EditorError[] }> {
  const t = translator(locale)
  if (!read.candidate) return { errors: read.errors }
  const parsed = SCHEMAS[kind].safeParse(read.candidate)
  const errors: EditorError[] = []
  const seen = new Set<string>()
  const add = (name: string, message: string) => {
    const id = fieldId(name)
    if (seen.has(id)) return
    seen.add(id)
    errors.push({ field: id, message })
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = fieldOfPath(issue.path, kind)
      // What was typed at that place: nothing there is "enter the ...", anything else says what is wrong with it.
      const typed = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), read.candidate)
      const empty = typed === undefined || (typeof typed === 'string' && typed.trim() === '')
      const missingAll = issue.path.length === 1 && issue.path[0] === 'text'
      add(name, missingAll ? t('editor.errors.noLanguage') : empty ? t('editor.errors.required', { field: lowerFirst(labelFor(name, t)) }) : t('editor.errors.invalid', { field: labelFor(name, t), problem: issue.message }))
    }
    return { errors }
  }
  const item = parsed.data as ForceContent
  // A photo or picture must be one of this force's uploads: an id typed or kept from elsewhere shows nothing.
  const chosen = (['photo', 'image'] as const).flatMap((name) => {
    const picture = (item as Partial<Record<'photo' | 'image', { id: string }>>)[name]
    return picture ? [{ name, id: picture.id }] : []
  })
  if (chosen.length > 0) {
    const known = await imagesById(database, tenant.id, chosen.map((c) => c.id))
    for (const c of chosen) if (!known.has(c.id)) add(`${c.name}.id`, t('editor.errors.pictureNotInLibrary'))
  }
  if ('publication' in item && item.publication.status === 'published') {
    const national = kind === 'advice' ? (await nationalAdvice()).map((a) => a.slug) : []
    for (const problem of publishProblems(item, { force: forceFacts(tenant), now, nationalAdviceSlugs: national })) {
      add(fieldOfPath(problem.field.split('.'), kind), problem.message[locale])
    }
  }
  return { item, errors }
}

// ---------------------------------------------------------------------------------------------------------------
// What the routes call.

function tenantOf(context: Context): Tenant {
  if (context.site.kind !== 'tenant') throw new Response('Not found', { status: 404 })
  return context.site.tenant
}

const notFound = () => new Response('Not found', { status: 404 })

export interface EditorListRow {
  id: string
  kind: EditorKind
  slug: string
  title: string
  state: PublicationState
  updatedAt: string
  publicHref: string
}

/** The force's items for the editor's list, by kind, each with where it stands now and when it last changed. */
export async function listForEditor(context: Context, user: StaffUser, locale: Locale, now = new Date()): Promise<Record<EditorKind, EditorListRow[]>> {
  const rows = await context.services.database.queries.listContentForEditor(user.tenantId)
  const byKind = Object.fromEntries(EDITOR_KINDS.map((k) => [k, [] as EditorListRow[]])) as Record<EditorKind, EditorListRow[]>
  for (const row of rows) {
    if (!isEditorKind(row.kind)) continue
    const publication: Publication = {
      status: row.status,
      ...(row.publishAt ? { publishAt: row.publishAt.toISOString() } : {}),
      ...(row.unpublishAt ? { unpublishAt: row.unpublishAt.toISOString() } : {}),
    }
    byKind[row.kind].push({
      id: row.id,
      kind: row.kind,
      slug: row.slug,
      title: (locale === 'cy' ? (row.titleCy ?? row.titleEn) : (row.titleEn ?? row.titleCy)) ?? row.slug,
      state: publicationState(publication, now),
      updatedAt: row.updatedAt.toISOString(),
      publicHref: row.kind === 'contact' ? contentPath({ kind: 'contact' }) : contentPath({ kind: row.kind, slug: row.slug }),
    })
  }
  return byKind
}

/** The force's item with this id for its editor, else 404 (another force's id is simply not found). */
export async function loadForEditor(context: Context, user: StaffUser, id: string | undefined) {
  const found = id ? await context.services.database.queries.getContentItemById(user.tenantId, id) : null
  if (!found || !isEditorKind(found.item.kind)) throw notFound()
  return { id: found.id, item: found.item, kind: found.item.kind }
}

/** Where an item stands now, as the list and the edit page say it. */
export function stateOf(item: StoredContentItem, now = new Date()): PublicationState {
  return publicationState(item.publication as Publication, now)
}

export type SaveResult =
  | { ok: true; id: string; done: 'created' | 'saved' | 'published' | 'scheduled' }
  | { ok: false; errors: EditorError[]; values: FormValues; relatedServices: string[] }

/**
 * Saves what an editor posted: a new item (`id` undefined; its kind from the address) or the force's item `id`,
 * as a draft, published now or scheduled. Refused with every problem, field by field, and what was typed.
 */
export async function saveFromEditor(
  request: Request,
  context: Context,
  user: StaffUser,
  target: { kind: EditorKind; id?: string },
  form: FormData,
  locale: Locale,
  now = new Date(),
): Promise<SaveResult> {
  const tenant = tenantOf(context)
  const existing = target.id ? await loadForEditor(context, user, target.id) : undefined
  const kind = existing?.kind ?? target.kind
  const read = readForm(form, kind, tenant, existing?.item, locale, now)
  const checked = await check(context.services.database, read, kind, tenant, locale, now)
  if (!checked.item || checked.errors.length > 0) {
    await audit(context, request, user.tenantId, user.actor, {
      action: `content-item.${read.intent}`,
      targetType: 'content',
      targetId: existing?.id,
      outcome: 'denied',
      detail: { kind, problems: checked.errors.map((e) => e.field) },
    })
    return { ok: false, errors: checked.errors, values: read.values, relatedServices: read.relatedServices }
  }
  const item = checked.item as unknown as StoredContentItem
  const { queries } = context.services.database
  let id: string
  if (existing) {
    id = (await queries.saveContentItem(user.tenantId, item, user.actor)).id
  } else {
    const created = await queries.createContentItem(user.tenantId, item, user.actor)
    if (!created) {
      const t = translator(locale)
      return { ok: false, errors: [{ field: fieldId(kind === 'contact' ? 'en.title' : 'slug'), message: t(kind === 'contact' ? 'editor.errors.contactExists' : 'editor.errors.slugTaken') }], values: read.values, relatedServices: read.relatedServices }
    }
    id = created
  }
  const state = stateOf(item, now)
  const done = read.intent === 'publish' ? 'published' : read.intent === 'schedule' ? 'scheduled' : existing ? 'saved' : 'created'
  await audit(context, request, user.tenantId, user.actor, {
    action: existing ? `content-item.${read.intent}` : 'content-item.create',
    targetType: 'content',
    targetId: id,
    detail: { kind, slug: item.slug ?? 'contact', state },
  })
  // What the public sees changed (went live, changed while live, or is now scheduled instead of live): the force's
  // kept pages go, so listings, the item and the home page show it at once in this process.
  if (existing?.item.publication.status === 'published' || item.publication.status === 'published') forgetSharedPages(context, user.tenantId)
  return { ok: true, id, done }
}

/** Takes the force's item down (it stays, as a draft would, with its history). */
export async function unpublishFromEditor(request: Request, context: Context, user: StaffUser, id: string | undefined, now = new Date()): Promise<{ id: string }> {
  const found = await loadForEditor(context, user, id)
  const publication = { ...found.item.publication, status: 'unpublished' as const }
  const item: StoredContentItem = { ...found.item, publication }
  await context.services.database.queries.saveContentItem(user.tenantId, item, user.actor)
  await audit(context, request, user.tenantId, user.actor, {
    action: 'content-item.unpublish',
    targetType: 'content',
    targetId: found.id,
    detail: { kind: found.kind, slug: found.item.slug ?? 'contact', was: stateOf(found.item, now) },
  })
  forgetSharedPages(context, user.tenantId)
  return { id: found.id }
}

/** An item's saved versions, newest first: when and by whom (a name, not an id). */
export async function historyOf(context: Context, user: StaffUser, id: string) {
  const [revisions, staff] = await Promise.all([context.services.database.queries.listContentRevisions(user.tenantId, id), staffData(context.services.database).listStaff(user.tenantId)])
  const names = new Map(staff.map((m) => [m.id, m.name]))
  return revisions.map((r) => ({ id: r.id, at: r.createdAt.toISOString(), who: actorLabel(r.actor, names), state: stateOf(r.item as unknown as StoredContentItem, r.createdAt) }))
}

/** One old version of the force's item, with who saved it and when; 404 for anything else. */
export async function revisionOf(context: Context, user: StaffUser, id: string | undefined, revisionId: string | undefined) {
  const found = await loadForEditor(context, user, id)
  const revision = revisionId ? await context.services.database.queries.getContentRevision(user.tenantId, found.id, revisionId) : null
  if (!revision) throw notFound()
  const staff = await staffData(context.services.database).listStaff(user.tenantId)
  const item = revision.item as unknown as StoredContentItem
  return { id: found.id, kind: found.kind, revisionId: revision.id, at: revision.createdAt.toISOString(), who: actorLabel(revision.actor, new Map(staff.map((m) => [m.id, m.name]))), item, ...formValuesOf(item) }
}

export type PreviewView =
  | { kind: 'news'; view: Awaited<ReturnType<typeof newsArticleView>> }
  | { kind: 'appeal'; view: Awaited<ReturnType<typeof appealView>> }
  | { kind: 'advice'; view: Awaited<ReturnType<typeof adviceView>> }
  | { kind: 'area'; view: Awaited<ReturnType<typeof areaView>> }
  | { kind: 'contact'; view: Awaited<ReturnType<typeof contactView>> }

/**
 * The item as the public page will show it, whatever its state: the public route's own view function, given the
 * saved item instead of the live one. Undefined view: nothing to show in this language (or an addition to advice
 * the force does not show).
 */
export async function previewOf(context: Context, user: StaffUser, id: string | undefined, frame: ViewFrame): Promise<{ id: string; state: PublicationState; preview: PreviewView; valid: boolean }> {
  const found = await loadForEditor(context, user, id)
  const parsed = SCHEMAS[found.kind].safeParse(found.item)
  const state = stateOf(found.item, frame.now)
  if (!parsed.success) return { id: found.id, state, valid: false, preview: { kind: found.kind, view: undefined } as PreviewView }
  const item = parsed.data as ForceContent
  const preview: PreviewView =
    item.kind === 'news'
      ? { kind: 'news', view: await newsArticleView(item, frame) }
      : item.kind === 'appeal'
        ? { kind: 'appeal', view: await appealView(item, frame) }
        : item.kind === 'area'
          ? { kind: 'area', view: await areaView(item, frame) }
          : item.kind === 'contact'
            ? { kind: 'contact', view: await contactView(item, frame) }
            : { kind: 'advice', view: await adviceView(item.slug, frame, item as LocalAdvice) }
  return { id: found.id, state, valid: true, preview }
}

/** The force's picture library, newest first, for the photo and picture fields to choose from. */
export async function pictureChoices(context: Context, user: StaffUser): Promise<{ id: string; alt: string }[]> {
  const images = await context.services.database.queries.listContentImages(user.tenantId, { limit: 200 })
  return images.map((i) => ({ id: i.id, alt: i.altEn }))
}

/** The force's services an appeal may take information through, or advice may point to. */
export function serviceChoices(tenant: Tenant, locale: Locale) {
  return servicesFor(tenant).map((s) => ({ value: s.id, label: s.title[locale] }))
}

export const APPEAL_KIND_CHOICES = APPEAL_KINDS
export const APPEAL_STATUS_CHOICES = APPEAL_STATUSES

/**
 * What the editor's form writes in and chooses from, the same on every page that shows it (a new item, an existing
 * one, an old version): the force's languages, services and pictures, and the appeal kinds and statuses.
 */
export async function formChoices(context: Context, user: StaffUser, tenant: Tenant, locale: Locale) {
  return {
    locales: editorLocales(tenant),
    services: serviceChoices(tenant, locale),
    pictures: await pictureChoices(context, user),
    appealKinds: APPEAL_KIND_CHOICES,
    appealStatuses: APPEAL_STATUS_CHOICES,
  }
}

/** A time for the editor's pages, in UK time and the page's language. */
export function editorTime(iso: string, locale: Locale): string {
  return formatUk(iso, locale, { date: 'medium', time: true })
}
