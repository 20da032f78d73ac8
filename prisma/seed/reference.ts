// Reference regions (Kepmendagri 300.2.2-2138/2025): 38 provinces, 514 regencies and cities,
// 7,285 districts and 83,762 villages, read from the CSV files of the `idn-area-data` package
// (its JS API needs Node 22; the CSVs read fine on Node 20).
// Data © idn-area-data contributors, licensed under the Open Database License (ODbL) 1.0:
// https://github.com/fityannugroho/idn-area-data — code MIT.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import Papa from 'papaparse'
import { Prisma, type PrismaClient } from '../../generated/prisma/client'
import { getProvinceTimeZone } from '../../lib/regions/time-zones'

type Row = Record<string, string>
export type ReferenceCounts = { provinces: number; regencies: number; districts: number; villages: number }

function dataDirectory(): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data')
}

/** Some files quote fields (names with commas or quotes), so use a real CSV parser. */
async function readCsv(file: string): Promise<Row[]> {
  const text = await readFile(path.join(dataDirectory(), file), 'utf8')
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true })
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`)
  return parsed.data
}

async function readReferenceData() {
  const [provinces, regencies, districts, villages] = await Promise.all(
    ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv'].map(readCsv),
  )
  return {
    provinces: provinces.map((r) => {
      const zone = getProvinceTimeZone(r.code)
      return { code: r.code, name: r.name, timeZone: zone.timeZone, timeZoneLabel: zone.label }
    }),
    regencies: regencies.map((r): Region => ({ code: r.code, parentCode: r.province_code, name: r.name })),
    districts: districts.map((r): Region => ({ code: r.code, parentCode: r.regency_code, name: r.name })),
    villages: villages.map((r): Region => ({ code: r.code, parentCode: r.district_code, name: r.name })),
  }
}

type Region = { code: string; parentCode: string; name: string }

// One INSERT … SELECT FROM unnest(arrays) per table: ~3× faster than createMany on PGlite (which
// binds three parameters a row) and the same on PostgreSQL. ON CONFLICT DO NOTHING keeps it idempotent.
// The table and column names are constants of this file, never input.
async function insertRegions(prisma: PrismaClient, table: 'regency' | 'district' | 'village', rows: Region[]) {
  const parentColumn = { regency: 'provinceCode', district: 'regencyCode', village: 'districtCode' }[table]
  return prisma.$executeRaw`
    INSERT INTO ${Prisma.raw(`"${table}" ("code", "${parentColumn}", "name")`)}
    SELECT * FROM unnest(${rows.map((r) => r.code)}::varchar[], ${rows.map((r) => r.parentCode)}::varchar[], ${rows.map((r) => r.name)}::text[])
    ON CONFLICT DO NOTHING`
}

export async function countReferenceRegions(prisma: PrismaClient): Promise<ReferenceCounts> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    prisma.province.count(),
    prisma.regency.count(),
    prisma.district.count(),
    prisma.village.count(),
  ])
  return { provinces, regencies, districts, villages }
}

const sameCounts = (a: ReferenceCounts, b: ReferenceCounts) =>
  a.provinces === b.provinces && a.regencies === b.regencies && a.districts === b.districts && a.villages === b.villages

/**
 * Idempotent: does nothing when every table already holds the package's row count; otherwise
 * inserts what is missing (existing rows are left as they are). Returns the rows inserted.
 */
export async function loadReferenceRegions(prisma: PrismaClient): Promise<ReferenceCounts> {
  const data = await readReferenceData()
  const expected = {
    provinces: data.provinces.length,
    regencies: data.regencies.length,
    districts: data.districts.length,
    villages: data.villages.length,
  }
  if (sameCounts(await countReferenceRegions(prisma), expected)) {
    return { provinces: 0, regencies: 0, districts: 0, villages: 0 }
  }
  // Parents first: the foreign keys are checked row by row. Existing rows are left as they are.
  const { count: provinces } = await prisma.province.createMany({ data: data.provinces, skipDuplicates: true })
  const regencies = await insertRegions(prisma, 'regency', data.regencies)
  const districts = await insertRegions(prisma, 'district', data.districts)
  const villages = await insertRegions(prisma, 'village', data.villages)
  return { provinces, regencies, districts, villages }
}
