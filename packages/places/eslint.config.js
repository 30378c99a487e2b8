// The lookup runs anywhere (server, browser, worker): src/ uses no Node built-ins. Only bin/ reads files.
import { preset } from '@bluelamp/config/eslint'

export default preset([
  { ignores: ['src/places-data.generated.ts'] },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'places/src must not use Node built-ins.' }] }],
    },
  },
])
