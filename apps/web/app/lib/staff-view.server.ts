// What the back-office pages show, made from data-layer rows: plain JSON (dates as ISO strings), service and force
// names resolved, rationale entries in the staff member's reading language.
import { FLAGS, getService, services } from '@bluelamp/triage'
import { registry } from './site.server.ts'

export function serviceName(id: string): string {
  return getService(id)?.title.en ?? id
}

export function forceName(id: string): string {
  return registry.tenants[id]?.name ?? id
}

export const serviceOptions = () => services.map((s) => ({ value: s.id, label: s.title.en }))
export const flagOptions = () => FLAGS.map((f) => ({ value: f, label: f }))

/** Rationale entries as text: triage's `{ ruleId, reason: { en, cy } }`, or whatever an older version stored. */
export function rationaleLines(rationale: unknown): string[] {
  if (!Array.isArray(rationale)) return []
  return rationale.map((entry) => {
    const e = entry as { ruleId?: unknown; reason?: unknown; because?: unknown }
    const reason = e.reason as { en?: unknown } | string | undefined
    const text = typeof reason === 'string' ? reason : typeof reason?.en === 'string' ? reason.en : typeof e.because === 'string' ? e.because : JSON.stringify(entry)
    return typeof e.ruleId === 'string' ? `${text} (${e.ruleId})` : text
  })
}

/** Summary rows as stored at submission: the question as asked and the answer as given. */
export function answerRows(answers: unknown): { question: string; answer: string }[] {
  if (!Array.isArray(answers)) return []
  return answers.map((row) => {
    const r = row as { question?: unknown; answer?: unknown }
    return { question: typeof r.question === 'string' ? r.question : '', answer: typeof r.answer === 'string' ? r.answer : JSON.stringify(r.answer ?? '') }
  })
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
