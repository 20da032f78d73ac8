import 'server-only'
import { createHash } from 'node:crypto'
import type { ProtectedNik } from '@/lib/server/crypto/nik'
import type { ValidatedRow, ValidParticipantRow } from './validate-participant-row'

// Decides, row by row, what confirming would do: create the participant and enrol them (NEW),
// change a participant found by NIK or enrol them into this cohort (UPDATE), nothing (UNCHANGED),
// skip a repeated NIK or phone (DUPLICATE), or refuse the row (ERROR). Pure: the database's
// participants are passed in, keyed by NIK hash and phone.

export type ImportRowStatus = 'NEW' | 'UPDATE' | 'UNCHANGED' | 'DUPLICATE' | 'ERROR'

/** The stored fields an import may change. */
export type ParticipantFields = Omit<ValidParticipantRow, 'nik'>
export type ExistingParticipant = ParticipantFields & {
  id: string
  nikHash: string
  /** The enrolment in the import's program, if any. */
  enrolment: { cohortId: string; cohortName: string } | null
}

export type ClassifyContext = {
  cohortId: string
  provinceName: string
  existingByHash: Map<string, ExistingParticipant>
  /** Phone → NIK hash of the stored participant who has it. */
  phoneOwner: Map<string, string>
}

/** A checked row with its NIK protected (ciphertext, keyed hash, masked copy) when it is valid. */
export type HashedRow = ValidatedRow & { nikHash: string | null; protectedNik: ProtectedNik | null }

export type ClassifiedParticipantRow = HashedRow & {
  status: ImportRowStatus
  /** UPDATE: the Indonesian labels of what changes. */
  changes: string[]
  participantId: string | null
  /** The participant as it will be stored (NEW/UPDATE, merged with the stored one). */
  merged: ParticipantFields | null
  enrol: boolean
  /** UPDATE: the stored fields the merge started from (participantVersion), checked again at confirmation. */
  storedVersion: string | null
}

// The province and the NIK's province are not edited by an import (the NIK is the same person's).
const FIELD_LABEL: Record<Exclude<keyof ParticipantFields, 'provinceCode' | 'nikIssuedProvinceCode'>, string> = {
  name: 'Nama', sex: 'Jenis Kelamin', birthDate: 'Tanggal Lahir', phone: 'No HP', email: 'Email',
  institutionType: 'Jenis Lembaga', institutionName: 'Nama Lembaga', npp: 'NPP', villageCode: 'Desa/Kelurahan', regencyCode: 'Kabupaten/Kota',
}

const VERSION_FIELDS = ['name', 'sex', 'birthDate', 'phone', 'email', 'institutionType', 'institutionName', 'npp', 'villageCode', 'regencyCode', 'provinceCode'] as const

/**
 * A short fingerprint of a participant's stored fields: an UPDATE row merges the file into what was
 * stored at preview time, so confirming refuses it when the participant was edited in between
 * (the edit would otherwise be overwritten). Dates as YYYY-MM-DD, whether read as Date or text.
 */
export function participantVersion(fields: { [K in (typeof VERSION_FIELDS)[number]]: ParticipantFields[K] | Date }): string {
  const values = VERSION_FIELDS.map((key) => {
    const value = fields[key]
    return value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null)
  })
  return createHash('sha256').update(JSON.stringify(values)).digest('base64url').slice(0, 22)
}

/** Blank optional cells keep what is stored. */
export function mergeParticipant(existing: ParticipantFields, row: ParticipantFields): ParticipantFields {
  return {
    ...row,
    birthDate: row.birthDate ?? existing.birthDate,
    email: row.email ?? existing.email,
    npp: row.npp ?? existing.npp,
    villageCode: row.villageCode ?? existing.villageCode,
  }
}

export function changedFields(existing: ParticipantFields, merged: ParticipantFields): string[] {
  return (Object.keys(FIELD_LABEL) as (keyof typeof FIELD_LABEL)[])
    .filter((key) => (existing[key] ?? null) !== (merged[key] ?? null))
    .map((key) => FIELD_LABEL[key])
}

export function classifyParticipantRows(rows: HashedRow[], context: ClassifyContext): ClassifiedParticipantRow[] {
  const firstOfHash = new Map<string, number>()
  const firstOfPhone = new Map<string, number>()
  return rows.map((row): ClassifiedParticipantRow => {
    const base = { ...row, changes: [], participantId: null, merged: null, enrol: false, storedVersion: null }
    if (!row.data || !row.nikHash) return { ...base, status: 'ERROR' }
    const { nik: _nik, ...fields } = row.data
    const messages: string[] = []
    const sameNik = firstOfHash.get(row.nikHash)
    if (sameNik !== undefined) messages.push(`NIK sama dengan baris ${sameNik}; baris ini dilewati.`)
    const samePhone = firstOfPhone.get(fields.phone)
    if (samePhone !== undefined) messages.push(`No HP sama dengan baris ${samePhone}; baris ini dilewati.`)
    const owner = context.phoneOwner.get(fields.phone)
    if (owner && owner !== row.nikHash) messages.push('No HP sudah dipakai peserta lain yang terdaftar. Setiap peserta perlu nomor HP sendiri.')
    if (messages.length) return { ...base, status: 'DUPLICATE', messages }
    firstOfHash.set(row.nikHash, row.rowNumber)
    firstOfPhone.set(fields.phone, row.rowNumber)

    const existing = context.existingByHash.get(row.nikHash)
    if (!existing) return { ...base, status: 'NEW', merged: fields, enrol: true }
    if (existing.provinceCode !== fields.provinceCode) {
      return { ...base, status: 'ERROR', messages: [`NIK sudah terdaftar sebagai peserta provinsi lain, bukan ${context.provinceName}. Hubungi Admin Pusat.`] }
    }
    if (existing.enrolment && existing.enrolment.cohortId !== context.cohortId) {
      return { ...base, status: 'ERROR', messages: [`Peserta ini sudah terdaftar di ${existing.enrolment.cohortName} pada program yang sama.`] }
    }
    const merged = mergeParticipant(existing, fields)
    const changes = changedFields(existing, merged)
    const enrol = !existing.enrolment
    if (enrol) changes.push('Didaftarkan ke kelas ini')
    return { ...base, status: changes.length ? 'UPDATE' : 'UNCHANGED', changes, participantId: existing.id, merged, enrol, storedVersion: participantVersion(existing) }
  })
}
