// The floor for the participant import benchmark: what reading a participant .xlsx and writing its
// rows costs at least, with no checking at all. Reads the workbook with exceljs (as the import
// does), takes each row's cells as they are, and inserts one participant a row in one transaction
// with one INSERT … SELECT FROM unnest(…) per 5,000 rows.
//
// It stands in for PostgreSQL COPY: pg-copy-streams (COPY FROM STDIN for `pg`) is not a dependency
// of this project, and PGlite's Prisma adapter offers no COPY FROM STDIN either. One array per
// column, one statement per 5,000 rows, is the closest the project's own drivers get.
// The NIK is written as it was typed into all three NIK columns (no encryption or hashing), the
// phone as typed, the regency fixed (Kabupaten Bandung), no village, no birth date.
import ExcelJS from 'exceljs'
import type { PrismaClient } from '../../generated/prisma/client'

const ROWS_PER_STATEMENT = 5000
const text = (value: ExcelJS.CellValue) => (value === null || value === undefined ? '' : String(value))

export async function importFloor(prisma: PrismaClient, file: Buffer): Promise<{ readMs: number; insertMs: number; inserted: number }> {
  const t0 = performance.now()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer)
  const sheet = workbook.worksheets[0]
  const rows: { name: string; nik: string; sex: string; phone: string; institutionName: string }[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return // the header
    const cell = (column: number) => text(row.getCell(column).value)
    rows.push({ name: cell(2), nik: cell(3), sex: cell(4) === 'P' ? 'P' : 'L', phone: cell(6), institutionName: cell(9) })
  })
  const t1 = performance.now()

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
  return { readMs: t1 - t0, insertMs: performance.now() - t1, inserted }
}
