import 'server-only'
import { closest, compactText, foldText, oldSpellingKey } from './text-match'

// Region names of one province as people type them, matched to the official codes of the
// reference tables. Tried in order, each within the row's scope (the province, the regency, the
// district), and taken only when exactly one official name answers:
//   1. the official code ("32.04", "3204");
//   2. the name in any case, with or without "Kab."/"Kabupaten"/"Kota"/"Kec."/"Desa"/"Kel." — as written;
//   3. the name without its spaces, dots and dashes ("Bukit Tinggi" → Bukittinggi, "Tanjungpinang" →
//      Tanjung Pinang, "Pare-Pare" → Parepare), also with a prefix glued on ("KotaBandung");
//   4. the name in the spelling before 1972 ("Soerabaja", "Tjiamis", "Djember").
// A match from steps 3–4, or written with an old prefix ("Kodya", "Kotamadya"), comes back
// `adjusted`: the preview shows it as "disesuaikan" beside the row. Two official names answering the
// same step is an error that says which; no answer at all is an error with a close name suggested.

export type RegionRef = { code: string; parentCode: string; name: string }
export type RegionTables = { provinceName: string; regencies: RegionRef[]; districts: RegionRef[]; villages: RegionRef[] }
export type RegionMatch = { ok: true; code: string; name: string; adjusted: boolean } | { ok: false; message: string }

type Kind = 'kabupaten' | 'kota' | null

const ADMINISTRATIVE = '(?:\\s+(?:administrasi|adm))?'
const REGENCY_PREFIX = new RegExp(`^(?:(kabupaten|kab|kabu)${ADMINISTRATIVE}|(kota|kotamadya|kodya|kotip|kot)${ADMINISTRATIVE})\\s+`)
/** "KotaBandung", "KabBandungBarat": a prefix typed without its space, tried only when nothing else matched. */
const GLUED_REGENCY_PREFIX = /^(?:(kabupaten|kab)|(kotamadya|kodya|kota))(.+)$/
/** Prefixes no longer in use: a name written with one is taken, and shown as adjusted. */
const OLD_PREFIXES = new Set(['kotamadya', 'kodya', 'kotip'])
const NO_PREFIX = /^\b$/ // never matches a name: the whole text is the name
const DISTRICT_PREFIX = /^(?:kecamatan|kec|distrik)\s+/
const VILLAGE_PREFIX = /^(?:desa adat|desa|ds|kelurahan|kel|kampung|kp|nagari|gampong)\s+/

const codeOf = (raw: string) => raw.trim().replace(/[\s.]/g, '')
const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(' atau ')

/** An official name's keys for steps 2–4. */
type Keyed = { ref: RegionRef; kind: Kind; exact: string; compact: string; spelling: string }

function keyed(ref: RegionRef, prefix: RegExp): Keyed {
  const folded = foldText(ref.name)
  const m = prefix.exec(folded)
  const exact = m ? folded.slice(m[0].length) : folded
  const kind: Kind = m && prefix === REGENCY_PREFIX ? (m[1] ? 'kabupaten' : 'kota') : null
  return { ref, kind, exact, compact: compactText(exact), spelling: oldSpellingKey(exact) }
}

/** What the officer typed, read the same way; `oldPrefix` when it used one no longer in use. */
type Typed = { kind: Kind; exact: string; compact: string; spelling: string; oldPrefix: boolean }

function typedKey(raw: string, prefix: RegExp): Typed {
  const folded = foldText(raw)
  const m = prefix.exec(folded)
  const exact = m ? folded.slice(m[0].length) : folded
  const kind: Kind = m && prefix === REGENCY_PREFIX ? (m[1] ? 'kabupaten' : 'kota') : null
  const word = m ? (m[1] ?? m[2] ?? '') : ''
  return { kind, exact, compact: compactText(exact), spelling: oldSpellingKey(exact), oldPrefix: OLD_PREFIXES.has(word) }
}

type Step = { key: 'exact' | 'compact' | 'spelling'; adjusted: boolean }
const STEPS: Step[] = [{ key: 'exact', adjusted: false }, { key: 'compact', adjusted: true }, { key: 'spelling', adjusted: true }]

/** The official names answering the first step that any answers (one, or several: ambiguous). */
function lookUp(typed: Typed, candidates: Keyed[]): { found: Keyed[]; adjusted: boolean } {
  const kinded = typed.kind ? candidates.filter((c) => c.kind === typed.kind) : candidates
  for (const step of STEPS) {
    const found = kinded.filter((c) => c[step.key] === typed[step.key])
    if (found.length) return { found, adjusted: step.adjusted || typed.oldPrefix }
  }
  return { found: [], adjusted: false }
}

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

