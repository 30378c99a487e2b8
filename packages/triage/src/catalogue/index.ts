// The national catalogue: every service, in the order the app lists them.
import type { Service } from '../types.ts'
import theft from './theft.ts'

export const services: readonly Service[] = [theft]

/**
 * Services that exist but are off nationally until switched on. To switch one on for every force, delete
 * its line. A force can switch one on early with `enabledServices` in its theme options.
 */
export const offByDefault: readonly string[] = ['public-health-breach']

export const serviceIds: readonly string[] = services.map((s) => s.id)

const byId = new Map(services.map((s) => [s.id, s]))

export function getService(id: string): Service | undefined {
  return byId.get(id)
}
