import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PORT } from './ports.ts'

/**
 * Where an e2e server writes its emails and the specs read them: one folder per port, so the workers' servers, and two
 * runs on one machine (a developer's and CI's), never read or clear each other's mail.
 */
export const MAIL_DIR = process.env.MAIL_DIR ?? join(tmpdir(), `bluelamp-e2e-mail-${PORT}`)
