// NIK (Nomor Induk Kependudukan): 16 digits = province (2) + regency/city (2) + district (2)
// + birth date DDMMYY (women add 40 to DD) + a 4-digit sequence. Pure: no I/O, no secrets.
import { isProvinceCode } from './regions/time-zones'

export type NikSex = 'L' | 'P'

/** Official region codes (dotted, as in the reference tables) that a NIK's first six digits name. */
export type NikRegionPrefix = { provinceCode: string; regencyCode: string; districtCode: string }

export type ParsedNik =
  | { ok: true; nik: string; birthDate: Date; sex: NikSex; regionPrefix: NikRegionPrefix }
  | { ok: false; message: string }

const fail = (message: string): ParsedNik => ({ ok: false, message })

/** Spreadsheets add spaces, dots, dashes or a leading apostrophe (to keep the value as text). */
const cleanNik = (raw: string) => raw.trim().replace(/^'/, '').replace(/[\s.\-]/g, '')

/** A calendar date at UTC midnight (stored as a SQL date), or null when it does not exist. */
function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return exists ? date : null
}

/** DDMMYY → birth date and sex. A two-digit year is read in the last hundred years before `now`. */
function parseBirthPart(part: string, now: Date): { birthDate: Date; sex: NikSex } | null {
  const encodedDay = Number(part.slice(0, 2))
  const sex: NikSex = encodedDay > 40 ? 'P' : 'L'
  const day = sex === 'P' ? encodedDay - 40 : encodedDay
  const month = Number(part.slice(2, 4))
  const yy = Number(part.slice(4, 6))
  const currentYear = now.getUTCFullYear()
  const year = 2000 + yy > currentYear ? 1900 + yy : 2000 + yy
  const birthDate = utcDate(year, month, day)
  if (!birthDate || birthDate.getTime() > now.getTime()) return null
  return { birthDate, sex }
}

export function parseNik(raw: string | null | undefined, options: { now?: Date } = {}): ParsedNik {
  const nik = cleanNik(raw ?? '')
  if (!nik) return fail('NIK wajib diisi.')
  if (!/^\d{16}$/.test(nik)) return fail(`NIK harus 16 digit angka (terisi ${nik.length} karakter).`)
  const province = nik.slice(0, 2)
  if (!isProvinceCode(province)) return fail(`Dua digit pertama NIK (${province}) bukan kode provinsi yang dikenal.`)
  if (nik.slice(2, 4) === '00') return fail('Digit ke-3 dan ke-4 NIK (kode kabupaten/kota) tidak boleh 00.')
  if (nik.slice(4, 6) === '00') return fail('Digit ke-5 dan ke-6 NIK (kode kecamatan) tidak boleh 00.')
  const birth = parseBirthPart(nik.slice(6, 12), options.now ?? new Date())
  if (!birth) return fail('Digit ke-7 sampai ke-12 NIK bukan tanggal lahir yang valid (format DDMMYY, perempuan ditambah 40).')
  if (nik.slice(12) === '0000') return fail('Empat digit terakhir NIK (nomor urut) tidak boleh 0000.')
  const regionPrefix = {
    provinceCode: province,
    regencyCode: `${province}.${nik.slice(2, 4)}`,
    districtCode: `${province}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
  }
  return { ok: true, nik, ...birth, regionPrefix }
}

/** "3201********0001": only the first four and last four digits stay visible. */
export function maskNik(nik: string): string {
  if (nik.length < 8) return '*'.repeat(nik.length)
  return nik.slice(0, 4) + '*'.repeat(nik.length - 8) + nik.slice(-4)
}
