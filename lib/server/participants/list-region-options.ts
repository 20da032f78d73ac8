import 'server-only'
import { db } from '@/lib/server/db'

// Regencies and villages are public reference data: no scope needed.

/** Regencies (kabupaten/kota) of the given provinces, by name. */
export async function listRegencyOptions(provinceCodes?: string[]) {
  return db.regency.findMany({
    where: provinceCodes ? { provinceCode: { in: provinceCodes } } : {},
    orderBy: [{ provinceCode: 'asc' }, { name: 'asc' }],
    select: { code: true, name: true, provinceCode: true },
  })
}

/** Villages (desa/kelurahan) of one regency, with their district (kecamatan), by district then name. */
export async function listVillageOptions(regencyCode: string) {
  if (!/^\d{2}\.\d{2}$/.test(regencyCode)) return []
  const villages = await db.village.findMany({
    where: { district: { regencyCode } },
    orderBy: [{ districtCode: 'asc' }, { name: 'asc' }],
    select: { code: true, name: true, district: { select: { name: true } } },
  })
  return villages.map((v) => ({ code: v.code, name: v.name, districtName: v.district.name }))
}
