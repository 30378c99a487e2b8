// The content model and the Markdown renderer are plain TypeScript that runs on the server and, for the
// editor's preview, in the browser: no framework, no database. Only src/files/ (the loader of the content
// folders) may read files. src/purity.test.ts checks the same rule without eslint.
import { preset } from '@bluelamp/config/eslint'

const framework = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'content must not depend on React.' },
  { group: ['@remix-run/*', 'remix', 'react-router', 'react-router/*'], message: 'content must not depend on Remix.' },
  { group: ['drizzle-orm', 'drizzle-orm/*', 'drizzle-kit', '@bluelamp/db', '@bluelamp/db/*'], message: 'content must not touch the database.' },
]
const nodeBuiltins = [
  { regex: '^node:', message: 'only src/files/ may use Node built-ins: the rest also runs in the browser.' },
  { group: ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'https', 'url'], message: 'only src/files/ may use Node built-ins.' },
]

export default preset([
  { files: ['src/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...framework, ...nodeBuiltins] }] } },
  { files: ['src/files/**/*.ts', 'bin/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: framework }] } },
])
