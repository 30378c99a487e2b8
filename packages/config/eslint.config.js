// Shared lint preset: typescript-eslint's recommended rules for every workspace package.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export function preset(extra = []) {
  return tseslint.config(
    { ignores: ['**/build/**', '**/dist/**', '**/generated/**', '**/storybook-static/**', '**/node_modules/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node, ...globals.browser } },
      rules: {
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        '@typescript-eslint/consistent-type-imports': 'error',
      },
    },
    ...extra,
  )
}

export default preset()
