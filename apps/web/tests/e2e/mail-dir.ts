import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Where the e2e server writes its emails and the specs read them: one folder per port, so two runs on one machine
 * (a developer's and CI's) never read or clear each other's mail.
 */
export const MAIL_DIR = process.env.MAIL_DIR ?? join(tmpdir(), `bluelamp-e2e-mail-${process.env.E2E_PORT ?? 3311}`)
