// The floor for the participant import benchmark: what reading a participant .xlsx and writing its
// rows costs at least, with no checking at all. Reads the workbook with exceljs (as the import
// does), takes each row's cells as they are, and writes one participant a row:
//   on PostgreSQL with COPY … FROM STDIN (pg-copy-streams), the floor;
//   on PGlite, whose Prisma adapter has no COPY FROM STDIN, with one INSERT … SELECT FROM unnest(…)
//   per 5,000 rows in one transaction, the closest it gets.
// The NIK is written as it was typed into all three NIK columns (no encryption or hashing), the
// phone as typed, the regency fixed (Kabupaten Bandung), no village, no birth date.
import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import ExcelJS from 'exceljs'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { PrismaClient } from '../../generated/prisma/client'

const ROWS_PER_STATEMENT = 5000
const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value))

type FloorRow = { name: string; nik: string; sex: string; phone: string; institutionName: string }

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`

/** COPY participant FROM STDIN (CSV) over its own connection to the PostgreSQL database. */
async function copyRows(databaseUrl: string, rows: FloorRow[]): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const now = new Date().toISOString()
    const lines = rows.map((r) => [randomUUID(), r.name, r.nik, r.nik, r.nik.slice(0, 16), r.sex, r.phone, 'PERPUSTAKAAN_DESA', r.institutionName, '32.04', '32', now].map(csvField).join(',') + '\n')
    const copy = client.query(copyFrom(`COPY participant (id, name, "nikCiphertext", "nikHash", "nikMasked", sex, phone, "institutionType", "institutionName", "regencyCode", "provinceCode", "updatedAt") FROM STDIN WITH (FORMAT csv)`))
    await pipeline(Readable.from(lines), copy)
    return copy.rowCount ?? 0
  } finally {
    await client.end()
  }
}

/** `copyToUrl`: the PostgreSQL database to COPY into; without it (PGlite) the unnest stand-in. */
export async function importFloor(prisma: PrismaClient, file: Buffer, copyToUrl?: string): Promise<{ readMs: number; insertMs: number; inserted: number; method: 'COPY' | 'unnest' }> {
  const t0 = performance.now()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer)
  const sheet = workbook.worksheets[0]
  const rows: FloorRow[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return // the header
    const cell = (column: number) => text(row.getCell(column).value)
    rows.push({ name: cell(2), nik: cell(3), sex: cell(4) === 'P' ? 'P' : 'L', phone: cell(6), institutionName: cell(9) })
  })
  const t1 = performance.now()
  if (copyToUrl) return { readMs: t1 - t0, inserted: await copyRows(copyToUrl, rows), insertMs: performance.now() - t1, method: 'COPY' }

  let inserted = 0
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT)
      const column = <K extends keyof (typeof rows)[number]>(key: K) => chunk.map((r) => r[key])
      inserted += await tx.$executeRaw`
        INSERT INTO participant (id, name, "nikCiphertext", "nikHash", "nikMasked", sex, phone, "institutionType", "institutionName", "regencyCode", "provinceCode", "updatedAt")
        SELECT gen_random_uuid(), u.name, u.nik, u.nik, left(u.nik, 16), u.sex::"Sex", u.phone, 'PERPUSTAKAAN_DESA', u.inst, '32.04', '32', now()
        FROM unnest(${column('name')}::text[], ${column('nik')}::text[], ${column('sex')}::text[], ${column('phone')}::text[], ${column('institutionName')}::text[])
          AS u(name, nik, sex, phone, inst)`
    }
  }, { timeout: 120_000 })
  return { readMs: t1 - t0, insertMs: performance.now() - t1, inserted, method: 'unnest' }
}
