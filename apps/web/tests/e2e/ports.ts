import { availableParallelism } from 'node:os'

/**
 * Each Playwright worker has a production server of its own (its own port, database and mail folder), so workers
 * run side by side without seeing each other's reports, queues, rate limits or emails. E2E_PORT is the first
 * server's port; worker n (Playwright's TEST_PARALLEL_INDEX) talks to E2E_PORT + n. A server process is started with
 * E2E_PORT set to its own port and has no parallel index, so the same formula names its own port there.
 */
export const BASE_PORT = Number(process.env.E2E_PORT ?? 3311)

/**
 * One per two cores (a worker is a browser and a server), and at least two: a worker spends most of its time waiting
 * on pages, so on CI's two-core machine a lone worker left a core idle for the last half of the run
 * (docs/decisions/010).
 */
export const WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? Math.max(2, Math.floor(availableParallelism() / 2))))

export const PORT = BASE_PORT + Number(process.env.TEST_PARALLEL_INDEX ?? 0)
