// Drafts expire 30 days after they were last saved. Expired drafts, and the files uploaded to them that were never
// submitted, are deleted when the server starts and then every hour; so are uploads to the database that a stopped
// process left unfinished.
import { processSlot } from '../platform/process-slot.server.ts'
import type { Database } from '@bluelamp/db'
import type { Env } from '../platform/env.server.ts'
import { DatabaseFirstFileStore, fileStoreFor } from '../evidence/file-store.server.ts'
import { logger } from '../platform/logger.server.ts'

const HOUR = 60 * 60 * 1000
const timer = processSlot<ReturnType<typeof setInterval>>('draft-purge')

export async function purgeExpiredDrafts(services: { env: Env; database: Database }, now: Date = new Date()) {
  const result = await services.database.queries.purgeExpiredDrafts(now)
  const store = fileStoreFor(services)
  for (const key of result.evidenceStorageKeys) await store.delete(key).catch(() => {})
  if (result.drafts > 0) logger.info({ event: 'drafts-purged', drafts: result.drafts, files: result.evidenceStorageKeys.length })
  const unfinished = store instanceof DatabaseFirstFileStore ? await store.purgeIncomplete(now) : 0
  if (unfinished > 0) logger.info({ event: 'unfinished-uploads-purged', files: unfinished })
  return { ...result, unfinishedUploads: unfinished }
}

export function startDraftPurge(services: { env: Env; database: Database }): void {
  if (timer.get()) return
  const run = () => void purgeExpiredDrafts(services).catch((error: unknown) => logger.error({ event: 'drafts-purge-failed', error }))
  run()
  timer.set(setInterval(run, HOUR).unref())
}

export function stopDraftPurge(): void {
  clearInterval(timer.get())
  timer.set(undefined)
}
