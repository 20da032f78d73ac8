import 'server-only'
import type { Db, Tx } from '@/lib/server/db'
import type { ExistingParticipant } from './classify-participant-rows'
import type { ImportCohort } from './import-access'
import { createRegionMatcher } from './region-matcher'

const CHUNK = 5000
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK))

/** The reference regions of the cohort's province, for matching names to codes. */
export async function loadRegionMatcher(client: Db | Tx, cohort: ImportCohort) {
  const [regencies, districts, villages] = await Promise.all([
    client.regency.findMany({ where: { provinceCode: cohort.provinceCode }, select: { code: true, provinceCode: true, name: true } }),
    client.district.findMany({ where: { regency: { provinceCode: cohort.provinceCode } }, select: { code: true, regencyCode: true, name: true } }),
    client.village.findMany({ where: { district: { regency: { provinceCode: cohort.provinceCode } } }, select: { code: true, districtCode: true, name: true } }),
  ])
  return createRegionMatcher({
    provinceName: cohort.provinceName,
    regencies: regencies.map((r) => ({ code: r.code, parentCode: r.provinceCode, name: r.name })),
    districts: districts.map((d) => ({ code: d.code, parentCode: d.regencyCode, name: d.name })),
    villages: villages.map((v) => ({ code: v.code, parentCode: v.districtCode, name: v.name })),
  })
}

/** Province names by code, for the warning about a NIK another province issued. */
export async function loadProvinceNames(client: Db | Tx): Promise<Map<string, string>> {
  const provinces = await client.province.findMany({ select: { code: true, name: true } })
  return new Map(provinces.map((p) => [p.code, p.name]))
}

/**
 * The stored participants a file touches, nationally (a NIK or phone is unique across provinces):
 * those with one of its NIK hashes, with their enrolment in the cohort's program, and the owners
 * of its phone numbers.
 */
export async function loadExistingParticipants(client: Db | Tx, cohort: ImportCohort, nikHashes: string[], phones: string[]) {
  const select = {
    id: true, nikHash: true, name: true, sex: true, birthDate: true, phone: true, email: true, institutionType: true,
    institutionName: true, npp: true, villageCode: true, regencyCode: true, provinceCode: true, nikIssuedProvinceCode: true,
    enrolments: { where: { programId: cohort.programId }, select: { cohortId: true, cohort: { select: { name: true } } } },
  } as const
  const byHash = (await Promise.all(chunks([...new Set(nikHashes)]).map((hashes) => client.participant.findMany({ where: { nikHash: { in: hashes } }, select })))).flat()
  const byPhone = (await Promise.all(chunks([...new Set(phones)]).map((list) => client.participant.findMany({ where: { phone: { in: list } }, select: { phone: true, nikHash: true } })))).flat()
  const existingByHash = new Map<string, ExistingParticipant>(byHash.map(({ enrolments, birthDate, ...p }) => [p.nikHash, {
    ...p,
    birthDate: birthDate ? birthDate.toISOString().slice(0, 10) : null,
    enrolment: enrolments[0] ? { cohortId: enrolments[0].cohortId, cohortName: enrolments[0].cohort.name } : null,
  }]))
  return { existingByHash, phoneOwner: new Map(byPhone.map((p) => [p.phone, p.nikHash])) }
}
