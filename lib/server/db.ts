import 'server-only'
import { setDatabaseProbe } from '@/lib/db/availability'
import { openDatabase, type Database } from '@/lib/db/client'

// One database handle per server process. Tests install their own per-worker copy first.
const g = globalThis as unknown as { __bimtekDatabase?: Database }

export function getDatabase(): Database {
  g.__bimtekDatabase ??= openDatabase()
  return g.__bimtekDatabase
}

/** The Prisma client. Lazy, so that `next build` never opens the embedded database. */
export const db = new Proxy({} as Database['prisma'], {
  get: (_, key) => {
    const prisma = getDatabase().prisma
    const value = Reflect.get(prisma, key, prisma)
    return typeof value === 'function' ? value.bind(prisma) : value
  },
})

// What proxy.ts runs (through lib/db/availability.ts) to see whether a database marked away is back.
setDatabaseProbe(() => getDatabase().prisma.$queryRaw`SELECT 1`)

export type Db = Database['prisma']
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
