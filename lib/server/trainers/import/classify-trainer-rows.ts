import 'server-only'
import { z } from 'zod'
import { trainerFields } from '../trainer-fields'
import type { RawTrainerRow, TrainerColumn } from './read-trainer-workbook'
import { TEMPLATE_HEADERS } from './read-trainer-workbook'

// Decides, row by row, what importing a trainer sheet would do: create (NEW), change an existing
// trainer with the same e-mail (UPDATE), nothing (UNCHANGED), or refuse the row (ERROR) with
// Indonesian messages. Pure: the existing trainers and the province lookup are passed in.

export type ImportRowStatus = 'NEW' | 'UPDATE' | 'UNCHANGED' | 'ERROR'

/** A valid row. Blank optional cells are null / [] and keep what is stored. */
export type TrainerImportData = {
  name: string
  email: string
  phone: string | null
  homeProvinceCode: string
  institution: string | null
  expertise: string[]
}
export type ExistingTrainer = Omit<TrainerImportData, 'email'> & { id: string; email: string }

export type ClassifiedRow = {
  rowNumber: number
  status: ImportRowStatus
  name: string
  email: string
  provinceCode: string | null
  messages: string[]
  /** UPDATE: the Indonesian labels of the fields that change. */
  changes: string[]
  data: TrainerImportData | null
}

const importFields = trainerFields.omit({ active: true })
const FIELD_COLUMN: Record<string, TrainerColumn> = {
  name: 'name', email: 'email', phone: 'phone', homeProvinceCode: 'province', institution: 'institution', expertise: 'expertise',
}
const FIELD_LABEL: Record<keyof Omit<TrainerImportData, 'email'>, string> = {
  name: 'Nama', phone: 'No HP', homeProvinceCode: 'Provinsi Asal', institution: 'Instansi', expertise: 'Keahlian',
}

/** The profile after applying the row to the stored trainer (blank optional cells keep the stored value). */
export function mergeTrainer(existing: ExistingTrainer, row: TrainerImportData): TrainerImportData {
  return {
    name: row.name,
    email: existing.email,
    phone: row.phone ?? existing.phone,
    homeProvinceCode: row.homeProvinceCode,
    institution: row.institution ?? existing.institution,
    expertise: row.expertise.length ? row.expertise : existing.expertise,
  }
}

export function changedFields(existing: ExistingTrainer, merged: TrainerImportData): string[] {
  return (Object.keys(FIELD_LABEL) as (keyof typeof FIELD_LABEL)[])
    .filter((key) => JSON.stringify(existing[key]) !== JSON.stringify(merged[key]))
    .map((key) => FIELD_LABEL[key])
}

export function classifyTrainerRows(
  rows: RawTrainerRow[],
  existingByEmail: Map<string, ExistingTrainer>,
  matchProvince: (raw: string) => string | null,
): ClassifiedRow[] {
  const firstRowOfEmail = new Map<string, number>()
  return rows.map(({ rowNumber, values }) => {
    const email = values.email.trim().toLowerCase()
    const base = { rowNumber, name: values.name.replace(/\s+/g, ' ').trim(), email, changes: [], data: null }
    const messages: string[] = []
    const provinceCode = values.province.trim() ? matchProvince(values.province) : null
    if (!values.province.trim()) messages.push(`${TEMPLATE_HEADERS.province}: wajib diisi.`)
    else if (!provinceCode) messages.push(`${TEMPLATE_HEADERS.province}: "${values.province}" tidak dikenali. Tulis nama provinsi (mis. Jawa Barat) atau kodenya (mis. 32).`)

    const parsed = importFields.safeParse({ ...values, name: base.name, homeProvinceCode: provinceCode ?? '00' })
    if (!parsed.success) {
      for (const [field, errors] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
        if (field === 'homeProvinceCode') continue // reported above
        for (const error of errors ?? []) messages.push(`${TEMPLATE_HEADERS[FIELD_COLUMN[field]]}: ${error}`)
      }
    }
    if (email) {
      const first = firstRowOfEmail.get(email)
      if (first !== undefined) messages.push(`${TEMPLATE_HEADERS.email}: sama dengan baris ${first}.`)
      else firstRowOfEmail.set(email, rowNumber)
    }
    if (messages.length || !parsed.success || !provinceCode) return { ...base, provinceCode, status: 'ERROR', messages }

    const data: TrainerImportData = { ...parsed.data, homeProvinceCode: provinceCode }
    const existing = existingByEmail.get(data.email)
    if (!existing) return { ...base, provinceCode, status: 'NEW', messages, data }
    const changes = changedFields(existing, mergeTrainer(existing, data))
    return { ...base, provinceCode, status: changes.length ? 'UPDATE' : 'UNCHANGED', messages, changes, data }
  })
}
