import 'server-only'
import type { InstitutionType, Sex } from '@/generated/prisma/enums'
import { maskNik, parseNik } from '@/lib/nik'
import { normalizePhone } from '@/lib/phone'
import { hasForbiddenChars, stripForbiddenChars } from '@/lib/server/validation'
import { cellToText, readDigitCell, type CellValue } from './cell-value'
import { COLUMN_LABEL as L, type ParticipantColumn } from './match-headers'
import { institutionChoices, matchInstitutionType, matchSex } from './match-choices'
import { parseImportDate } from './parse-import-date'
import type { RawParticipantRow } from './read-participant-file'
import type { RegionMatcher } from './region-matcher'

// Checks one row of a participant file and normalises it, collecting every problem of the row in
// Indonesian (not only the first). Pure: the region lookup is passed in; the NIK stays in memory.

/** A valid row. `nik` is plain and must never be stored or returned: see protectNik. */
export type ValidParticipantRow = {
  nik: string
  name: string
  sex: Sex
  birthDate: string | null // YYYY-MM-DD
  phone: string
  email: string | null
  institutionType: InstitutionType
  institutionName: string
  npp: string | null
  villageCode: string | null
  regencyCode: string
  provinceCode: string
}

/** What the preview shows of a row, valid or not: never the plain NIK. */
export type RowDisplay = { name: string; nikMasked: string; phone: string; regency: string; institutionName: string }

export type ValidatedRow = { rowNumber: number; messages: string[]; display: RowDisplay; data: ValidParticipantRow | null }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const MIN_BIRTH = Date.UTC(1920, 0, 1)

export function validateParticipantRow(
  row: RawParticipantRow,
  context: { regions: RegionMatcher; provinceCode: string; now?: Date },
): ValidatedRow {
  const now = context.now ?? new Date()
  const messages: string[] = []
  // Hidden characters (decision 017) are refused in every column, as in the form, so the officer
  // retypes the cell; they are dropped from what is shown and stored of the refused row.
  const cells: RawParticipantRow['cells'] = {}
  for (const [column, value] of Object.entries(row.cells) as [ParticipantColumn, CellValue | undefined][]) {
    if (typeof value === 'string' && hasForbiddenChars(value)) {
      messages.push(`${L[column]}: berisi karakter tersembunyi yang tidak diizinkan (karakter kontrol atau pengubah arah teks). Ketik ulang isi sel ini.`)
      cells[column] = stripForbiddenChars(value)
    } else cells[column] = value
  }
  const text = (column: keyof RawParticipantRow['cells']) => cellToText(cells[column])

  const name = text('name')
  if (!name) messages.push(`${L.name}: wajib diisi.`)
  else if (name.length > 150) messages.push(`${L.name}: paling banyak 150 karakter.`)

  // NIK: first the digits a spreadsheet may have lost, then the NIK rules.
  let nik: string | null = null
  let nikSex: Sex | null = null
  let nikBirth: Date | null = null
  let nikShown = ''
  const nikCell = readDigitCell(cells.nik, L.nik, 16)
  if (!nikCell.ok) messages.push(nikCell.message)
  else {
    nikShown = maskNik(nikCell.text.replace(/\D/g, ''))
    const parsed = parseNik(nikCell.text, { now })
    if (parsed.ok) [nik, nikSex, nikBirth] = [parsed.nik, parsed.sex, parsed.birthDate]
    else messages.push(`${L.nik}: ${parsed.message}`)
  }

  let phone: string | null = null
  const phoneCell = readDigitCell(cells.phone, L.phone, 12)
  if (!phoneCell.ok) messages.push(phoneCell.message)
  else {
    const normalized = normalizePhone(phoneCell.text)
    if (normalized.ok) phone = normalized.phone
    else messages.push(`${L.phone}: ${normalized.message}`)
  }

  let sex: Sex | null = nikSex
  if (text('sex')) {
    sex = matchSex(text('sex'))
    if (!sex) messages.push(`${L.sex}: "${text('sex')}" tidak dikenali. Tulis L atau P.`)
  }

  let birthDate: string | null = nikBirth ? nikBirth.toISOString().slice(0, 10) : null
  const birth = parseImportDate(cells.birthDate, L.birthDate, now)
  if (birth && !birth.ok) messages.push(birth.message)
  else if (birth?.ok) {
    if (birth.date.getTime() > now.getTime() || birth.date.getTime() < MIN_BIRTH) {
      messages.push(`${L.birthDate}: ${birth.date.toISOString().slice(0, 10).split('-').reverse().join('/')} tidak masuk akal sebagai tanggal lahir.`)
    } else birthDate = birth.date.toISOString().slice(0, 10)
  }

  const email = text('email').toLowerCase() || null
  if (email && !EMAIL.test(email)) messages.push(`${L.email}: "${text('email')}" bukan alamat email yang valid.`)

  const institutionName = text('institutionName')
  if (!institutionName) messages.push(`${L.institutionName}: wajib diisi.`)
  else if (institutionName.length > 200) messages.push(`${L.institutionName}: paling banyak 200 karakter.`)
  const typeText = text('institutionType')
  const institutionType = typeText ? matchInstitutionType(typeText) : matchInstitutionType(institutionName)
  if (!institutionType) {
    messages.push(typeText
      ? `${L.institutionType}: "${typeText}" tidak dikenali. Pilih salah satu: ${institutionChoices}.`
      : `${L.institutionType}: wajib diisi (tidak dapat ditebak dari nama lembaga). Pilih salah satu: ${institutionChoices}.`)
  }

  const npp = text('npp') || null
  if (npp && npp.length > 50) messages.push(`${L.npp}: paling banyak 50 karakter.`)

  let regencyCode: string | null = null
  let villageCode: string | null = null
  if (!text('regency')) messages.push(`${L.regency}: wajib diisi.`)
  else {
    const regency = context.regions.regency(text('regency'), L.regency)
    if (!regency.ok) messages.push(regency.message)
    else {
      regencyCode = regency.code
      let districtCode: string | null = null
      if (text('district')) {
        const district = context.regions.district(text('district'), regency.code, L.district)
        if (district.ok) districtCode = district.code
        else messages.push(district.message)
      }
      if (text('village') && (districtCode || !text('district'))) {
        const village = context.regions.village(text('village'), { regencyCode: regency.code, districtCode }, L.village)
        if (village.ok) villageCode = village.code
        else messages.push(village.message)
      }
    }
  }

  const display: RowDisplay = { name, nikMasked: nikShown, phone: phone ?? text('phone'), regency: text('regency'), institutionName }
  if (messages.length || !nik || !phone || !sex || !institutionType || !regencyCode) return { rowNumber: row.rowNumber, messages, display, data: null }
  return {
    rowNumber: row.rowNumber,
    messages,
    display,
    data: { nik, name, sex, birthDate, phone, email, institutionType, institutionName, npp, villageCode, regencyCode, provinceCode: context.provinceCode },
  }
}
