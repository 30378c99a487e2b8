// Demo staff and API keys for the forces whose theme folder asks for them (`demoStaff: true`: leicestershire,
// metropolitan, dyfed-powys, and every force `pnpm new-force` makes), named in the README's "Back office" section.
// Seeded outside production; in production on the embedded database in its default folder (the README's quick
// start: someone trying bluelamp on their own machine, who needs a first account to see the back office); and
// wherever SEED_DEMO_STAFF=1 (the e2e server). SEED_DEMO_STAFF=0 turns them off everywhere. A deployment (Postgres,
// or a data folder of its own) never gets accounts with published passwords. See docs/decisions/007-security-and-uploads.md.
import { resolve } from 'node:path'
import { NATIONAL_SCOPE, type Database, type StaffRole } from '@bluelamp/db'
import { DEMO_STAFF_PASSWORD, demoStaffEmail, type TenantRegistry } from '@bluelamp/tenants'
import type { Env } from '../platform/env.server.ts'
import { logger } from '../platform/logger.server.ts'
import { registry } from '../site/site.server.ts'
import { staffData } from './data.server.ts'
import { hashPassword } from './password.server.ts'

export const DEMO_PASSWORD = DEMO_STAFF_PASSWORD
const ROLES: { role: StaffRole; name: string }[] = [
  { role: 'handler', name: 'Demo Handler' },
  { role: 'supervisor', name: 'Demo Supervisor' },
  { role: 'admin', name: 'Demo Admin' },
  // Edits the force's website (news, appeals, advice, neighbourhood and contact pages); sees no reports.
  { role: 'editor', name: 'Demo Editor' },
]

/** The forces that get demo accounts: those whose theme says `demoStaff: true`. */
export function demoForces(from: TenantRegistry = registry): string[] {
  return Object.values(from.tenants)
    .filter((t) => t.demoStaff)
    .map((t) => t.id)
}

export const demoEmail = demoStaffEmail

/** The demo national administrator (notices, at /admin on the national host), seeded under the same rule. */
export const NATIONAL_DEMO_EMAIL = 'admin@national.example'

/** The demo API key of a force: fixed, so the README can name it. Development only, like the accounts. */
export function demoApiKey(force: string): string {
  return `blk_demo_${force.replace(/[^a-z]/g, '')}_key`
}

/** The data folder the server uses when DATA_DIR is not set (env.server.ts), as seen from the working directory. */
export const DEFAULT_DATA_DIR = './.data'

export function shouldSeed(env: Pick<Env, 'NODE_ENV' | 'SEED_DEMO_STAFF' | 'DATABASE_URL' | 'DATA_DIR'>): boolean {
  if (env.SEED_DEMO_STAFF !== undefined) return env.SEED_DEMO_STAFF
  if (env.NODE_ENV !== 'production') return true
  return !env.DATABASE_URL && resolve(env.DATA_DIR) === resolve(DEFAULT_DATA_DIR)
}

export async function seedDemoStaff(services: { env: Env; database: Database }, from: TenantRegistry = registry): Promise<void> {
  if (!shouldSeed(services.env)) return
  const data = staffData(services.database)
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const forces = demoForces(from)
  for (const force of forces) {
    for (const { role, name } of ROLES) {
      await data.upsertStaff(force, { email: demoEmail(force, role), name: `${name} (${force})`, role, passwordHash })
    }
    await data.createApiKey(force, 'Demo key', demoApiKey(force))
  }
  await data.upsertStaff(NATIONAL_SCOPE, { email: NATIONAL_DEMO_EMAIL, name: 'Demo National Admin', role: 'admin', passwordHash })
  logger.info({ event: 'demo-staff-seeded', forces: forces.length })
}
