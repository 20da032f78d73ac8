// Driver-adapter factories for the schema engine (migrations), with the fixes that
// @prisma/adapter-pg 7.10 and pglite-prisma-adapter 0.7 need for it. The app's own queries
// use the adapters unchanged (lib/db/client.ts).
import pg from 'pg'
import { parseIntoClientConfig } from 'pg-connection-string'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import type { PGlite } from '@electric-sql/pglite'
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils'
import type { AdapterFactory } from './migrate-engine'

const PG_CHAR_OID = 18 // the catalog "char" type, read by the engine's describer
const PG_TEXT_OID = 25

type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] }

// adapter-pg cannot read "char": report it as text, remember the columns, and retype them as Character.
function reportCharAsText<T>(result: T): T {
  for (const r of [result].flat() as QueryResultLike[]) {
    const charColumns: number[] = []
    r?.fields?.forEach((f, i) => {
      if (f.dataTypeID === PG_CHAR_OID) {
        f.dataTypeID = PG_TEXT_OID
        charColumns.push(i)
      }
    })
    if (charColumns.length && r.rows) Object.defineProperty(r.rows, 'charColumns', { value: charColumns })
  }
  return result
}

class CatalogClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(config: any, values?: any, callback?: any): any {
    if (typeof values === 'function') [callback, values] = [values, undefined]
    if (callback) return super.query(config, values, (e: Error, r: unknown) => callback(e, e ? r : reportCharAsText(r)))
    return (super.query(config, values) as Promise<unknown>).then(reportCharAsText)
  }
}

type Queryable = { queryRaw(q: unknown): Promise<{ rows: unknown[] & { charColumns?: number[] }; columnTypes: number[] }> }
function retypeCharColumns<T>(adapter: T): T {
  const a = adapter as T & Queryable
  const queryRaw = a.queryRaw.bind(a)
  a.queryRaw = async (q) => {
    const r = await queryRaw(q)
    for (const i of r.rows.charColumns ?? []) r.columnTypes[i] = ColumnTypeEnum.Character
    return r
  }
  return a
}

/** Schema-engine factory for a PostgreSQL server. Its shadow database is a real, temporary one. */
export function pgMigrationFactory(url: string): AdapterFactory {
  const config = { ...parseIntoClientConfig(url), Client: CatalogClient } as pg.PoolConfig
  // With a connection string adapter-pg connects the "shadow" database to the main one (a generated
  // migration would then DROP real tables), and it drops the shadow before closing its pool.
  return new (class extends PrismaPg {
    async connect() {
      return retypeCharColumns(await super.connect())
    }
    async connectToShadowDb() {
      const admin = await this.connect()
      const database = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll('-', '')}`
      await admin.executeScript(`CREATE DATABASE "${database}"`)
      const shadow = retypeCharColumns(await new PrismaPg({ ...config, database }).connect())
      const dispose = shadow.dispose.bind(shadow)
      shadow.dispose = async () => {
        await dispose()
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`)
        await admin.dispose()
      }
      return shadow
    }
  })(config)
}

/** Schema-engine factory for an embedded PGlite database; closes the shadow PGlite it opens. */
export function pgliteMigrationFactory(db: PGlite): AdapterFactory {
  return new (class extends PrismaPGlite {
    async connectToShadowDb() {
      const shadow = await super.connectToShadowDb()
      const dispose = shadow.dispose.bind(shadow)
      shadow.dispose = async () => {
        await dispose()
        await (shadow as unknown as { client: PGlite }).client.close()
      }
      return shadow
    }
  })(db)
}
