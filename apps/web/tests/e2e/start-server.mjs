// Starts the production server for the browser tests on a fresh data folder and mail folder.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const work = mkdtempSync(join(tmpdir(), 'bluelamp-e2e-'))
process.env.DATA_DIR = join(work, 'data')
process.env.MAIL_DIR = process.env.MAIL_DIR ?? join(tmpdir(), 'bluelamp-e2e-mail')
process.env.NODE_ENV = 'production'
// Demo staff and API keys for the back-office tests (never seeded in a real production start).
process.env.SEED_DEMO_STAFF = '1'
await import('../../build/server.js')
