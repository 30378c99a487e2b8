// Bundles server/index.ts into build/server.js. Workspace packages are bundled; everything from the
// registry (node_modules) stays external and is loaded at run time. The database migrations are copied
// beside it so the production server finds them without reaching into packages/.
import { build } from 'esbuild'
import { cpSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => !d.startsWith('@bluelamp/'))
external.push('./server/index.js')

await build({
  entryPoints: ['server/index.ts'],
  outfile: 'build/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
})

// The outbox worker on its own (server/worker.ts), for running delivery apart from the web processes.
await build({
  entryPoints: ['server/worker.ts'],
  outfile: 'build/worker.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
})

cpSync(fileURLToPath(new URL('../../../packages/db/migrations', import.meta.url)), 'build/migrations', { recursive: true })
console.log('Built build/server.js and copied the database migrations to build/migrations')
