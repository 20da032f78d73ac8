// ESLint 9 flat config. eslint-config-next 16 ships flat configs (arrays) for each preset.
import { defineConfig, globalIgnores } from 'eslint/config'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypeScript,
  globalIgnores([
    'generated/**',
    '.next/**',
    '.data/**',
    'node_modules/**',
    'bench/results/**',
    'playwright-report/**',
    'test-results/**',
    'next-env.d.ts',
  ]),
])
