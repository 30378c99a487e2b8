// The force dashboard: reports per day by service, the outcome mix (reports vs journeys that ended
// at 999, another agency or advice: the demand taken off 101) and the median time to first staff action.
// Days are UK days (Europe/London), like the deflection counts.
import { and, eq, gte, lt, sql } from 'drizzle-orm'
import { deflections, reports } from '../schema.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export interface DashboardRange {
  /** First UK day, 'YYYY-MM-DD' (inclusive). */
  fromDay: string
  /** Last UK day, 'YYYY-MM-DD' (inclusive). */
  toDay: string
}

export interface Dashboard {
  perDay: { day: string; serviceId: string; count: number }[]
  outcomes: { outcome: 'SUBMITTED' | 'EMERGENCY' | 'REDIRECT' | 'ADVICE'; agency: string; count: number }[]
  /** Median minutes from submission to the first staff event, over reports with one; null when there are none. */
  medianMinutesToFirstAction: number | null
  actedOn: number
}

export function dashboardQueries(db: Db) {
  return {
    async getDashboard(tenantId: string, range: DashboardRange): Promise<Dashboard> {
      const ukDay = sql<string>`to_char(${reports.submittedAt} at time zone 'Europe/London', 'YYYY-MM-DD')`
      const inRange = and(
        eq(reports.tenantId, tenantId),
        sql`(${reports.submittedAt} at time zone 'Europe/London')::date >= ${range.fromDay}::date`,
        sql`(${reports.submittedAt} at time zone 'Europe/London')::date <= ${range.toDay}::date`,
      )
      return withTenant(db, tenantId, async (tx) => {
        const perDay = await tx
          .select({ day: ukDay, serviceId: reports.serviceId, count: sql<number>`count(*)::int` })
          .from(reports)
          .where(inRange)
          .groupBy(ukDay, reports.serviceId)
          .orderBy(ukDay, reports.serviceId)
        const deflected = await tx
          .select({ outcome: deflections.outcome, agency: deflections.agency, count: sql<number>`sum(${deflections.count})::int` })
          .from(deflections)
          .where(and(eq(deflections.tenantId, tenantId), gte(deflections.day, range.fromDay), lt(deflections.day, nextDay(range.toDay))))
          .groupBy(deflections.outcome, deflections.agency)
        const submitted = perDay.reduce((sum, row) => sum + row.count, 0)
        const firstAction = await tx.execute<{ median: number | string | null; acted: number | string }>(sql`
          select percentile_cont(0.5) within group (order by minutes) as median, count(*) as acted
          from (
            select extract(epoch from (min(e.created_at) - ${reports.submittedAt})) / 60 as minutes
            from ${reports}
            join report_events e on e.report_id = ${reports.id} and e.tenant_id = ${reports.tenantId} and e.actor like 'staff:%'
            where ${inRange}
            group by ${reports.id}, ${reports.submittedAt}
          ) firsts`)
        const row = (firstAction as unknown as { rows: { median: number | string | null; acted: number | string }[] }).rows[0]
        return {
          perDay,
          outcomes: [
            { outcome: 'SUBMITTED' as const, agency: '', count: submitted },
            ...deflected.map((d) => ({ outcome: d.outcome, agency: d.agency, count: d.count })),
          ],
          medianMinutesToFirstAction: row?.median === null || row?.median === undefined ? null : Number(row.median),
          actedOn: Number(row?.acted ?? 0),
        }
      })
    },
  }
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
