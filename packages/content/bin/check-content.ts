// The package's build step: reads and validates every content file, then checks the content against every
// force (Welsh versions for Welsh forces; demo items that would pass the publishing rules). A problem stops
// the build with a message naming the file and the field.
import { registry } from '@bluelamp/tenants/registry'
import { checkContent, ContentError, loadDemoContent, loadNationalAdvice } from '../src/files/index.ts'

try {
  const national = await loadNationalAdvice()
  const demo = await loadDemoContent()
  const problems = checkContent({ forces: Object.values(registry.tenants), national, demo })
  if (problems.length > 0) throw new ContentError(problems)
  const items = demo.reduce((n, d) => n + d.items.length, 0)
  const welsh = national.filter((p) => p.versions.cy).length
  console.log(`Content checked: ${national.length} national advice pages (${welsh} in Welsh), ${items} demo items for ${demo.length} forces`)
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  console.error(error.message)
  process.exitCode = 1
}
