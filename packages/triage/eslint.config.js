// Triage is plain data in, plain data out: no framework, no database and no Node built-ins (see
// docs/decisions/004-triage-rules-as-data.md). src/purity.test.ts checks the same rule without eslint.
import { preset } from '@bluelamp/config/eslint'

const forbidden = {
  patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'triage must not depend on React.' },
    { group: ['@remix-run/*', 'remix', 'react-router', 'react-router/*'], message: 'triage must not depend on Remix.' },
    { group: ['drizzle-orm', 'drizzle-orm/*', 'drizzle-kit', '@bluelamp/db', '@bluelamp/db/*'], message: 'triage must not touch the database.' },
    { regex: '^@bluelamp/(?!config(/|$))', message: 'triage imports nothing of ours: what it needs about forces comes from the app in TriageContext.' },
    { regex: '^node:', message: 'triage must not use Node built-ins: it runs anywhere, with no I/O.' },
    { group: ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'https', 'url'], message: 'triage must not use Node built-ins.' },
  ],
}

export default preset([
  { rules: { 'no-restricted-imports': ['error', forbidden] } },
])
