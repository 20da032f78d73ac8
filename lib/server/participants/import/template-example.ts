import 'server-only'
import type { ParticipantColumn } from './match-headers'

// The template's example person. It lives on its own sheet ("Contoh"), which the reader never
// reads; templates downloaded before had it as the first data row, so the reader also recognises
// and skips a row that is this example (its NIK and name), wherever it is pasted (issue 12).

export const TEMPLATE_EXAMPLE: Record<ParticipantColumn, string> = {
  name: 'Siti Aminah', nik: '3204054507850001', sex: 'P', phone: '0812 3456 7890', email: '', birthDate: '05/07/1985',
  institutionType: 'Perpustakaan desa', institutionName: 'Perpustakaan Desa Cileunyi Kulon', npp: '',
  regency: 'Kabupaten Bandung', district: 'Cileunyi', village: 'Cileunyi Kulon',
}

/** Sheets of a workbook that hold guidance, never participants. */
export const GUIDANCE_SHEETS = new Set(['contoh', 'petunjuk'])

/** Whether a row read from a file is the template's example person. */
export const isTemplateExample = (cells: { name?: string; nik?: string }) =>
  (cells.nik ?? '').replace(/\D/g, '') === TEMPLATE_EXAMPLE.nik && (cells.name ?? '').trim().toLowerCase() === TEMPLATE_EXAMPLE.name.toLowerCase()
