// Access to the current test file's database copy (installed by tests/setup/database-per-file.ts).
import { isEmbedded } from '@/lib/db/client'
import { getDatabase } from '@/lib/server/db'

/** The Prisma client of this test file's own database: the same one the code under test uses. */
export function testDb() {
  return getDatabase().prisma
}

/** For log lines and kind-specific expectations. */
export function describeDatabaseKind(): 'postgresql' | 'pglite' {
  return isEmbedded(getDatabase().url) ? 'pglite' : 'postgresql'
}
