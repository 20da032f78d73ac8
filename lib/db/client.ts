// Opens the database named by a URL: postgresql://… (production) or pglite:<dir> / pglite:memory://
// (the embedded zero-setup default). Shared by the server, scripts, seed and tests.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../../generated/prisma/client'
import { pgliteMigrationFactory, pgMigrationFactory } from './adapters'
import { reportDatabaseResult } from './availability'
import type { AdapterFactory } from './migrate-engine'

export const DEFAULT_DATABASE_URL = 'pglite:.data/pglite'

export function resolveDatabaseUrl(url = process.env.DATABASE_URL): string {
  return url?.trim() || DEFAULT_DATABASE_URL
}

export const isEmbedded = (url: string) => url.startsWith('pglite:')

export type Database = {
  url: string
  prisma: PrismaClient
  /** A schema-engine factory on the same connection target, for migrations. */
  migrationFactory(): AdapterFactory
  close(): Promise<void>
  /** Present on the embedded database. */
  pglite?: PGlite
}

/** Opens a PGlite directory. Never open one directory from two processes: writes are silently lost. */
export function openPglite(url: string, options: { loadDataDir?: Blob } = {}): PGlite {
  const dataDir = url.slice('pglite:'.length)
  if (dataDir.startsWith('memory://')) return new PGlite({ dataDir, loadDataDir: options.loadDataDir })
  mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true })
  return new PGlite({ dataDir: path.resolve(dataDir), loadDataDir: options.loadDataDir })
}

export function openDatabase(rawUrl?: string, options: { pglite?: PGlite; poolSize?: number } = {}): Database {
  const url = resolveDatabaseUrl(rawUrl)
  if (isEmbedded(url)) {
    const pglite = options.pglite ?? openPglite(url)
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) })
    return {
      url,
      prisma,
      pglite,
      migrationFactory: () => pgliteMigrationFactory(pglite),
      close: async () => {
        await prisma.$disconnect()
        if (!pglite.closed) await pglite.close()
      },
    }
  }
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be postgresql://… or pglite:<directory>')
  const prisma = new PrismaClient({ adapter: reportingPg(url, options.poolSize ?? 10) })
  return {
    url,
    prisma,
    migrationFactory: () => pgMigrationFactory(url),
    close: () => prisma.$disconnect(),
  }
}

/** How long a query waits for a pooled connection before it fails (instead of forever). */
export const CONNECTION_TIMEOUT_MS = 5000

type Queryable = Record<'queryRaw' | 'executeRaw' | 'startTransaction', (...args: unknown[]) => Promise<unknown>>

/**
 * adapter-pg whose every query tells lib/db/availability.ts whether the server answered, with a
 * pool that gives up waiting for a connection after CONNECTION_TIMEOUT_MS (a server that accepts
 * but never answers would otherwise hold each request, and /api/health, indefinitely) and that
 * notices dead peers (TCP keep-alive). Idle clients that the server drops are already removed
 * from the pool by pg and adapter-pg; their errors only mark the database as away.
 */
function reportingPg(connectionString: string, max: number): PrismaPg {
  const factory = new PrismaPg(
    { connectionString, max, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, keepAlive: true },
    { onPoolError: reportDatabaseResult, onConnectionError: reportDatabaseResult },
  )
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const adapter = await connect()
    const target = adapter as unknown as Queryable
    for (const method of ['queryRaw', 'executeRaw', 'startTransaction'] as const) {
      const original = target[method].bind(adapter)
      target[method] = (...args) => original(...args).then(
        (result) => { reportDatabaseResult(); return result },
        (error: unknown) => { reportDatabaseResult(error); throw error },
      )
    }
    return adapter
  }
  return factory
}
