// next() over a full crime journey: every page of a theft report, from the first question to the submitted
// outcome, as the app calls it on each page view. Goal: at least 1,000,000 next() calls a second.
// Each benchmark iteration replays the journey JOURNEYS times, so per-iteration timer overhead does not
// swamp a sub-microsecond call; the teardown prints the resulting calls per second (mean and best).
import { bench, describe } from 'vitest'
import theft from './catalogue/theft.ts'
import { next } from './engine.ts'
import { context, play } from './testing/journey.ts'
import type { Answers } from './types.ts'

const places = new Map([['LE1 6TH', { forceIds: ['leicestershire'], councils: [{ code: 'E06000016', name: 'Leicester' }] }]])
const ctx = context({ places: (postcode) => places.get(postcode) })
const full = play(theft, { 'victim-age': '65-or-over', 'suspect-known': 'yes', evidence: ['cctv', 'witnesses'], repeat: 'yes' }, ctx)

// One answers object per page of the journey: {} on the first page, every answer on the last.
const pages: Answers[] = full.asked.map((_, i) => Object.fromEntries(full.asked.slice(0, i).map((id) => [id, full.answers[id]])))
pages.push(full.answers)

const JOURNEYS = 200
let calls = 0
let elapsed = 0
let best = Infinity

describe('triage engine', () => {
  bench(
    `next() over a full theft journey (${pages.length} pages × ${JOURNEYS} journeys per iteration)`,
    () => {
      const start = performance.now()
      for (let j = 0; j < JOURNEYS; j++) for (let p = 0; p < pages.length; p++) next(theft, pages[p]!, ctx)
      const took = performance.now() - start
      elapsed += took
      best = Math.min(best, took)
      calls += JOURNEYS * pages.length
    },
    {
      setup: () => {
        calls = 0
        elapsed = 0
        best = Infinity
      },
      teardown: (_task, mode) => {
        if (mode !== 'run') return
        const rate = (n: number) => Math.round(n * 1000).toLocaleString('en-GB')
        // The mean suffers when other processes share the CPU; the best iteration shows the engine itself.
        console.log(`next(): ${rate(calls / elapsed)} calls per second on average, ${rate((JOURNEYS * pages.length) / best)} in the best iteration`)
      },
    },
  )
})
