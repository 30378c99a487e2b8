// The in-process outbox worker: claims due outbox rows of the kinds it has handlers for, hands
// each to its handler, and records delivery or schedules a retry with exponential backoff, ending in the dead-letter
// state after MAX_ATTEMPTS. Claims are leases (packages/db `claimOutbox`, FOR UPDATE SKIP LOCKED), so several
// processes can run workers side by side. Only 'email' is handled here; the back-office delivery (a later issue)
// plugs in by adding a handler for 'backoffice'. A handler with `redact` has the row's payload replaced by its
// redacted copy in the same statement that marks the row delivered or dead, so no finished row keeps a secret.
import { randomUUID } from 'node:crypto'
import type { Database, OutboxKind, OutboxRow } from '@bluelamp/db'
import { describeError, logger } from '../platform/logger.server.ts'

export type OutboxHandler = ((row: OutboxRow) => Promise<void>) & {
  /**
   * What a finished row (delivered, or dead) keeps instead of its payload: the same payload without its secrets
   * (e.g. the resume email's link). Undefined keeps the payload as it is. Rows that will be retried keep theirs.
   */
  redact?: (payload: Record<string, unknown>, at: Date) => Record<string, unknown> | undefined
}

/** Thrown by a handler for a row that can never succeed (unknown template, bad payload): dead at once. */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PermanentDeliveryError'
  }
}

export interface OutboxWorkerOptions {
  database: Database
  handlers: Partial<Record<OutboxKind, OutboxHandler>>
  /** How often to look for due rows (default 2 s). */
  pollMs?: number
  /** Rows per claim (default 10). */
  batchSize?: number
  /** Attempts before a row becomes a dead letter (default 8). */
  maxAttempts?: number
  /** Delay before retry n (1-based): default 30 s × 2^(n−1), at most one hour. */
  backoffMs?: (attempt: number) => number
  /** How long a claim holds (default 60 s). */
  leaseMs?: number
  /** Something else to do on every tick (e.g. purging expired rate-limit rows). */
  onTick?: () => Promise<unknown>
}

export interface OutboxWorker {
  readonly id: string
  /** One pass: claims and handles due rows; resolves to the number handled. */
  tick(now?: Date): Promise<number>
  /** Stops polling and waits for the pass in progress to finish. */
  stop(): Promise<void>
}

export const MAX_ATTEMPTS = 8

export function defaultBackoffMs(attempt: number): number {
  return Math.min(60 * 60 * 1000, 30_000 * 2 ** Math.max(0, attempt - 1))
}

/** Creates a worker without starting it (tests drive `tick`). */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const id = `web-${process.pid}-${randomUUID().slice(0, 8)}`
  const kinds = Object.keys(options.handlers) as OutboxKind[]
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS
  const backoff = options.backoffMs ?? defaultBackoffMs
  const { queries } = options.database

  type Delivered = { row: OutboxRow; payload?: Record<string, unknown> }

  /** Hands the row to its handler: the delivery to record, or the failure recorded at once. */
  async function handle(row: OutboxRow, now: Date): Promise<Delivered | undefined> {
    const handler = options.handlers[row.kind]
    try {
      if (!handler) throw new PermanentDeliveryError(`no handler for outbox kind ${row.kind}`)
      await handler(row)
      return { row, payload: handler.redact?.(row.payload, new Date()) }
    } catch (error) {
      // A failed query's message holds its parameters (the report itself): only what describeError keeps is stored.
      const message = error instanceof Error && ('params' in error || 'query' in error) ? String(describeError(error).message) : error instanceof Error ? error.message : String(error)
      const dead = error instanceof PermanentDeliveryError || row.attempts >= maxAttempts
      const next = dead ? 'dead' : new Date(now.getTime() + backoff(row.attempts))
      const payload = dead ? handler?.redact?.(row.payload, new Date()) : undefined
      await queries.markOutboxFailed(row.id, message, next, { workerId: id, payload })
      logger.warn({ event: dead ? 'outbox-dead' : 'outbox-retry', kind: row.kind, outboxId: row.id, attempts: row.attempts, error: message })
      return undefined
    }
  }

  async function tick(now: Date = new Date()): Promise<number> {
    if (kinds.length === 0) return 0
    const rows = await queries.claimOutbox(options.batchSize ?? 10, id, now, { kinds, leaseMs: options.leaseMs })
    const delivered: Delivered[] = []
    for (const row of rows) {
      const done = await handle(row, now)
      if (done) delivered.push(done)
    }
    // The batch's deliveries are recorded in one statement, while this worker still holds their claims. Should the
    // process die before it, the rows go back to the queue when their lease ends and are delivered again: at least
    // once, with the same idempotency key, as after a crash between a delivery and its record.
    await queries.markOutboxDeliveredMany(
      delivered.map(({ row, payload }) => ({ id: row.id, ...(payload ? { payload } : {}) })),
      { workerId: id },
    )
    for (const { row } of delivered) {
      logger.info({ event: 'outbox-delivered', kind: row.kind, outboxId: row.id, attempts: row.attempts })
    }
    return rows.length
  }

  return {
    id,
    tick,
    async stop() {},
  }
}

/** Creates a worker and polls until stopped. A pass that handled a full batch runs again at once. */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const worker = createOutboxWorker(options)
  const pollMs = options.pollMs ?? 2000
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const loop = () => {
    if (stopped) return
    running = (async () => {
      let handled = 0
      try {
        handled = await worker.tick()
        await options.onTick?.()
      } catch (error) {
        // The database may be restarting; the next pass tries again.
        logger.error({ event: 'outbox-tick-failed', error: describeError(error) })
      }
      if (!stopped) timer = setTimeout(loop, handled >= (options.batchSize ?? 10) ? 0 : pollMs)
    })()
  }
  timer = setTimeout(loop, 0)

  return {
    id: worker.id,
    tick: worker.tick,
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
    },
  }
}
