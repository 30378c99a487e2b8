// The transactional outbox: rows written beside the data they announce, claimed and delivered by workers.
// Claiming is one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED): on Postgres concurrent workers skip each
// other's rows; on PGlite (one connection, serial) the same statement simply runs alone.
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm'
import { outbox, type OutboxKind, type OutboxRow } from '../schema.ts'
import type { Db } from '../types.ts'

export interface EnqueueInput {
  kind: OutboxKind
  payload: Record<string, unknown>
  /** Unique across the outbox: enqueueing the same key twice keeps the first row. */
  idempotencyKey: string
  reportId?: string | null
  nextAttemptAt?: Date
}

export interface ClaimOptions {
  /** How long the claim holds before another worker may take the row over (default 60 s). */
  leaseMs?: number
  kinds?: OutboxKind[]
}

export function outboxQueries(db: Db) {
  return {
    /** Queues a message outside a report submission (e.g. the "resume your draft" email). */
    async enqueueOutbox(tenantId: string, input: EnqueueInput): Promise<{ id: string; created: boolean }> {
      const [row] = await db
        .insert(outbox)
        .values({
          tenantId,
          kind: input.kind,
          payload: input.payload,
          idempotencyKey: input.idempotencyKey,
          reportId: input.reportId ?? null,
          ...(input.nextAttemptAt ? { nextAttemptAt: input.nextAttemptAt } : {}),
        })
        .onConflictDoNothing({ target: outbox.idempotencyKey })
        .returning({ id: outbox.id })
      if (row) return { id: row.id, created: true }
      const [existing] = await db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), eq(outbox.idempotencyKey, input.idempotencyKey)))
      if (!existing) throw new Error('outbox idempotency key is taken by another tenant')
      return { id: existing.id, created: false }
    },

    /**
     * Worker side, across all tenants: claims up to `limit` rows that are due (pending and past `next_attempt_at`,
     * or processing with an expired lease), counting the attempt. Oldest due first.
     */
    async claimOutbox(
      limit: number,
      workerId: string,
      now: Date = new Date(),
      options: ClaimOptions = {},
    ): Promise<OutboxRow[]> {
      const due = or(
        and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)),
        and(eq(outbox.status, 'processing'), lt(outbox.claimedUntil, now)),
      )
      const candidates = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(due, options.kinds ? inArray(outbox.kind, options.kinds) : undefined))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
        .limit(limit)
        .for('update', { skipLocked: true })
      const rows = await db
        .update(outbox)
        .set({
          status: 'processing',
          claimedBy: workerId,
          claimedUntil: new Date(now.getTime() + (options.leaseMs ?? 60_000)),
          attempts: sql`${outbox.attempts} + 1`,
        })
        .where(inArray(outbox.id, candidates))
        .returning()
      return rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime())
    },

    /**
     * Marks a claimed row delivered. With `workerId`, only while that worker still holds the claim, so a worker
     * whose lease ran out cannot overwrite the row's newer state. With `payload`, the row's payload is replaced in
     * the same statement (the worker's redacted copy: a delivered row keeps no secret). True when the row was updated.
     */
    async markOutboxDelivered(
      id: string,
      options: { workerId?: string; now?: Date; payload?: Record<string, unknown> } = {},
    ): Promise<boolean> {
      const rows = await db
        .update(outbox)
        .set({
          status: 'delivered',
          deliveredAt: options.now ?? new Date(),
          claimedBy: null,
          claimedUntil: null,
          ...(options.payload ? { payload: options.payload } : {}),
        })
        .where(
          and(
            eq(outbox.id, id),
            eq(outbox.status, 'processing'),
            options.workerId ? eq(outbox.claimedBy, options.workerId) : undefined,
          ),
        )
        .returning({ id: outbox.id })
      return rows.length === 1
    },

    /**
     * Marks a batch of claimed rows delivered in one statement, each as `markOutboxDelivered` would: only while
     * `workerId` still holds its claim, with its payload replaced where one is given. Resolves to the ids updated.
     */
    async markOutboxDeliveredMany(
      deliveries: { id: string; payload?: Record<string, unknown> }[],
      options: { workerId: string; now?: Date },
    ): Promise<string[]> {
      if (deliveries.length === 0) return []
      const now = sql`${sql.param(options.now ?? new Date(), outbox.deliveredAt)}::timestamptz`
      const values = sql.join(
        deliveries.map(
          (d) => sql`(${d.id}::uuid, ${d.payload ? sql`${sql.param(d.payload, outbox.payload)}::jsonb` : sql`null::jsonb`})`,
        ),
        sql`, `,
      )
      const result = (await db.execute(sql`
        update outbox
        set status = 'delivered', delivered_at = ${now}, claimed_by = null, claimed_until = null,
          payload = coalesce(delivered.payload, outbox.payload)
        from (values ${values}) as delivered (id, payload)
        where outbox.id = delivered.id and outbox.status = 'processing' and outbox.claimed_by = ${options.workerId}::text
        returning outbox.id
      `)) as unknown as { rows: { id: string }[] }
      return result.rows.map((row) => row.id)
    },

    /**
     * Records a failed attempt: back to pending until `next`, or 'dead' (dead letter, for an admin to re-send). With
     * `payload`, the row's payload is replaced in the same statement (the worker passes a redacted copy for a row
     * it gives up on; a row that will be retried keeps what it needs to be sent).
     */
    async markOutboxFailed(
      id: string,
      error: string,
      next: Date | 'dead',
      options: { workerId?: string; payload?: Record<string, unknown> } = {},
    ): Promise<boolean> {
      const rows = await db
        .update(outbox)
        .set({
          status: next === 'dead' ? 'dead' : 'pending',
          lastError: error.slice(0, 2000),
          claimedBy: null,
          claimedUntil: null,
          ...(next === 'dead' ? {} : { nextAttemptAt: next }),
          ...(options.payload ? { payload: options.payload } : {}),
        })
        .where(
          and(
            eq(outbox.id, id),
            eq(outbox.status, 'processing'),
            options.workerId ? eq(outbox.claimedBy, options.workerId) : undefined,
          ),
        )
        .returning({ id: outbox.id })
      return rows.length === 1
    },

    /** Admin re-send of a dead letter: back to pending now, attempts reset. Tenant-scoped. */
    async requeueDeadOutbox(tenantId: string, id: string, now: Date = new Date()): Promise<boolean> {
      const rows = await db
        .update(outbox)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: now })
        .where(and(eq(outbox.tenantId, tenantId), eq(outbox.id, id), eq(outbox.status, 'dead')))
        .returning({ id: outbox.id })
      return rows.length === 1
    },

    async listOutbox(tenantId: string, options: { status?: OutboxRow['status']; limit?: number } = {}) {
      return db
        .select()
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), options.status ? eq(outbox.status, options.status) : undefined))
        .orderBy(asc(outbox.createdAt))
        .limit(options.limit ?? 100)
    },
  }
}
