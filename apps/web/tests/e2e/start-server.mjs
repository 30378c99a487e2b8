// Starts the production server for the browser tests on a database and mail folder of their own.
//
// Without DATABASE_URL the server gets a fresh embedded database in a new temporary folder. With DATABASE_URL (as in
// CI) it gets a new Postgres database, `bluelamp_e2e_<epoch>_<random>`, created here and dropped when the server stops,
// so no state (a locked demo account, a rate-limit counter, an earlier run's reports) carries from one run to the next.
// Databases left behind by a killed run are dropped by a later run once they are an hour old.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

const PREFIX = 'bluelamp_e2e_'
const STALE_SECONDS = 60 * 60

const work = mkdtempSync(join(tmpdir(), 'bluelamp-e2e-'))
const env = {
  ...process.env,
  DATA_DIR: join(work, 'data'),
  MAIL_DIR: process.env.MAIL_DIR ?? join(tmpdir(), 'bluelamp-e2e-mail'),
  NODE_ENV: 'production',
  // Demo staff and API keys for the back-office tests (never seeded in a real production start).
  SEED_DEMO_STAFF: '1',
}

async function withAdmin(adminUrl, run) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

let dropDatabase = async () => {}
if (process.env.DATABASE_URL) {
  const adminUrl = process.env.DATABASE_URL
  const name = `${PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(6).toString('hex')}`
  await withAdmin(adminUrl, async (admin) => {
    const { rows } = await admin.query(`select datname from pg_database where datname like '${PREFIX}%'`)
    const cutoff = Date.now() / 1000 - STALE_SECONDS
    for (const { datname } of rows) {
      const epoch = Number(/^bluelamp_e2e_(\d+)_[0-9a-f]+$/.exec(datname)?.[1])
      if (Number.isFinite(epoch) && epoch < cutoff) {
        await admin.query(`drop database if exists "${datname}" with (force)`).catch(() => {})
      }
    }
    await admin.query(`create database "${name}"`)
  })
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  env.DATABASE_URL = url.toString()
  console.log(`e2e database: ${name}`)
  dropDatabase = () => withAdmin(adminUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`))
}

const server = spawn(process.execPath, [fileURLToPath(new URL('../../build/server.js', import.meta.url))], {
  env,
  stdio: 'inherit',
})

let stopping
function stop(signal) {
  stopping ??= (async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill(signal)
      await new Promise((resolve) => server.once('exit', resolve))
    }
    await dropDatabase().catch((error) => console.error(`could not drop the e2e database: ${error.message}`))
  })()
  return stopping
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => void stop(signal).then(() => process.exit(0)))
}
server.on('exit', (code, signal) => {
  void stop('SIGTERM').then(() => process.exit(code ?? (signal ? 1 : 0)))
})
