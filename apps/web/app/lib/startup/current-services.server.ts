// The process's services once startup() has begun. Its own module, importing nothing at run time, so that code
// which must not depend on the context module (the problem pages, which the CSRF check and the uploads use, which
// the context module uses) can still reach the database and settings.
import type { Services } from './context.server.ts'
import { processSlot } from '../platform/process-slot.server.ts'

/** One per process, so that development reloads of the context module reuse one database. */
export const startedServices = processSlot<Promise<Services>>('services')

/** The services once startup() has begun, for code that runs outside a request's load context. */
export function currentServices(): Promise<Services> | undefined {
  return startedServices.get()
}
