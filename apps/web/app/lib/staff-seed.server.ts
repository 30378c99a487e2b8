// Demo staff and API keys for the demo forces (issue 6, item 1), named in the README's "Back office" section.
// Seeded outside production always, and in production only when SEED_DEMO_STAFF=1 (the e2e server sets it): a
// real deployment never has accounts with published passwords.
import type { Database, StaffRole } from '@bluelamp/db'
import type { Env } from './env.server.ts'
import { logger } from './logger.server.ts'
import { staffData } from './staff-data.server.ts'
import { hashPassword } from './staff-password.server.ts'

export const DEMO_FORCES = ['leicestershire', 'metropolitan', 'dyfed-powys'] as const
export const DEMO_PASSWORD = 'demo-password-1'
const ROLES: { role: StaffRole; name: string }[] = [
  { role: 'handler', name: 'Demo Handler' },
  { role: 'supervisor', name: 'Demo Supervisor' },
  { role: 'admin', name: 'Demo Admin' },
]

export function demoEmail(force: string, role: StaffRole): string {
  return `${role}@${force}.example`
}

/** The demo API key of a force: fixed, so the README can name it. Development only, like the accounts. */
export function demoApiKey(force: string): string {
  return `blk_demo_${force.replace(/[^a-z]/g, '')}_key`
}

export function shouldSeed(env: Pick<Env, 'NODE_ENV' | 'SEED_DEMO_STAFF'>): boolean {
  if (env.SEED_DEMO_STAFF !== undefined) return env.SEED_DEMO_STAFF
  return env.NODE_ENV !== 'production'
}

export async function seedDemoStaff(services: { env: Env; database: Database }): Promise<void> {
  if (!shouldSeed(services.env)) return
  const data = staffData(services.database)
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  for (const force of DEMO_FORCES) {
    for (const { role, name } of ROLES) {
      await data.upsertStaff(force, { email: demoEmail(force, role), name: `${name} (${force})`, role, passwordHash })
    }
    await data.createApiKey(force, 'Demo key', demoApiKey(force))
  }
  logger.info({ event: 'demo-staff-seeded', forces: DEMO_FORCES.length })
}
