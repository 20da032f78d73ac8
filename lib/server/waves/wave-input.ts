import 'server-only'
import { z } from 'zod'
import { intField, isoDateField, optionalTextField } from '@/lib/server/validation'

// Fields shared by creating and cloning a wave.
export const waveNumberField = intField('Nomor gelombang', 1, 99)
export const DEFAULT_COHORT_QUOTA = 60
export const PLACEHOLDER_VENUE = 'Akan ditentukan'

export const dateRangeError = 'Tanggal selesai tidak boleh sebelum tanggal mulai.'

export const takenNumberError = (number: number) => ({ number: [`Gelombang ${number} sudah ada di program ini.`] })

/** One chosen province, with optional overrides of the wave-wide defaults. */
export const cohortChoice = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, 'Provinsi tidak valid.'),
  venue: optionalTextField('Nama tempat', { max: 200, maxMessage: 'Nama tempat maksimal 200 karakter.' }),
  city: optionalTextField('Kota', { max: 100, maxMessage: 'Kota maksimal 100 karakter.' }),
  startDate: isoDateField('Tanggal mulai kelas').optional(),
  endDate: isoDateField('Tanggal selesai kelas').optional(),
  quota: intField('Kuota kelas', 1, 10_000).optional(),
})
