// The confirmation email queued with a report (rendered and sent by mail.server.ts from the outbox row).
import type { OutboxEmail } from '@bluelamp/db'
import type { Tenant } from '@bluelamp/tenants'
import { confirmationEmailPayload } from '../mail/mail.server.ts'
import type { Journey } from './journey.server.ts'
import { tenantName } from '../site/locale.server.ts'
import { forceUrl } from '../site/site.server.ts'

/** The confirmation from the force that received the report (another force's, for an incident in its area). */
export function confirmationEmailFor(journey: Journey, to: string, receiving: Tenant = journey.tenant): OutboxEmail {
  const here = receiving.id === journey.tenant.id
  return confirmationEmailPayload({
    to,
    forceName: here ? journey.forceName : tenantName(receiving, journey.locale),
    serviceName: journey.service.title[journey.locale],
    trackUrl: here ? `${journey.origin}/track` : `${forceUrl(receiving, new URL(journey.origin))}track`,
  })
}
