// Starts the production server for the browser tests on a database and mail folder of their own.
//
// Without DATABASE_URL the server gets a fresh embedded database in a new temporary folder. With DATABASE_URL (as in
// CI) it gets a new Postgres database (`bluelamp_e2e_<epoch>_<random>`, @bluelamp/db/testing's scratch database),
// dropped when the server stops, so no state (a locked demo account, a rate-limit counter, an earlier run's reports)
// carries from one run to the next. Databases left behind by a killed run are dropped by a later run after an hour.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createScratchDatabase } from '@bluelamp/db/testing'
import { MAIL_DIR } from './mail-dir.ts'

const work = mkdtempSync(join(tmpdir(), 'bluelamp-e2e-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: join(work, 'data'),
  MAIL_DIR,
  NODE_ENV: 'production',
  // Demo staff and API keys for the back-office tests (never seeded in a real production start).
  SEED_DEMO_STAFF: '1',
  // Every test reaches this server from one address, so the per-address limits would count the whole suite as one
  // person: a run's staff sign-ins alone pass the default 20 in 15 minutes. The limits themselves are tested against
  // the production server in tests/server (sign-in.test.ts, hostile-requests.test.ts).
  STAFF_SIGN_IN_RATE_LIMIT: '1000',
  SUBMISSION_RATE_LIMIT: '1000',
  TRACK_RATE_LIMIT: '1000',
}

const scratch = process.env.DATABASE_URL
  ? await createScratchDatabase(process.env.DATABASE_URL, { prefix: 'bluelamp_e2e_', staleSeconds: 60 * 60 })
  : null
if (scratch) {
  env.DATABASE_URL = scratch.databaseUrl
  console.log(`e2e database: ${scratch.name}`)
}

const server = spawn(process.execPath, [fileURLToPath(new URL('../../build/server.js', import.meta.url))], { env, stdio: 'inherit' })

let stopping: Promise<void> | undefined
function stop(signal: NodeJS.Signals) {
  stopping ??= (async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill(signal)
      await new Promise((resolve) => server.once('exit', resolve))
    }
    await scratch?.drop().catch((error: Error) => console.error(`could not drop the e2e database: ${error.message}`))
  })()
  return stopping
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void stop(signal).then(() => process.exit(0)))
}
server.on('exit', (code, signal) => {
  void stop('SIGTERM').then(() => process.exit(code ?? (signal ? 1 : 0)))
})
