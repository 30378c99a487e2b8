/**
 * The outbox worker on its own (`pnpm --filter @bluelamp/web worker`, after a build): delivers emails and reports to
 * force back offices without serving pages. Run as many as the queue needs, each claiming rows with FOR UPDATE SKIP
 * LOCKED; set OUTBOX_WORKER=0 on the web processes when workers run separately. Needs DATABASE_URL (the embedded
 * database belongs to one process). See docs/decisions/009-back-office-and-delivery.md.
 */
import { fileURLToPath } from 'node:url'
import { createDatabase } from '@bluelamp/db'
import { parseEnv, EnvError, type Env } from '../app/lib/platform/env.server.ts'
import { startBackgroundWork, stopBackgroundWork } from '../app/lib/startup/background.server.ts'
import { logger } from '../app/lib/platform/logger.server.ts'

let env: Env
try {
  env = parseEnv({ ...process.env, OUTBOX_WORKER: '1' })
} catch (error) {
  if (error instanceof EnvError) {
    // Said in words to the person starting the worker, not as a log event: nothing has started yet.
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
if (!env.DATABASE_URL) {
  console.error('DATABASE_URL=(unset): a separate worker needs a shared Postgres, e.g. postgres://user@127.0.0.1:5432/bluelamp')
  process.exit(1)
}

const database = await createDatabase({ databaseUrl: env.DATABASE_URL, migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)) })
startBackgroundWork({ env, database })
logger.info({ event: 'worker-started' }, 'outbox worker running')

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    await stopBackgroundWork()
    await database.close()
    process.exit(0)
  })
}
