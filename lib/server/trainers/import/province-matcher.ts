import 'server-only'

// Province names as people type them in spreadsheets, matched to the official codes: any case,
// with or without "Provinsi", common abbreviations (Jabar, NTB, DIY, DKI…), or the 2-digit code.

export type ProvinceRef = { code: string; name: string }

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.,()'’-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(?:[a-z] )+[a-z]\b/g, (letters) => letters.replaceAll(' ', '')) // "d k i" → "dki"
    .replace(/^(provinsi|prov|propinsi)\s+/, '')

// Keys are normalised; values are official codes (Kepmendagri).
const ALIASES: Record<string, string> = {
  'nad': '11', 'nanggroe aceh darussalam': '11', 'sumut': '12', 'sumbar': '13', 'sumsel': '16', 'babel': '19',
  'bangka belitung': '19', 'kep bangka belitung': '19', 'kepri': '21', 'kep riau': '21',
  'jakarta': '31', 'dki': '31', 'dki jakarta': '31', 'daerah khusus jakarta': '31', 'dk jakarta': '31',
  'jabar': '32', 'jateng': '33', 'jatim': '35',
  'diy': '34', 'di yogyakarta': '34', 'yogyakarta': '34', 'jogja': '34', 'jogjakarta': '34', 'daerah istimewa jogjakarta': '34',
  'ntb': '52', 'ntt': '53',
  'kalbar': '61', 'kalteng': '62', 'kalsel': '63', 'kaltim': '64', 'kaltara': '65',
  'sulut': '71', 'sulteng': '72', 'sulsel': '73', 'sultra': '74', 'sulbar': '76', 'malut': '82',
  'pabar': '92', 'papua barat daya': '96', 'pbd': '96',
}

/** A lookup built once per import: name → code, official names first, then aliases. */
export function createProvinceMatcher(provinces: ProvinceRef[]) {
  const byName = new Map<string, string>()
  const codes = new Set(provinces.map((p) => p.code))
  for (const [alias, code] of Object.entries(ALIASES)) if (codes.has(code)) byName.set(alias, code)
  for (const p of provinces) byName.set(normalize(p.name), p.code)
  return (raw: string | null | undefined): string | null => {
    const text = (raw ?? '').trim()
    if (!text) return null
    // "32" or "32 - Jawa Barat"
    const code = /^(\d{2})(\s*[-–—:]\s*.*)?$/.exec(text)?.[1]
    if (code) return codes.has(code) ? code : null
    return byName.get(normalize(text)) ?? null
  }
}
