// The confirmation email queued with a report (rendered and sent by mail.server.ts from the outbox row).
import type { OutboxEmail } from '@bluelamp/db'
import { confirmationEmailPayload } from './mail.server.ts'
import type { Journey } from './journey.server.ts'

export function confirmationEmailFor(journey: Journey, to: string): OutboxEmail {
  return confirmationEmailPayload({
    to,
    forceName: journey.forceName,
    serviceName: journey.service.title[journey.locale],
    trackUrl: `${journey.origin}/track`,
  })
}
