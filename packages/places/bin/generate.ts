import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compile } from './compile.ts'

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const read = (path: string) => readFileSync(at(path), 'utf8')

const started = performance.now()
const module = compile({
  forcesCsv: read('data/forces.csv'),
  outcodesCsv: read('data/outcode_to_pfa.csv'),
  ladsCsv: read('data/lad_to_pfa_current.csv'),
})
writeFileSync(at('src/places-data.generated.ts'), module)
console.log(`Wrote src/places-data.generated.ts (${module.length} bytes) in ${Math.round(performance.now() - started)} ms`)
