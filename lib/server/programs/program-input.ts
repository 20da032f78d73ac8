import 'server-only'
import { z } from 'zod'
import { checkboxField, intField, textField } from '@/lib/server/validation'

export const PROGRAM_KINDS = ['SPP_TIK', 'PENGELOLA_PERPUSTAKAAN_UMUM'] as const

/** A program's own fields and its certificate rule, as both create and update take them. */
export const programFields = {
  name: textField('Nama program', { min: 3, max: 150 }),
  kind: z.enum(PROGRAM_KINDS, { error: 'Pilih jenis program.' }),
  year: intField('Tahun', 2000, 2100),
  minAttendancePercent: intField('Kehadiran minimal', 1, 100),
  postTestRequired: checkboxField,
  postTestPassMark: intField('Nilai lulus post-test', 0, 100),
}

export const programSelect = {
  id: true, name: true, kind: true, year: true, minAttendancePercent: true, postTestRequired: true, postTestPassMark: true,
} as const

export const moduleFields = {
  title: textField('Judul modul', { min: 3, max: 200 }),
  jp: intField('JP', 1, 100),
}

export const duplicateNameError = { name: ['Nama program ini sudah dipakai. Gunakan nama lain.'] }
