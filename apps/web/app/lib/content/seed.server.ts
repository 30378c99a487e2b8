// Demo content for the demo forces (leicestershire, metropolitan, dyfed-powys): the news, appeals, area and contact
// pages written in @bluelamp/content's demo files, added to the database when the server starts, so a newcomer's
// first `pnpm start` shows a living site. Seeded where the demo staff are (staff/seed.server.ts: never in a
// deployment on Postgres or a data folder of its own), only for forces this registry has, and only what is missing:
// starting again changes nothing, and an item an editor has changed is never put back.
import type { Database } from '@bluelamp/db'
import type { TenantRegistry } from '@bluelamp/tenants'
import { loadDemoContent } from '@bluelamp/content/files'
import type { DemoForce } from '@bluelamp/content'
import type { Env } from '../platform/env.server.ts'
import { logger } from '../platform/logger.server.ts'
import { registry } from '../site/site.server.ts'
import { shouldSeed } from '../staff/seed.server.ts'
import { seedDemoImages } from './seed-images.server.ts'

export const SEED_ACTOR = 'system:demo-seed'

/** Adds each demo force's items that are not in the database yet; returns how many were added. */
export async function seedDemoContent(
  services: { env: Env; database: Database },
  options: { from?: TenantRegistry; demo?: DemoForce[] } = {},
): Promise<number> {
  if (!shouldSeed(services.env)) return 0
  const from = options.from ?? registry
  const demo = options.demo ?? (await loadDemoContent())
  let added = 0
  for (const force of demo) {
    if (!from.tenants[force.forceId]) continue
    for (const item of force.items) {
      if (await services.database.queries.seedContentItem(force.forceId, item, SEED_ACTOR)) added++
    }
  }
  const images = await seedDemoImages(services.database, demo.filter((force) => from.tenants[force.forceId]), SEED_ACTOR)
  logger.info({ event: 'demo-content-seeded', forces: demo.length, added, images })
  return added
}
