import 'server-only'
import type { InstitutionType, Sex } from '@/generated/prisma/enums'
import { institutionTypeLabel } from '@/lib/i18n/id'
import { foldText } from './text-match'

// The closed lists of a participant row, from the words people type: sex ("L", "Laki-laki",
// "Pria", "P", "Perempuan", "Wanita") and institution type ("Perpus Desa", "TBM", "Taman Baca…").

const SEX: Record<string, Sex> = {
  l: 'L', lk: 'L', laki: 'L', 'laki laki': 'L', lakilaki: 'L', pria: 'L', male: 'L', m: 'L',
  p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', female: 'P', f: 'P', w: 'P',
}

export const matchSex = (raw: string): Sex | null => SEX[foldText(raw)] ?? null

const labelKey = new Map(Object.entries(institutionTypeLabel).map(([type, label]) => [foldText(label), type as InstitutionType]))
const codeKey = new Map(Object.keys(institutionTypeLabel).map((type) => [foldText(type), type as InstitutionType]))

/** "Perpustakaan Desa/Kelurahan", the programme's own term: which one it is follows from the village (village-kind.ts). */
export const DESA_OR_KELURAHAN = 'DESA_OR_KELURAHAN'

/**
 * The institution type a text names, or null. Used on the "Jenis Lembaga" cell and, when that is
 * blank, on the institution's name ("Perpustakaan Desa Sukamaju", "TBM Pelangi").
 */
export function matchInstitutionType(raw: string): InstitutionType | typeof DESA_OR_KELURAHAN | null {
  const key = foldText(raw)
  if (!key) return null
  const exact = labelKey.get(key) ?? codeKey.get(key)
  if (exact) return exact
  const words = new Set(key.split(' '))
  const has = (...w: string[]) => w.some((x) => words.has(x))
  if (has('tbm') || /\b(taman|rumah|pondok|saung) baca/.test(key)) return 'TBM'
  const desa = has('desa', 'perpusdes')
  const kelurahan = has('kelurahan', 'kel')
  if (desa && kelurahan) return DESA_OR_KELURAHAN
  if (kelurahan) return 'PERPUSTAKAAN_KELURAHAN'
  if (desa) return 'PERPUSTAKAAN_DESA'
  if (has('sekolah', 'sd', 'smp', 'sma', 'smk', 'mi', 'mts', 'ma', 'madrasah')) return 'PERPUSTAKAAN_SEKOLAH'
  if (has('khusus')) return 'PERPUSTAKAAN_KHUSUS'
  if (has('provinsi', 'prov')) return 'PERPUSTAKAAN_UMUM_PROVINSI'
  if (has('kabupaten', 'kab', 'kota', 'kabkota', 'kabkot')) return 'PERPUSTAKAAN_UMUM_KABKOTA'
  if (has('lainnya', 'lain')) return 'LAINNYA'
  return null
}

export const institutionChoices = Object.values(institutionTypeLabel).join(', ')
