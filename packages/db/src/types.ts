import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema.ts'

export type Schema = typeof schema

/**
 * The drizzle instance both drivers share. Queries are written against this type only, so they run identically on
 * PGlite and on Postgres.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

/** A transaction handle, as passed to `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx
