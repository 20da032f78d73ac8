// Bulk writes for the seed. Prisma's createMany binds one parameter per column per row, which
// costs ~0.1–0.5 ms a row on PGlite; for the large tables we send one array per column instead
// (INSERT … SELECT FROM unnest(…)), ~10× faster on PGlite and as fast on PostgreSQL.
import type { PrismaClient } from '../../generated/prisma/client'

/** SQL type of each column, for the array cast: 'uuid', 'text', 'date', 'timestamptz', 'numeric', or an enum name in quotes. */
export type ColumnTypes<Row> = { [K in keyof Row]-?: string }

const ROWS_PER_STATEMENT = 10_000
const MAX_PARAMETERS = 30_000 // PostgreSQL binds at most 65,535 parameters a statement

function toSqlValue(value: unknown, type: string): unknown {
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString()
  return value ?? null
}

/** Enum arrays go through text[]: a driver cannot name a user-defined array type. */
const arrayCast = (type: string) => (type.startsWith('"') ? `::text[]::${type}[]` : `::${type}[]`)

/**
 * Inserts `rows` into `table` skipping rows that collide on any unique key (ON CONFLICT DO NOTHING).
 * `table`, the column names and `constants` (SQL expressions such as now() for @updatedAt columns,
 * which have no database default) come from this code, never from input.
 */
export async function insertUnnest<Row extends object>(
  prisma: PrismaClient,
  table: string,
  types: ColumnTypes<Row>,
  rows: Row[],
  constants: Record<string, string> = {},
): Promise<number> {
  const columns = Object.keys(types) as (keyof Row & string)[]
  const names = [...columns, ...Object.keys(constants)].map((c) => `"${c}"`).join(', ')
  const arrays = columns.map((c, i) => `$${i + 1}${arrayCast(types[c])}`).join(', ')
  const extra = Object.values(constants).map((expression) => `, ${expression}`).join('')
  const sql = `INSERT INTO "${table}" (${names}) SELECT u.*${extra} FROM unnest(${arrays}) AS u ON CONFLICT DO NOTHING`
  let inserted = 0
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT)
    const values = columns.map((c) => chunk.map((row) => toSqlValue(row[c], types[c])))
    inserted += await prisma.$executeRawUnsafe(sql, ...values)
  }
  return inserted
}

/** Chunked createMany, for the small tables where typed Prisma writes cost nothing noticeable. */
export async function createManyInChunks<T extends object>(
  rows: T[],
  insert: (chunk: T[]) => Promise<{ count: number }>,
): Promise<number> {
  if (rows.length === 0) return 0
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]).length))
  let inserted = 0
  for (let i = 0; i < rows.length; i += size) inserted += (await insert(rows.slice(i, i + size))).count
  return inserted
}

/** A calendar date ("2024-05-19") as the UTC-midnight Date that Prisma stores in a `date` column. */
export const sqlDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)
