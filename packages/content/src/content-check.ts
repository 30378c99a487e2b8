// The checks the build runs over the content folders, beyond each file's own: that every Welsh force can
// show every national page in Welsh, and that every published demo item would pass the publishing rules on
// its force's site. Returns the problems instead of throwing, so the build can print them all.
import type { ForceFacts } from './locale.ts'
import type { NationalAdvice } from './model/advice.ts'
import { isLive } from './rules/schedule.ts'
import { missingWelshAdvice } from './rules/advice.ts'
import { publishProblems } from './rules/publish.ts'
import type { DemoForce } from './demo-files.ts'

export function checkContent(args: { forces: readonly ForceFacts[]; national: readonly NationalAdvice[]; demo: readonly DemoForce[] }): string[] {
  const problems: string[] = []
  const byId = new Map(args.forces.map((f) => [f.id, f]))
  for (const force of args.forces) {
    const local = args.demo.find((d) => d.forceId === force.id)?.items.filter((i) => i.kind === 'advice') ?? []
    for (const missing of missingWelshAdvice(force, args.national, local)) problems.push(missing.message)
  }
  const nationalAdviceSlugs = args.national.map((p) => p.slug)
  for (const demo of args.demo) {
    const force = byId.get(demo.forceId)
    if (!force) {
      problems.push(`demo/${demo.forceId}: there is no force "${demo.forceId}"`)
      continue
    }
    for (const item of demo.items) {
      // Judged at the moment the item went live, so demo content does not go stale as the calendar moves on.
      if (item.publication.status !== 'published' || !item.publication.publishAt) continue
      const at = new Date(item.publication.publishAt)
      if (!isLive(item.publication, at)) continue
      for (const p of publishProblems(item, { force, now: at, nationalAdviceSlugs })) {
        problems.push(`demo/${demo.forceId}/${'slug' in item ? item.slug : item.kind}: ${p.field}: ${p.message.en}`)
      }
    }
  }
  return problems
}
