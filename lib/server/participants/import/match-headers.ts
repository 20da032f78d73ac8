import 'server-only'
import { foldText } from './text-match'

// Column headers as operators type them: any case, spacing and punctuation ("No. HP", "NO HP",
// "No.HP"), notes in brackets ("Jenis Kelamin (L/P)", "NIK*"), and the Indonesian variants.

export type ParticipantColumn =
  | 'name' | 'nik' | 'sex' | 'phone' | 'email' | 'birthDate'
  | 'institutionType' | 'institutionName' | 'npp' | 'regency' | 'district' | 'village'

/** The headers of the template, in order; also the labels of row messages. */
export const COLUMN_LABEL: Record<ParticipantColumn, string> = {
  name: 'Nama Lengkap', nik: 'NIK', sex: 'Jenis Kelamin', phone: 'No HP', email: 'Email', birthDate: 'Tanggal Lahir',
  institutionType: 'Jenis Lembaga', institutionName: 'Nama Lembaga', npp: 'NPP',
  regency: 'Kabupaten/Kota', district: 'Kecamatan', village: 'Desa/Kelurahan',
}

export const REQUIRED_COLUMNS: ParticipantColumn[] = ['name', 'nik', 'phone', 'institutionName', 'regency']

// Compact keys: folded, then without spaces, so "No HP", "No.HP" and "NoHP" are one key.
const ALIASES: Record<ParticipantColumn, string[]> = {
  name: ['nama', 'namalengkap', 'namapeserta', 'namalengkappeserta', 'namasesuaiktp'],
  nik: ['nik', 'noktp', 'nomorktp', 'ktp', 'nikktp', 'nonik', 'nomornik', 'nomorindukkependudukan', 'noindukkependudukan'],
  sex: ['jeniskelamin', 'jk', 'lp', 'kelamin', 'gender', 'jeniskel'],
  phone: [
    'nohp', 'nomorhp', 'hp', 'nowa', 'nomorwa', 'wa', 'nowhatsapp', 'nomorwhatsapp', 'whatsapp', 'nohpwa', 'nomorhpwa',
    'notelp', 'notelepon', 'nomortelepon', 'nomortelp', 'telepon', 'telp', 'ponsel', 'noponsel', 'nomorponsel', 'handphone', 'nohandphone',
  ],
  email: ['email', 'surel', 'alamatemail', 'emailaktif'],
  birthDate: ['tanggallahir', 'tgllahir', 'tanggalkelahiran', 'tgllhr'],
  institutionType: ['jenislembaga', 'jenisperpustakaan', 'tipelembaga', 'jenisinstitusi', 'kategorilembaga', 'jenisperpus', 'jenisinstansi'],
  institutionName: [
    'namalembaga', 'namaperpustakaan', 'namatbm', 'namaperpustakaantbm', 'namaperpus', 'lembaga', 'perpustakaan',
    'namainstitusi', 'instansi', 'namainstansi', 'asallembaga', 'asalperpustakaan', 'asalinstansi',
  ],
  npp: ['npp', 'nonpp', 'nomornpp', 'nomorpokokperpustakaan'],
  regency: ['kabupatenkota', 'kabkota', 'kabupaten', 'kota', 'kabkot', 'kotakabupaten', 'kotakab'],
  district: ['kecamatan', 'kec'],
  village: ['desakelurahan', 'desa', 'kelurahan', 'desakel', 'keldesa', 'kelurahandesa'],
}

const columnOfKey = new Map(
  Object.entries(ALIASES).flatMap(([column, keys]) => keys.map((k) => [k, column as ParticipantColumn])),
)

/** "Jenis Kelamin (L/P)*" → "jeniskelamin". */
export const headerKey = (header: string) => foldText(header.replace(/\(.*?\)|\[.*?\]|\*/g, ' ')).replaceAll(' ', '')

export function columnOfHeader(header: string): ParticipantColumn | null {
  return columnOfKey.get(headerKey(header)) ?? null
}

export type HeaderMatch = {
  /** Cell index → column; the first of two columns with the same meaning wins. */
  columns: Map<number, ParticipantColumn>
  missing: ParticipantColumn[]
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const columns = new Map<number, ParticipantColumn>()
  const seen = new Set<ParticipantColumn>()
  headers.forEach((header, index) => {
    const column = columnOfHeader(header)
    if (column && !seen.has(column)) {
      columns.set(index, column)
      seen.add(column)
    }
  })
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => !seen.has(c)) }
}

/** A header row names at least three known columns (title rows above it are skipped). */
export const looksLikeHeaderRow = (cells: readonly string[]) => matchHeaders(cells).columns.size >= 3
