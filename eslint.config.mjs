// ESLint 9 flat config. eslint-config-next 16 ships flat configs (arrays) for each preset.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    // A leading underscore marks a parameter or binding that is unused on purpose.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tool config files conventionally default-export a literal (postcss, next, vitest…).
    files: ['*.config.{js,mjs,cjs,ts}'],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
  {
    // Specs take test and expect from the fixture that checks every page with axe (decision 038).
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test', 'expect'], message: "Import test and expect from './support/fixtures' (decision 038)." }] },
      ],
    },
  },
  globalIgnores([
    'generated/**',
    '.next*/**',
    '.data/**',
    'node_modules/**',
    'bench/results/**',
    'playwright-report/**',
    'test-results/**',
    'next-env.d.ts',
  ]),
])
