// Deflection counts: journeys that ended in 999, another agency or advice. Counts only; no personal data.
import { and, asc, between, eq, sql } from 'drizzle-orm'
import { deflections, type DeflectionOutcome } from '../schema.ts'
import type { Db } from '../types.ts'
import { isDay, ukDay } from '@bluelamp/triage/uk-time'

/**
 * The day a deflection counts on: its UK calendar day (one at 00:30 BST belongs to that day, not the UTC one before),
 * by the same rule as every other UK day in the platform (triage's uk-time); a day given as 'YYYY-MM-DD' must be real.
 */
export function deflectionDay(value: Date | string): string {
  if (typeof value !== 'string') return ukDay(value)
  if (!isDay(value)) throw new Error(`not a real YYYY-MM-DD day: ${value}`)
  return value
}

export function deflectionQueries(db: Db) {
  return {
    /** Adds one to the (tenant, service, outcome, agency, day) counter; returns the new count. */
    async countDeflection(
      tenantId: string,
      serviceId: string,
      outcome: DeflectionOutcome,
      agency: string | null | undefined,
      day: Date | string = new Date(),
    ): Promise<number> {
      const [row] = await db
        .insert(deflections)
        .values({ tenantId, serviceId, outcome, agency: agency ?? '', day: deflectionDay(day), count: 1 })
        .onConflictDoUpdate({
          target: [deflections.tenantId, deflections.serviceId, deflections.outcome, deflections.agency, deflections.day],
          set: { count: sql`${deflections.count} + 1` },
        })
        .returning({ count: deflections.count })
      return row!.count
    },

    /** The tenant's counters between two days inclusive (YYYY-MM-DD), for the dashboard. */
    async listDeflections(tenantId: string, from: string, to: string) {
      return db
        .select()
        .from(deflections)
        .where(and(eq(deflections.tenantId, tenantId), between(deflections.day, from, to)))
        .orderBy(asc(deflections.day), asc(deflections.serviceId), asc(deflections.outcome), asc(deflections.agency))
    },
  }
}
