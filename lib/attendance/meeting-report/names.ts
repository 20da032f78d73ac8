import { normalizePhone } from '@/lib/phone'

// Display names as people type them in a meeting: "Dewi L - Perpusdes Sukamaju", "05_Budi
// Santoso_TBM Cahaya", "Ibu Sri Wahyuni, S.Pd (TBM Pelita)", "Rina 0812-3456-7890". What is left
// after dropping numbering, titles, degrees, phone numbers and the institution is the person's name.

/** Words that start an institution rather than a name. */
const INSTITUTION = new Set([
  'perpus', 'perpusdes', 'perpusdesa', 'perpuskel', 'perpustakaan', 'pustaka', 'tbm', 'taman', 'rumah', 'rb', 'pojok', 'desa', 'ds', 'kel',
  'kelurahan', 'kec', 'kecamatan', 'kab', 'kabupaten', 'kota', 'prov', 'provinsi', 'dinas', 'dispusip', 'dispusipda', 'dpk', 'dkpus', 'disperpusip',
  'library', 'sd', 'smp', 'sma', 'smk', 'mi', 'mts', 'ma', 'sdn', 'smpn', 'sman', 'smkn', 'pkbm', 'upt', 'pt', 'cv', 'yayasan',
])

/** Forms of address and academic degrees, written with or without dots. */
const TITLES = new Set([
  'bapak', 'bpk', 'pak', 'ibu', 'bu', 'sdr', 'sdri', 'saudara', 'saudari', 'kak', 'mas', 'mbak', 'mba', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof',
  'spd', 'spdi', 'ssos', 'skom', 'sip', 'siip', 'shum', 'sh', 'se', 'st', 'ssi', 'sag', 'spt', 'sked', 'amd', 'amdkom', 'mpd', 'msi', 'mm', 'mh',
  'mkom', 'msc', 'ma', 'phd', 'skm', 'sikom', 'sos', 'bsc',
])

/** Lower case, no accents, letters and digits only, single spaces. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

const tokenKey = (token: string) => foldText(token).replace(/ /g, '')

/** Phone numbers written in a display name, normalised to +62… (the rest of the name is ignored). */
export function phonesInName(name: string): string[] {
  const found: string[] = []
  for (const m of name.matchAll(/(?:\+?62|0)[\d\s.-]{8,16}\d/g)) {
    const normalized = normalizePhone(m[0].replace(/[\s.-]/g, ''))
    if (normalized.ok) found.push(normalized.phone)
  }
  return found
}

function isNameToken(token: string): boolean {
  const key = tokenKey(token)
  return key.length > 0 && !TITLES.has(key) && !/\d/.test(key)
}

/**
 * The person's name in a display name, as tokens. Segments are split at " - ", "_", "|", "/",
 * commas and brackets; a segment that starts with an institution word, numbers and degrees are
 * dropped; the first segment left is the name. A name that is all institution falls back to the whole.
 */
export function personNameTokens(displayName: string): string[] {
  const withoutPhones = displayName.replace(/(?:\+?62|0)[\d\s.-]{8,16}\d/g, ' ')
  const segments = withoutPhones.split(/\s[-–—]\s|[_|/\\,;:()[\]{}]|\s[-–—]|[-–—]\s/).map((s) => s.trim()).filter(Boolean)
  for (const segment of segments) {
    const words = segment.split(/\s+/)
    const firstWord = words.map(tokenKey).find((k) => k && !TITLES.has(k))
    if (!firstWord || INSTITUTION.has(firstWord)) continue
    // "Dewi Lestari Perpusdes Sukamaju": the name ends where an institution word begins.
    const cut = words.findIndex((w, i) => i > 0 && INSTITUTION.has(tokenKey(w)))
    const tokens = (cut > 0 ? words.slice(0, cut) : words).filter(isNameToken).flatMap((w) => foldText(w).split(' ')).filter(Boolean)
    if (tokens.length) return tokens
  }
  return foldText(withoutPhones).split(' ').filter((t) => t && !/\d/.test(t))
}

/** The key a display name is remembered under for a cohort (AttendanceNameLink.nameKey). */
export function nameKey(displayName: string): string {
  const tokens = personNameTokens(displayName)
  return (tokens.length ? tokens.join(' ') : foldText(displayName)).slice(0, 200)
}
