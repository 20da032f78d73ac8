import 'server-only'
import { db } from '@/lib/server/db'

/** The 38 provinces with their time zones: public reference data, no scope needed. */
export async function listProvinces() {
  return db.province.findMany({ orderBy: { code: 'asc' }, select: { code: true, name: true, timeZone: true, timeZoneLabel: true } })
}

export type ProvinceOption = Awaited<ReturnType<typeof listProvinces>>[number]
