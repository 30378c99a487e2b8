// Back-office delivery: the 'backoffice' kind of the shared outbox worker (outbox-worker.server.ts).
// Each report is POSTed to its force's endpoint as report.v1 JSON (apps/web/schemas/report.v1.json), signed with
// HMAC-SHA256 over "<timestamp>.<body>", with the outbox row's idempotency key in an Idempotency-Key header so a
// retried delivery is never applied twice by a receiver that honours it. A 2xx (or 409, "already applied") is
// delivered; 408, 425, 429, 5xx, a timeout or a network error is retried with backoff and jitter; any other 4xx can
// never succeed and goes straight to the dead letters. The connection is made only to an address the force may be
// sent to (outbound.server.ts): public, or the force's own private network where the operator allows it. See
// docs/decisions/009-back-office-and-delivery.md.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { LookupFunction } from 'node:net'
import type { Database, Evidence, OutboxRow, Report } from '@bluelamp/db'
import { logger } from '../platform/logger.server.ts'
import { isRefusedAddressError, outboundAgent, type OutboundPolicy } from '../platform/outbound.server.ts'
import { PermanentDeliveryError, type OutboxHandler } from './outbox-worker.server.ts'
import { REPORT_SCHEMA_ID, type ReportV1 } from './report-v1.ts'
import { staffData } from '../staff/data.server.ts'


export const SIGNATURE_HEADER = 'x-bluelamp-signature'
export const TIMESTAMP_HEADER = 'x-bluelamp-timestamp'
export const IDEMPOTENCY_HEADER = 'idempotency-key'

/** The report as the back office receives it (push and pull alike): report.v1 (report-v1.ts). */
export function reportV1(
  report: Report,
  evidence: (Pick<Evidence, 'id' | 'filename' | 'contentType' | 'sizeBytes' | 'sha256'> & { originalSha256?: string })[],
): ReportV1 {
  return {
    $schema: REPORT_SCHEMA_ID,
    schemaVersion: 1,
    id: report.id,
    reference: report.reference,
    force: report.tenantId,
    transferredFrom: report.transferredFromTenant,
    service: { id: report.serviceId, version: report.serviceVersion },
    submittedAt: report.submittedAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
    status: report.status,
    crimeNumber: report.crimeNumber,
    locale: report.locale,
    priority: { level: report.priority, score: report.priorityScore, flags: report.flags, rationale: report.rationale },
    answers: report.answers,
    outcome: report.outcome,
    contact: report.contact,
    evidence: evidence.map((e) => ({
      id: e.id,
      filename: e.filename,
      contentType: e.contentType,
      sizeBytes: e.sizeBytes,
      sha256: e.sha256,
      originalSha256: e.originalSha256 ?? e.sha256,
    })),
    ...(report.appealReference ? { appeal: { reference: report.appealReference } } : {}),
  }
}

export function signatureFor(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/**
 * What a receiver runs (and what the tests run): the signature matches and the timestamp is within `toleranceSeconds`
 * of now, so a captured request cannot be replayed later.
 */
export function verifySignature(
  secret: string,
  headers: { timestamp: string | null | undefined; signature: string | null | undefined },
  body: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const { timestamp, signature } = headers
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false
  const expected = Buffer.from(signatureFor(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export interface DeliveryOptions {
  /** How long one POST may take before it counts as failed (default 10 s). */
  timeoutMs?: number
  /** Where each force may be sent to (default: public addresses only). */
  policyFor?: (tenantId: string) => OutboundPolicy
  now?: () => number
}

const PUBLIC_ONLY: OutboundPolicy = { allowedNetworks: [], allowLoopback: false }

/**
 * One POST through the filtering agent; resolves to the status once the answer's body has been read (and dropped),
 * so the connection can carry the next delivery. Redirects are not followed.
 */
function post(url: URL, headers: Record<string, string>, body: string, policy: OutboundPolicy, timeoutMs: number): Promise<number> {
  const protocol = url.protocol === 'https:' ? 'https:' : 'http:'
  const send = protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise<number>((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: outboundAgent(protocol, policy),
        signal: AbortSignal.timeout(timeoutMs),
        ...(policy.lookup ? { lookup: policy.lookup as LookupFunction } : {}),
      },
      (response) => {
        response.on('data', () => {})
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500
}

/** The outbox handler for 'backoffice' rows. */
export function backofficeHandler(database: Database, options: DeliveryOptions = {}): OutboxHandler {
  const data = staffData(database)
  const policyFor = options.policyFor ?? (() => PUBLIC_ONLY)
  const timeoutMs = options.timeoutMs ?? 10_000
  return async (row: OutboxRow) => {
    const reportId = typeof row.payload.reportId === 'string' ? row.payload.reportId : row.reportId
    if (!reportId) throw new PermanentDeliveryError('backoffice row without a report')
    const { endpoint, report, evidence } = await data.getDelivery(row.tenantId, reportId)
    if (!endpoint) {
      // A force without a push endpoint receives its reports through the pull API.
      logger.info({ event: 'backoffice-pull-only', tenant: row.tenantId, outboxId: row.id })
      return
    }
    if (!report) {
      // Transferred away since: the receiving force has a delivery of its own.
      logger.info({ event: 'backoffice-report-moved', tenant: row.tenantId, outboxId: row.id })
      return
    }
    if (endpoint.disabledAt) {
      // Switched off by an admin (/staff/integrations): nothing is sent; the dead letter is re-sent from
      // /staff/deliveries once the endpoint is on again, so no report is lost.
      throw new PermanentDeliveryError('the push endpoint is switched off')
    }
    const body = JSON.stringify(reportV1(report, evidence))
    const timestamp = String(Math.floor((options.now?.() ?? Date.now()) / 1000))
    let url: URL
    try {
      url = new URL(endpoint.url)
    } catch {
      throw new PermanentDeliveryError('the push endpoint has no valid address')
    }
    let status: number
    try {
      status = await post(
        url,
        {
          'content-type': 'application/json',
          'user-agent': 'bluelamp-delivery/1',
          [IDEMPOTENCY_HEADER]: row.idempotencyKey,
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: signatureFor(endpoint.secret, timestamp, body),
          'x-bluelamp-force': row.tenantId,
        },
        body,
        policyFor(row.tenantId),
        timeoutMs,
      )
    } catch (error) {
      const name = (error as Error).name
      if (name === 'TimeoutError' || name === 'AbortError') throw new Error(`no answer within ${timeoutMs} ms`)
      // The name now leads somewhere deliveries may not go (this machine, a private or metadata address): retried
      // with backoff in case it is pointed back, then a dead letter an admin sees on /staff/deliveries.
      if (isRefusedAddressError(error)) throw new Error('the endpoint’s address is not a public one: not sent')
      throw new Error(`network error: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    if ((status >= 200 && status < 300) || status === 409) return
    if (retryable(status)) throw new Error(`endpoint answered ${status}`)
    throw new PermanentDeliveryError(`endpoint refused the report: ${status}`)
  }
}

/** Exponential backoff (30 s doubling, at most an hour) with full jitter between half and all of it. */
export function backoffWithJitter(attempt: number, random: () => number = Math.random, baseMs = 30_000, capMs = 3_600_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