export function createRegionMatcher(tables: RegionTables) {
  const regencies = tables.regencies.map((r) => keyed(r, REGENCY_PREFIX))
  const districtsOf = groupBy(tables.districts.map((d) => keyed(d, DISTRICT_PREFIX)), (d) => d.ref.parentCode)
  const villagesOfDistrict = groupBy(tables.villages.map((v) => keyed(v, VILLAGE_PREFIX)), (v) => v.ref.parentCode)
  const villagesOfRegency = new Map([...districtsOf].map(([regencyCode, districts]) => [regencyCode, districts.flatMap((d) => villagesOfDistrict.get(d.ref.code) ?? [])]))
  const regencyByCode = new Map(regencies.map((r) => [codeOf(r.ref.code), r.ref]))
  const districtByCode = new Map(tables.districts.map((d) => [codeOf(d.code), d]))
  const villageByCode = new Map(tables.villages.map((v) => [codeOf(v.code), v]))
  // A file names the same few regions again and again: each answer is worked out once.
  const memo = new Map<string, RegionMatch>()
  const remembered = (key: string, work: () => RegionMatch) => {
    let match = memo.get(key)
    if (!match) memo.set(key, (match = work()))
    return match
  }
  const found = (ref: RegionRef, adjusted: boolean): RegionMatch => ({ ok: true, code: ref.code, name: ref.name, adjusted })

  function regency(raw: string, label: string): RegionMatch {
    const text = raw.trim()
    return remembered(`r|${label}|${text}`, () => {
      const byCode = regencyByCode.get(codeOf(text))
      if (byCode) return found(byCode, false)
      const typed = typedKey(text, REGENCY_PREFIX)
      let result = lookUp(typed, regencies)
      // Two more readings, shown as adjusted: a prefix typed without its space ("KotaBandung"), or
      // a first word that is part of the name rather than a prefix ("Kota Baru" for Kabupaten Kotabaru).
      const glued = typed.kind ? null : GLUED_REGENCY_PREFIX.exec(typed.compact)
      const other = glued ? typedKey(`${glued[1] ?? glued[2]} ${glued[3]}`, REGENCY_PREFIX) : typed.kind ? typedKey(text, NO_PREFIX) : null
      if (!result.found.length && other) result = { ...lookUp(other, regencies), adjusted: true }
      if (result.found.length === 1) return found(result.found[0].ref, result.adjusted)
      if (result.found.length > 1) {
        return { ok: false, message: `${label}: "${text}" bisa berarti ${quoted(result.found.map((c) => c.ref.name))}. Tulis lengkap dengan "Kabupaten" atau "Kota".` }
      }
      const pool = regencies.filter((r) => !typed.kind || r.kind === typed.kind).map((r): [string, RegionRef] => [r.exact, r.ref])
      return notFound(label, text, tables.provinceName, closest(typed.exact, pool))
    })
  }

  function district(raw: string, regencyCode: string, label: string): RegionMatch {
    const text = raw.trim()
    return remembered(`d|${regencyCode}|${label}|${text}`, () => {
      const list = districtsOf.get(regencyCode) ?? []
      const byCode = districtByCode.get(codeOf(text))
      if (byCode && byCode.parentCode === regencyCode) return found(byCode, false)
      const typed = typedKey(text, DISTRICT_PREFIX)
      const result = lookUp(typed, list)
      if (result.found.length === 1) return found(result.found[0].ref, result.adjusted)
      if (result.found.length > 1) return { ok: false, message: `${label}: "${text}" bisa berarti ${quoted(result.found.map((d) => d.ref.name))}. Tulis sesuai nama resmi.` }
      return notFound(label, text, 'kabupaten/kota tersebut', closest(typed.exact, list.map((d): [string, RegionRef] => [d.exact, d.ref])))
    })
  }

  /** Within the district when one is known, otherwise within the whole regency. */
  function village(raw: string, scope: { regencyCode: string; districtCode: string | null }, label: string): RegionMatch {
    const text = raw.trim()
    return remembered(`v|${scope.regencyCode}|${scope.districtCode}|${label}|${text}`, () => {
      const list = scope.districtCode ? villagesOfDistrict.get(scope.districtCode) ?? [] : villagesOfRegency.get(scope.regencyCode) ?? []
      const byCode = villageByCode.get(codeOf(text))
      if (byCode && list.some((v) => v.ref === byCode)) return found(byCode, false)
      const typed = typedKey(text, VILLAGE_PREFIX)
      const result = lookUp(typed, list)
      if (result.found.length === 1) return found(result.found[0].ref, result.adjusted)
      const where = scope.districtCode ? 'kecamatan tersebut' : 'kabupaten/kota tersebut'
      if (result.found.length > 1) {
        return scope.districtCode
          ? { ok: false, message: `${label}: "${text}" bisa berarti ${quoted(result.found.map((v) => v.ref.name))} di ${where}. Tulis sesuai nama resmi.` }
          : { ok: false, message: `${label}: ada ${result.found.length} desa/kelurahan bernama "${text}" di ${where}. Isi kolom Kecamatan.` }
      }
      return notFound(label, text, where, closest(typed.exact, list.map((v): [string, RegionRef] => [v.exact, v.ref])))
    })
  }

  return { regency, district, village }
}

export type RegionMatcher = ReturnType<typeof createRegionMatcher>

function notFound(label: string, text: string, where: string, suggestion: RegionRef | null): RegionMatch {
  const hint = suggestion ? ` Maksud Anda "${suggestion.name}"?` : ' Periksa ejaannya.'
  return { ok: false, message: `${label}: "${text}" tidak ditemukan di ${where}.${hint}` }
}
