// Force options: national defaults, local choices. A force's theme folder says which national services it
// switches off (or switches on early), and which local contacts it has; this merges them with the
// national catalogue. Unknown service ids are reported, not ignored, so a typo in a theme is caught.
import { z } from 'zod'
import { getService, offByDefault, services } from './catalogue/index.ts'
import type { LocalContact } from './outcome.ts'
import type { Service } from './types.ts'

export const localContactSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameCy: z.string().min(1).optional(),
  description: z.string().min(1),
  descriptionCy: z.string().min(1).optional(),
  phone: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  kind: z.enum(['council', 'victim-support', 'local-number', 'other']),
})

export const forceOptionsSchema = z.object({
  disabledServices: z.array(z.string()).default([]),
  enabledServices: z.array(z.string()).default([]),
  localContacts: z.array(localContactSchema).default([]),
})

export interface ForceOptions {
  disabledServices: string[]
  enabledServices: string[]
  localContacts: LocalContact[]
}

export interface EffectiveCatalogue {
  /** The services this force offers, in national order. */
  services: Service[]
  serviceIds: string[]
  /** The force's local contacts, councils first. */
  localContacts: LocalContact[]
  /** Service ids in the options that are not in the national catalogue (a theme folder typo). */
  unknownServiceIds: string[]
}

/** True when the service is on nationally (not in the off-by-default list). */
export const nationallyEnabled = (serviceId: string): boolean => !offByDefault.includes(serviceId)

/** Merges the national catalogue with a force's options. Missing options mean national defaults. */
export function availableServices(options: Partial<ForceOptions> = {}): EffectiveCatalogue {
  const disabled = new Set(options.disabledServices ?? [])
  const enabled = new Set(options.enabledServices ?? [])
  const chosen = services.filter((s) => !disabled.has(s.id) && (nationallyEnabled(s.id) || enabled.has(s.id)))
  const unknownServiceIds = [...disabled, ...enabled].filter((id) => getService(id) === undefined)
  const order = (c: LocalContact) => (c.kind === 'council' ? 0 : 1)
  return {
    services: chosen,
    serviceIds: chosen.map((s) => s.id),
    localContacts: [...(options.localContacts ?? [])].sort((a, b) => order(a) - order(b)),
    unknownServiceIds: [...new Set(unknownServiceIds)],
  }
}

/** Whether one service is offered by a force with these options. */
export function isServiceAvailable(serviceId: string, options: Partial<ForceOptions> = {}): boolean {
  return availableServices(options).serviceIds.includes(serviceId)
}
