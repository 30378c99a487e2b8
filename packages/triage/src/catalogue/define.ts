// Small helpers that keep service files close to the policy they encode.
import type { Service } from '../types.ts'
import { withSafeContact } from './safe-contact.ts'

export { opt, t } from './text.ts'

/**
 * A service as its file describes it. A service with `safeContact: true` gets the safe-contact questions right
 * after its contact details, and the rule that reads them (safe-contact.ts), so every such service asks them the
 * same way.
 */
export const defineService = (service: Service): Service => (service.safeContact ? withSafeContact(service) : service)
