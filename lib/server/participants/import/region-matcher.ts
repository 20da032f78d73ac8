import 'server-only'
import { closest, foldText } from './text-match'

// Region names of one province as people type them, matched to the official codes of the
// reference tables: any case and spacing, with or without "Kab."/"Kabupaten"/"Kota"/"Kec."/"Desa"/
// "Kel.", or the official code; a close spelling gets a suggestion instead of a guess.

export type RegionRef = { code: string; parentCode: string; name: string }
export type RegionTables = { provinceName: string; regencies: RegionRef[]; districts: RegionRef[]; villages: RegionRef[] }
export type RegionMatch = { ok: true; code: string; name: string } | { ok: false; message: string }

type Kind = 'kabupaten' | 'kota' | null

const REGENCY_PREFIX = /^(?:(kabupaten|kab|kabu)|(kota|kotamadya|kodya|kot))\s+/
const DISTRICT_PREFIX = /^(?:kecamatan|kec)\s+/
const VILLAGE_PREFIX = /^(?:desa|ds|kelurahan|kel|kampung|kp|nagari|gampong)\s+/

function regencyKey(raw: string): { kind: Kind; base: string } {
  const folded = foldText(raw)
  const m = REGENCY_PREFIX.exec(folded)
  if (!m) return { kind: null, base: folded }
  return { kind: m[1] ? 'kabupaten' : 'kota', base: folded.slice(m[0].length) }
}
const plainKey = (raw: string, prefix: RegExp) => foldText(raw).replace(prefix, '')
const codeOf = (raw: string) => raw.trim().replace(/[\s.]/g, '')

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(' atau ')

export function createRegionMatcher(tables: RegionTables) {
  const regencyByBase = groupBy(tables.regencies, (r) => regencyKey(r.name).base)
  const regencyByCode = new Map(tables.regencies.map((r) => [codeOf(r.code), r]))
  const districtsOf = groupBy(tables.districts, (d) => d.parentCode)
  const villagesOfDistrict = groupBy(tables.villages, (v) => v.parentCode)
  const districtByCode = new Map(tables.districts.map((d) => [codeOf(d.code), d]))
  const villageByCode = new Map(tables.villages.map((v) => [codeOf(v.code), v]))

  function regency(raw: string, label: string): RegionMatch {
    const text = raw.trim()
    const byCode = regencyByCode.get(codeOf(text))
    if (byCode) return { ok: true, code: byCode.code, name: byCode.name }
    const { kind, base } = regencyKey(text)
    const candidates = (regencyByBase.get(base) ?? []).filter((r) => !kind || regencyKey(r.name).kind === kind)
    if (candidates.length === 1) return { ok: true, code: candidates[0].code, name: candidates[0].name }
    if (candidates.length > 1) {
      return { ok: false, message: `${label}: "${text}" bisa berarti ${quoted(candidates.map((c) => c.name))}. Tulis lengkap dengan "Kabupaten" atau "Kota".` }
    }
    const suggestion = closest(base, [...regencyByBase].flatMap(([key, list]) => list.filter((r) => !kind || regencyKey(r.name).kind === kind).map((r): [string, RegionRef] => [key, r])))
    return notFound(label, text, tables.provinceName, suggestion)
  }

  function district(raw: string, regencyCode: string, label: string): RegionMatch {
    const text = raw.trim()
    const list = districtsOf.get(regencyCode) ?? []
    const byCode = districtByCode.get(codeOf(text))
    if (byCode && byCode.parentCode === regencyCode) return { ok: true, code: byCode.code, name: byCode.name }
    const key = plainKey(text, DISTRICT_PREFIX)
    const found = list.find((d) => plainKey(d.name, DISTRICT_PREFIX) === key)
    if (found) return { ok: true, code: found.code, name: found.name }
    return notFound(label, text, 'kabupaten/kota tersebut', closest(key, list.map((d): [string, RegionRef] => [plainKey(d.name, DISTRICT_PREFIX), d])))
  }

  /** Within the district when one is known, otherwise within the whole regency. */
  function village(raw: string, scope: { regencyCode: string; districtCode: string | null }, label: string): RegionMatch {
    const text = raw.trim()
    const list = scope.districtCode
      ? villagesOfDistrict.get(scope.districtCode) ?? []
      : (districtsOf.get(scope.regencyCode) ?? []).flatMap((d) => villagesOfDistrict.get(d.code) ?? [])
    const byCode = villageByCode.get(codeOf(text))
    if (byCode && list.includes(byCode)) return { ok: true, code: byCode.code, name: byCode.name }
    const key = plainKey(text, VILLAGE_PREFIX)
    const found = list.filter((v) => plainKey(v.name, VILLAGE_PREFIX) === key)
    if (found.length === 1) return { ok: true, code: found[0].code, name: found[0].name }
    if (found.length > 1) return { ok: false, message: `${label}: ada ${found.length} desa/kelurahan bernama "${text}" di kabupaten/kota tersebut. Isi kolom Kecamatan.` }
    const where = scope.districtCode ? 'kecamatan tersebut' : 'kabupaten/kota tersebut'
    return notFound(label, text, where, closest(key, list.map((v): [string, RegionRef] => [plainKey(v.name, VILLAGE_PREFIX), v])))
  }

  return { regency, district, village }
}

export type RegionMatcher = ReturnType<typeof createRegionMatcher>

function notFound(label: string, text: string, where: string, suggestion: RegionRef | null): RegionMatch {
  const hint = suggestion ? ` Maksud Anda "${suggestion.name}"?` : ' Periksa ejaannya.'
  return { ok: false, message: `${label}: "${text}" tidak ditemukan di ${where}.${hint}` }
}
