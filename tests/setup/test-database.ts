// What the integration globalSetup hands each test worker (through Vitest's provide/inject).
export type TestDatabaseConfig =
  | {
      kind: 'postgresql'
      /** TEST_DATABASE_URL: any database on the server, used for CREATE/DROP DATABASE. */
      serverUrl: string
      template: string
      /** Every per-file database is named `${prefix}<random>`, so teardown can drop leftovers. */
      prefix: string
    }
  | { kind: 'pglite'; /** Uncompressed tar of the template's data directory (PGlite dumpDataDir). */ dumpFile: string }

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseConfig
  }
}

/** The same server as `serverUrl`, another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`
