// Writes schemas/report.v1.json from the zod schema in app/lib/delivery/report-v1.ts, the one definition of the contract.
// `pnpm --filter @bluelamp/web report-schema`; report-v1.test.ts fails while the committed file differs.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { reportV1JsonSchema } from '../app/lib/delivery/report-v1.ts'

const file = fileURLToPath(new URL('../schemas/report.v1.json', import.meta.url))
writeFileSync(file, `${JSON.stringify(reportV1JsonSchema(), null, 2)}\n`)
console.log(`wrote ${file}`)
