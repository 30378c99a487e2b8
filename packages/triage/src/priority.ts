// The priority model: THRIVE (Threat, Harm, Risk, Investigation, Vulnerability, Engagement), the risk
// framework UK forces use to decide how to respond. Rules add points to dimensions; each dimension is capped
// so that many small signals of one kind cannot outweigh one serious signal of another; the weighted sum is
// the score, and bands turn the score into a priority. A rule can also set a floor ("at least high").
// Any change here, or to the free-text screening terms (screening-terms.ts), changes priorities for every service:
// bump MODEL_VERSION (catalogue/content-lock.test.ts enforces it). Version 2 added free-text screening.
import { PRIORITIES, THRIVE, type Priority, type ThriveDimension } from './types.ts'

export const MODEL_VERSION = 2

/** Most points one dimension can hold. */
export const DIMENSION_CAP = 3

/** How much a point in each dimension counts towards the score. */
export const WEIGHTS: Record<ThriveDimension, number> = {
  threat: 3,
  harm: 2,
  risk: 3,
  investigation: 1,
  vulnerability: 3,
  engagement: 1,
}

/** The lowest score for each priority, highest first. */
export const BANDS: readonly { priority: Priority; from: number }[] = [
  { priority: 'high', from: 16 },
  { priority: 'medium', from: 9 },
  { priority: 'standard', from: 3 },
  { priority: 'low', from: 0 },
]

export function emptyThrive(): Record<ThriveDimension, number> {
  return { threat: 0, harm: 0, risk: 0, investigation: 0, vulnerability: 0, engagement: 0 }
}

export function score(thrive: Record<ThriveDimension, number>): number {
  let total = 0
  for (const dimension of THRIVE) total += Math.min(DIMENSION_CAP, thrive[dimension]) * WEIGHTS[dimension]
  return total
}

export function band(value: number): Priority {
  for (const b of BANDS) if (value >= b.from) return b.priority
  return 'low'
}

export function higher(a: Priority, b: Priority): Priority {
  return PRIORITIES.indexOf(a) >= PRIORITIES.indexOf(b) ? a : b
}
