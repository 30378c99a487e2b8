// National notices: what the national team tells every force's visitors, or a chosen set of forces', at once (a new
// national service, a changed number). National data, not one force's: a notice has no tenant_id. Every force may
// read every notice (each one says which forces it is for, and is public while it shows); only a transaction in the
// national scope may write one (migrations/0008_national_notices.sql; docs/decisions/023).
import { sql } from 'drizzle-orm'
import { boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * The scope the national team's rows are kept under in the tables shared with forces (staff, sessions, audit log)
 * and the tenant a national transaction sets. It starts with an underscore, and a force id starts with a letter, so
 * no force can ever be it.
 */
export const NATIONAL_SCOPE = '_national'

/** A notice's words in one language, as @bluelamp/content's notice model has them. */
export interface StoredNoticeText {
  title: string
  /** One or two sentences of Markdown. */
  body: string
  /** The words of the link to the service, when the notice links to one. */
  linkText?: string
}

export const nationalNotices = pgTable(
  'national_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Both languages, always: a notice may reach Welsh sites.
    text: jsonb('text').$type<{ en: StoredNoticeText; cy: StoredNoticeText }>().notNull(),
    // Every force (true), or the forces named in `forces`.
    allForces: boolean('all_forces').notNull(),
    forces: text('forces').array().notNull().default(sql`'{}'::text[]`),
    serviceId: text('service_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    // Set when an administrator ended the notice before its end time ("end now"); it shows no more from then.
    endedAt: timestamp('ended_at', { withTimezone: true }),
    // 'staff:<uuid>' of the national administrator.
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The notices that can still show: those not yet at their end.
    index('national_notices_ends_at_idx').on(t.endsAt),
    check('national_notices_times_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('national_notices_forces_check', sql`${t.allForces} or cardinality(${t.forces}) > 0`),
  ],
)

export type NationalNoticeRow = typeof nationalNotices.$inferSelect
