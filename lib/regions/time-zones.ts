// Time zone of every province (Kepmendagri codes). Instants are stored in UTC and shown in the
// venue province's zone with its Indonesian label (WIB/WITA/WIT).

export type TimeZoneLabel = 'WIB' | 'WITA' | 'WIT'
export type ProvinceTimeZone = { timeZone: string; label: TimeZoneLabel }

const WIB: ProvinceTimeZone = { timeZone: 'Asia/Jakarta', label: 'WIB' } // UTC+7
const WITA: ProvinceTimeZone = { timeZone: 'Asia/Makassar', label: 'WITA' } // UTC+8
const WIT: ProvinceTimeZone = { timeZone: 'Asia/Jayapura', label: 'WIT' } // UTC+9

/** Sumatra, Java, West and Central Kalimantan: WIB; Bali, Nusa Tenggara, the rest of Kalimantan and Sulawesi: WITA; Maluku and Papua: WIT. */
export const PROVINCE_TIME_ZONES: Readonly<Record<string, ProvinceTimeZone>> = {
  '11': WIB, // Aceh
  '12': WIB, // Sumatera Utara
  '13': WIB, // Sumatera Barat
  '14': WIB, // Riau
  '15': WIB, // Jambi
  '16': WIB, // Sumatera Selatan
  '17': WIB, // Bengkulu
  '18': WIB, // Lampung
  '19': WIB, // Kepulauan Bangka Belitung
  '21': WIB, // Kepulauan Riau
  '31': WIB, // DKI Jakarta
  '32': WIB, // Jawa Barat
  '33': WIB, // Jawa Tengah
  '34': WIB, // DI Yogyakarta
  '35': WIB, // Jawa Timur
  '36': WIB, // Banten
  '51': WITA, // Bali
  '52': WITA, // Nusa Tenggara Barat
  '53': WITA, // Nusa Tenggara Timur
  '61': WIB, // Kalimantan Barat
  '62': WIB, // Kalimantan Tengah
  '63': WITA, // Kalimantan Selatan
  '64': WITA, // Kalimantan Timur
  '65': WITA, // Kalimantan Utara
  '71': WITA, // Sulawesi Utara
  '72': WITA, // Sulawesi Tengah
  '73': WITA, // Sulawesi Selatan
  '74': WITA, // Sulawesi Tenggara
  '75': WITA, // Gorontalo
  '76': WITA, // Sulawesi Barat
  '81': WIT, // Maluku
  '82': WIT, // Maluku Utara
  '91': WIT, // Papua
  '92': WIT, // Papua Barat
  '93': WIT, // Papua Selatan
  '94': WIT, // Papua Tengah
  '95': WIT, // Papua Pegunungan
  '96': WIT, // Papua Barat Daya
}

export const PROVINCE_CODES: readonly string[] = Object.keys(PROVINCE_TIME_ZONES)

export const isProvinceCode = (code: string): boolean => Object.hasOwn(PROVINCE_TIME_ZONES, code)

/** The zone of a province; throws for an unknown code (reference data and this map must agree). */
export function getProvinceTimeZone(provinceCode: string): ProvinceTimeZone {
  const zone = PROVINCE_TIME_ZONES[provinceCode]
  if (!zone) throw new Error(`Unknown province code: ${provinceCode}`)
  return zone
}
