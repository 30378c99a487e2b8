import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { generate, ThemeError } from '../src/generate.ts'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const started = performance.now()
try {
  const { tenants, css } = await generate({
    themesDir: resolve(root, 'themes'),
    outDir: fileURLToPath(new URL('../generated/', import.meta.url)),
    label: 'themes',
  })
  const ms = Math.round(performance.now() - started)
  console.log(`Generated the registry of ${tenants.length} forces (${css.length} bytes of theme CSS) in ${ms} ms`)
} catch (error) {
  if (error instanceof ThemeError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
