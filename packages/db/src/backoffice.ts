// The back office's part of the data layer: staff and sessions, audit log, API keys and push endpoints,
// the queue and its actions, the dashboard. Every function that reads or writes a force's rows takes the force
// first and runs under row-level security for it (tenant-scope.ts).
import type { Db } from './types.ts'
import { apiKeyQueries } from './queries/api-keys.ts'
import { auditQueries } from './queries/audit.ts'
import { backofficeQueries } from './queries/backoffice.ts'
import { dashboardQueries } from './queries/dashboard.ts'
import { staffQueries } from './queries/staff.ts'

export function createBackofficeQueries(db: Db) {
  return {
    ...staffQueries(db),
    ...auditQueries(db),
    ...apiKeyQueries(db),
    ...backofficeQueries(db),
    ...dashboardQueries(db),
  }
}

export type BackofficeData = ReturnType<typeof createBackofficeQueries>

export { APP_ROLE, enterTenant, withTenant, withoutTenant } from './tenant-scope.ts'
export { API_KEY_PREFIX, hashApiKey, newApiKey, newEndpointSecret, type ApiKeySummary, type EndpointOverview } from './queries/api-keys.ts'
export type { AuditPage, NewAuditEntry } from './queries/audit.ts'
export {
  InvalidStatusChangeError,
  OPEN_STATUSES,
  type ApiCursor,
  type QueueFilters,
  type QueueRow,
  type StatusChange,
} from './queries/backoffice.ts'
export type { Dashboard, DashboardRange } from './queries/dashboard.ts'
export {
  DEFAULT_LOCK_POLICY,
  DEFAULT_SESSION_POLICY,
  hashSessionToken,
  type LockPolicy,
  type NewStaff,
  type SessionLookup,
  type SessionPolicy,
} from './queries/staff.ts'
