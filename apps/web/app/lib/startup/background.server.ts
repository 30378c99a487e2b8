// Work the web process does in the background: the outbox worker (email; another kind plugs in with a handler) and
// the purge of expired rate-limit rows. Started by startup(), stopped by shutdown().
import { processSlot } from '../platform/process-slot.server.ts'
import type { LookupFunction } from 'node:net'
import type { Database } from '@bluelamp/db'
import type { Env } from '../platform/env.server.ts'
import { logger } from '../platform/logger.server.ts'
import { createMailer, emailHandler } from '../mail/mail.server.ts'
import { startOutboxWorker, type OutboxWorker } from '../delivery/outbox-worker.server.ts'
import { backofficeHandler, backoffWithJitter } from '../delivery/backoffice-delivery.server.ts'
import { outboundPolicy } from '../platform/outbound.server.ts'

const running = processSlot<{ worker: OutboxWorker; close: () => void }>('background')

export function startBackgroundWork(services: { env: Env; database: Database; lookup?: LookupFunction }): void {
  if (running.get() || !services.env.OUTBOX_WORKER) return
  const mailer = createMailer(services.env)
  let lastPurge = 0
  const worker = startOutboxWorker({
    database: services.database,
    // 'backoffice': signed delivery to each force's endpoint. A claim's lease outlasts a whole batch of
    // timed-out POSTs, so no other worker takes a row over while this one is still trying it.
    handlers: { email: emailHandler(mailer), backoffice: backofficeHandler(services.database, {
          timeoutMs: services.env.BACKOFFICE_TIMEOUT_MS,
          policyFor: (tenantId) => outboundPolicy(services.env, tenantId, services.lookup),
        }) },
    maxAttempts: services.env.OUTBOX_MAX_ATTEMPTS,
    backoffMs: (attempt) => backoffWithJitter(attempt),
    leaseMs: 10 * services.env.BACKOFFICE_TIMEOUT_MS + 30_000,
    onTick: async () => {
      if (Date.now() - lastPurge < 60_000) return
      lastPurge = Date.now()
      await services.database.queries.purgeRateLimits()
    },
  })
  running.set({ worker, close: () => mailer.close() })
  logger.info({ event: 'outbox-worker-started', worker: worker.id, mail: services.env.SMTP_URL ? 'smtp' : `folder ${services.env.MAIL_DIR}` })
}

export async function stopBackgroundWork(): Promise<void> {
  const background = running.get()
  running.set(undefined)
  if (!background) return
  await background.worker.stop()
  background.close()
}
