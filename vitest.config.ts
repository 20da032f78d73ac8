import path from 'node:path'
import { defineConfig } from 'vitest/config'
// Fixed secrets: NIK ciphertexts and hashes stay reproducible between seed and assertions. Test-only.
import TEST_ENV from './tests/support/test-env.json' with { type: 'json' }

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // The real package throws outside React's server environment.
      'server-only': path.join(root, 'tests/setup/empty-module.ts'),
    },
  },
  test: {
    // Dropping the template database or its leftovers after the run.
    teardownTimeout: 60_000,
    env: { ...TEST_ENV },
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // prisma/seed holds pure generators with tests of their own; tests/authz checks the
          // authorization matrix against the source tree.
          include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'prisma/**/*.test.ts', 'tests/authz/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          // One migrated template with the reference regions; each test file gets its own copy.
          globalSetup: ['tests/setup/global-database.ts'],
          setupFiles: ['tests/setup/database-per-file.ts'],
          pool: 'forks',
          // A PGlite copy costs a few hundred MB; PostgreSQL copies are cheap but the server is shared.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
