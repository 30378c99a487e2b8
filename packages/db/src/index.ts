// @bluelamp/db: schema, migrations, client factory and queries. Knows no React and no Remix.
export {
  createDatabase,
  createDatabaseFromPglite,
  queryRows,
  DEFAULT_DATA_DIR,
  MEMORY,
  type CreateDatabaseOptions,
  type Database,
  type Driver,
} from './client.ts'
export { defaultMigrationsFolder, migratePglite, migratePostgres } from './migrate.ts'
export type { Db, Executor, Schema, Tx } from './types.ts'
export * from './queries/index.ts'
export * from './schema.ts'
export {
  hashDraftToken,
  newDraftToken,
  normaliseEmail,
  normalisePostcode,
  sha256Hex,
} from './crypto.ts'
export {
  DraftNotFoundError,
  NotFoundInTenantError,
  RateLimitedError,
  ReferenceExhaustedError,
  describeDatabaseError,
  isDatabaseUnavailable,
  isUniqueViolation,
  pgErrorOf,
} from './errors.ts'
export * from './backoffice.ts'
export { CHUNK_BYTES, DatabaseFileStore, assertStorageKey, type DatabaseFileStoreOptions } from './evidence-files.ts'
