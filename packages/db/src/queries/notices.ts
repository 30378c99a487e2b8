// National notices (schema-notices.ts): written only in the national scope, read by every force's pages. The app
// checks a notice with @bluelamp/content's notice schema before it saves one; what is checked here is what the table
// needs (both languages, forces or all, a start before the end).
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm'
import { isUuid } from '../crypto.ts'
import { NATIONAL_SCOPE, nationalNotices, type NationalNoticeRow, type StoredNoticeText } from '../schema-notices.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export interface StoredNotice {
  id: string
  text: { en: StoredNoticeText; cy: StoredNoticeText }
  /** 'all', or the force ids it is for. */
  forces: 'all' | string[]
  serviceId?: string
  startsAt: Date
  endsAt: Date
  /** When an administrator ended it early; it shows no more from then. */
  endedAt?: Date
  createdBy: string
  updatedBy: string
  createdAt: Date
  updatedAt: Date
}

export interface NoticeInput {
  text: { en: StoredNoticeText; cy: StoredNoticeText }
  forces: 'all' | string[]
  serviceId?: string
  startsAt: Date
  endsAt: Date
}

function fromRow(row: NationalNoticeRow): StoredNotice {
  return {
    id: row.id,
    text: row.text,
    forces: row.allForces ? 'all' : row.forces,
    ...(row.serviceId ? { serviceId: row.serviceId } : {}),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    ...(row.endedAt ? { endedAt: row.endedAt } : {}),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

/** A clear message for a notice the table cannot hold. */
export function noticeProblem(input: NoticeInput): string | undefined {
  for (const locale of ['en', 'cy'] as const) {
    const words = input.text?.[locale]
    if (!words || !words.title?.trim() || !words.body?.trim()) return `a notice needs a title and words in ${locale === 'en' ? 'English' : 'Welsh'}`
  }
  if (input.forces !== 'all' && (!Array.isArray(input.forces) || input.forces.length === 0)) return 'a notice is for every force or names at least one'
  if (Number.isNaN(input.startsAt.getTime()) || Number.isNaN(input.endsAt.getTime())) return 'a notice needs a start and an end time'
  if (input.endsAt.getTime() <= input.startsAt.getTime()) return 'a notice must end after it starts'
  return undefined
}

function toRow(input: NoticeInput, actor: string) {
  const problem = noticeProblem(input)
  if (problem) throw new TypeError(`cannot save this notice: ${problem}`)
  if (!actor.trim()) throw new TypeError('a notice needs an actor (such as "staff:<id>")')
  return {
    text: input.text,
    allForces: input.forces === 'all',
    forces: input.forces === 'all' ? [] : [...new Set(input.forces)].sort(),
    serviceId: input.serviceId ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    updatedBy: actor,
  }
}

export function noticeQueries(db: Db) {
  return {
    /** Every notice, the latest to start first: the national administrator's list. */
    async listNationalNotices(): Promise<StoredNotice[]> {
      return withTenant(db, NATIONAL_SCOPE, async (tx) => {
        const rows = await tx.select().from(nationalNotices).orderBy(desc(nationalNotices.startsAt), desc(nationalNotices.createdAt))
        return rows.map(fromRow)
      })
    },

    /**
     * The notices that have not ended at `at` (showing now, or to start later), for every force: what a web process
     * keeps in memory and picks each page's notices from. Readable from any scope (the table's read policy).
     */
    async currentNationalNotices(at: Date): Promise<StoredNotice[]> {
      return withTenant(db, NATIONAL_SCOPE, async (tx) => {
        const rows = await tx
          .select()
          .from(nationalNotices)
          .where(and(gt(nationalNotices.endsAt, at), or(isNull(nationalNotices.endedAt), gt(nationalNotices.endedAt, at))))
          .orderBy(desc(nationalNotices.startsAt), nationalNotices.id)
        return rows.map(fromRow)
      })
    },

    async getNationalNotice(id: string): Promise<StoredNotice | null> {
      if (!isUuid(id)) return null
      return withTenant(db, NATIONAL_SCOPE, async (tx) => {
        const [row] = await tx.select().from(nationalNotices).where(eq(nationalNotices.id, id))
        return row ? fromRow(row) : null
      })
    },

    /** Publishes a new notice; returns its id. */
    async createNationalNotice(input: NoticeInput, actor: string): Promise<string> {
      const row = toRow(input, actor)
      return withTenant(db, NATIONAL_SCOPE, async (tx) => {
        const [saved] = await tx
          .insert(nationalNotices)
          .values({ ...row, createdBy: actor })
          .returning({ id: nationalNotices.id })
        return saved!.id
      })
    },

    /** Changes a notice; false when there is no such notice. */
    async updateNationalNotice(id: string, input: NoticeInput, actor: string, now: Date = new Date()): Promise<boolean> {
      if (!isUuid(id)) return false
      const row = toRow(input, actor)
      return withTenant(db, NATIONAL_SCOPE, async (tx) => {
        const saved = await tx
          .update(nationalNotices)
          .set({ ...row, updatedAt: now })
          .where(eq(nationalNotices.id, id))
          .returning({ id: nationalNotices.id })
        return saved.length > 0
      })
    },

    /** Ends a notice now (it shows no more from `now`); false when there is no such notice or it had already ended. */
    async endNationalNotice(id: string, actor: string, now: Date = new Date()): Promise<boolean> {
      if (!isUuid(id)) return false
      return withTenant(db, NATIONAL_SCOPE, async (tx) => {
        const ended = await tx
          .update(nationalNotices)
          .set({ endedAt: now, updatedBy: actor, updatedAt: now })
          .where(and(eq(nationalNotices.id, id), isNull(nationalNotices.endedAt), gt(nationalNotices.endsAt, now)))
          .returning({ id: nationalNotices.id })
        return ended.length > 0
      })
    },
  }
}
