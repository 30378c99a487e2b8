// pnpm --filter @bluelamp/bench lighthouse: Lighthouse on its own, against the current build.
import { lighthouse } from './lighthouse.ts'
import { snapshotBuild } from './server.ts'

const result = await lighthouse(await snapshotBuild(), Number(process.env.PORT ?? 3911))
console.log(JSON.stringify(result, null, 2))
