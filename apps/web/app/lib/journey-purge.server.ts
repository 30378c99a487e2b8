// Drafts expire 30 days after they were last saved (issue 5, item 3). Expired drafts, and the files uploaded to them
// that were never submitted, are deleted when the server starts and then every hour.
import type { Database } from '@bluelamp/db'
import type { Env } from './env.server.ts'
import { fileStoreFor } from './file-store.server.ts'
import { logger } from './logger.server.ts'

const HOUR = 60 * 60 * 1000
const holder = globalThis as unknown as { __bluelampDraftPurge?: ReturnType<typeof setInterval> }

export async function purgeExpiredDrafts(services: { env: Env; database: Database }, now: Date = new Date()) {
  const result = await services.database.queries.purgeExpiredDrafts(now)
  const store = fileStoreFor(services.env)
  for (const key of result.evidenceStorageKeys) await store.delete(key).catch(() => {})
  if (result.drafts > 0) logger.info({ event: 'drafts-purged', drafts: result.drafts, files: result.evidenceStorageKeys.length })
  return result
}

export function startDraftPurge(services: { env: Env; database: Database }): void {
  if (holder.__bluelampDraftPurge) return
  const run = () => void purgeExpiredDrafts(services).catch((error: unknown) => logger.error({ event: 'drafts-purge-failed', error }))
  run()
  holder.__bluelampDraftPurge = setInterval(run, HOUR)
  holder.__bluelampDraftPurge.unref()
}

export function stopDraftPurge(): void {
  clearInterval(holder.__bluelampDraftPurge)
  holder.__bluelampDraftPurge = undefined
}
