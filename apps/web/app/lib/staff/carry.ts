import { MAX_NOTE, MAX_UPDATE } from '../../components/staff/limits.ts'

// What a member of staff typed on a report page when their session had run out: carried through signing in again
// as form fields (never stored, never in an address), so nothing typed is lost. Only the report page's own fields
// are carried, each cut to the longest the report page itself accepts.

/** The report page's form fields that may be carried, with the most characters each may hold. */
export const CARRIED_FIELDS: Record<string, number> = {
  intent: 20,
  // A little over the page's own limits, so a too-long text still gets its "too long" message, not a silent cut.
  note: MAX_NOTE + 1000,
  update: MAX_UPDATE + 1000,
  status: 40,
  crimeNumber: 40,
  assignee: 80,
  toForce: 80,
  reason: 500,
}

/** The fields the member typed on the page they will return to, from `carry-<name>` fields (or a form as posted). */
export function carriedFrom(form: FormData, prefix = ''): Record<string, string> {
  const carried: Record<string, string> = {}
  for (const [name, max] of Object.entries(CARRIED_FIELDS)) {
    const value = form.get(`${prefix}${name}`)
    if (typeof value === 'string' && value !== '') carried[name] = value.slice(0, max)
  }
  return carried.intent ? carried : {}
}

/** The fields shown to be checked and saved again (the rest go back as they were, hidden). */
export const TYPED_FIELDS = ['note', 'update', 'crimeNumber', 'reason'] as const
