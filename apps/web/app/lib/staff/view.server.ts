// What the back-office pages show, made from data-layer rows: plain JSON (dates as ISO strings), service and force
// names resolved, rationale entries in the staff member's reading language.
import { FLAGS, describeFlag, formatDateTime, getService, safeContactOf, services, type Answers, type Locale, type SafeContact } from '@bluelamp/triage'
import { registry } from '../site/site.server.ts'

export function serviceName(id: string): string {
  return getService(id)?.title.en ?? id
}

export function forceName(id: string): string {
  return registry.tenants[id]?.name ?? id
}

export const serviceOptions = () => services.map((s) => ({ value: s.id, label: s.title.en }))
/** The queue's flag filter: every flag by its label in the reader's language, in alphabetical order to be found. */
export const flagOptions = (locale: Locale) =>
  FLAGS.map((f) => ({ value: f, label: describeFlag(f, locale).label })).sort((a, b) => a.label.localeCompare(b.label, locale === 'cy' ? 'cy' : 'en-GB'))

export type FlagView = ReturnType<typeof describeFlag>

/**
 * A report's flags as staff read them: label and meaning in their language, safeguarding flags first (so the ones
 * that may need a referral are never at the end of a cut-off cell), otherwise in the order they were raised.
 */
export function flagViews(flags: readonly string[], locale: Locale): FlagView[] {
  const views = flags.map((f) => describeFlag(f, locale))
  return [...views.filter((v) => v.safeguarding), ...views.filter((v) => !v.safeguarding)]
}

/** Rationale entries as text: triage's `{ ruleId, reason: { en, cy } }`, or whatever an older version stored. */
export function rationaleLines(rationale: unknown, locale: Locale = 'en'): string[] {
  if (!Array.isArray(rationale)) return []
  return rationale.map((entry) => {
    const e = entry as { ruleId?: unknown; reason?: unknown; because?: unknown }
    const reason = e.reason as { en?: unknown; cy?: unknown } | string | undefined
    const inLocale = reason && typeof reason === 'object' && typeof reason[locale] === 'string' ? (reason[locale] as string) : null
    const text = typeof reason === 'string' ? reason : inLocale ?? (typeof reason?.en === 'string' ? reason.en : typeof e.because === 'string' ? e.because : JSON.stringify(entry))
    return typeof e.ruleId === 'string' ? `${text} (${e.ruleId})` : text
  })
}

const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z\b/g

/** Summary rows as stored at submission: the question as asked and the answer as given. */
export function answerRows(answers: unknown): { question: string; answer: string }[] {
  if (!Array.isArray(answers)) return []
  return answers.map((row) => {
    const r = row as { question?: unknown; answer?: unknown }
    const answer = typeof r.answer === 'string' ? r.answer : JSON.stringify(r.answer ?? '')
    // Reports sent before answers were formatted for people kept the declaration's ISO timestamp: show UK time.
    return { question: typeof r.question === 'string' ? r.question : '', answer: answer.replace(ISO_TIMESTAMP, (iso) => formatDateTime(iso, 'en')) }
  })
}

/**
 * The safe-contact instructions of a report, read from its answers as stored (each row keeps the value given), or
 * null for a service that does not ask them or a report without them (anonymous).
 */
export function safeContactInstructions(serviceId: string, answers: unknown): SafeContact | null {
  const service = getService(serviceId)
  if (!service || !Array.isArray(answers)) return null
  const values: Answers = {}
  for (const row of answers) {
    const r = row as { questionId?: unknown; value?: unknown }
    if (typeof r.questionId === 'string') values[r.questionId] = r.value as Answers[string]
  }
  return safeContactOf(service, values)
}

export function contactRows(contact: Record<string, unknown> | null): { key: string; value: string }[] {
  if (!contact) return []
  return Object.entries(contact)
    .filter(([key, value]) => key !== 'anonymous' && typeof value === 'string' && value !== '')
    .map(([key, value]) => ({ key, value: value as string }))
}

export function otherForces(tenantId: string): { value: string; label: string }[] {
  return Object.values(registry.tenants)
    .filter((t) => t.id !== tenantId)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((t) => ({ value: t.id, label: t.name }))
}

export function actorLabel(actor: string, staffNames: Map<string, string>): string {
  if (actor.startsWith('staff:')) return staffNames.get(actor.slice(6)) ?? 'Staff member'
  if (actor.startsWith('api:')) return 'Back-office system'
  if (actor === 'public') return 'The reporter'
  return actor === 'system' ? 'System' : actor
}
