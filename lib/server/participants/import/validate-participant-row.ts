import 'server-only'
import type { InstitutionType, Sex } from '@/generated/prisma/enums'
import { institutionTypeLabel, nikIssuedElsewhereText } from '@/lib/i18n/id'
import { maskNik, parseNik } from '@/lib/nik'
import { normalizePhone } from '@/lib/phone'
import { villageKind } from '@/lib/regions/village-kind'
import { hasForbiddenChars, nameProblem, stripForbiddenChars } from '@/lib/server/validation'
import { cellToText, readDigitCell, type CellValue } from './cell-value'
import { COLUMN_LABEL as L, type ParticipantColumn } from './match-headers'
import { DESA_OR_KELURAHAN, institutionChoices, matchInstitutionType, matchSex } from './match-choices'
import { parseImportDate } from './parse-import-date'
import type { RawParticipantRow } from './read-participant-file'
import type { RegionMatcher } from './region-matcher'

// Checks one row of a participant file and normalises it, collecting every problem of the row in
// Indonesian (not only the first). Besides the problems, a row carries what was read differently
// from what was typed ("disesuaikan": a region spelt another way, "Perpustakaan Desa/Kelurahan"
// decided by the village) and warnings that do not stop it (a NIK issued in another province).
// Pure: the region lookup is passed in; the NIK stays in memory.

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
  /** The province that issued the NIK when it is not the cohort's (decision 033). */
  nikIssuedProvinceCode: string | null
}

/**
 * What the preview shows of a row, valid or not: never a plain NIK. A valid NIK only masked; a cell
 * that is not a NIK (the officer must see what they typed to fix it) as `nikTyped`, the typed text
 * sealed with the NIK key (sealNikInput) and opened only to show it.
 */
export type RowDisplay = { name: string; nikMasked: string; nikTyped?: string; phone: string; regency: string; institutionName: string }

/** A value read differently from what was typed, shown beside the row as "disesuaikan". */
export type Adjustment = { label: string; from: string; to: string }

export type ValidatedRow = {
  rowNumber: number
  /** What stops the row (an ERROR row's reasons). */
  messages: string[]
  display: RowDisplay
  data: ValidParticipantRow | null
  adjusted: Adjustment[]
  warnings: string[]
  /** The NIK cell as typed when it is not a valid NIK, to show it (sealed before it is stored). */
  nikTyped: string | null
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const MIN_BIRTH = Date.UTC(1920, 0, 1)

/** At most this much of a NIK cell that is not a NIK is kept to show it. */
const MAX_TYPED_NIK = 40

export type ValidationContext = {
  regions: RegionMatcher
  provinceCode: string
  /** Province names by code, for the warning about a NIK issued elsewhere. */
  provinceNames: ReadonlyMap<string, string>
  now?: Date
}

export function validateParticipantRow(row: RawParticipantRow, context: ValidationContext): ValidatedRow {
  const now = context.now ?? new Date()
  const messages: string[] = []
  const adjusted: Adjustment[] = []
  const warnings: string[] = []
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
  const nameIssue = nameProblem(name, { person: true })
  if (!name) messages.push(`${L.name}: wajib diisi.`)
  else if (name.length > 150) messages.push(`${L.name}: paling banyak 150 karakter.`)
  else if (nameIssue) messages.push(`${L.name}: ${nameIssue}`)

  // NIK: first the digits a spreadsheet may have lost, then the NIK rules.
  let nik: string | null = null
  let nikSex: Sex | null = null
  let nikBirth: Date | null = null
  let nikIssuedProvinceCode: string | null = null
  let nikMasked = ''
  const nikCell = readDigitCell(cells.nik, L.nik, 16)
  if (!nikCell.ok) messages.push(nikCell.message)
  else {
    const parsed = parseNik(nikCell.text, { now })
    if (parsed.ok) {
      [nik, nikSex, nikBirth] = [parsed.nik, parsed.sex, parsed.birthDate]
      nikMasked = maskNik(parsed.nik)
      if (parsed.regionPrefix.provinceCode !== context.provinceCode) {
        nikIssuedProvinceCode = parsed.regionPrefix.provinceCode
        const issuedIn = context.provinceNames.get(nikIssuedProvinceCode) ?? nikIssuedProvinceCode
        const registeredIn = context.provinceNames.get(context.provinceCode) ?? context.provinceCode
        warnings.push(nikIssuedElsewhereText(issuedIn, registeredIn))
      }
    } else messages.push(`${L.nik}: ${parsed.message}`)
  }
  // Not a NIK: what was typed (a number cell as Excel shows it), so the officer sees what to fix.
  const typedNik = typeof cells.nik === 'number' && !Number.isSafeInteger(cells.nik) ? cells.nik.toExponential(5).replace('e', 'E') : text('nik')
  const nikTyped = !nik && typedNik ? (typedNik.length > MAX_TYPED_NIK ? `${typedNik.slice(0, MAX_TYPED_NIK)}…` : typedNik) : null

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
  const institutionIssue = nameProblem(institutionName)
  if (!institutionName) messages.push(`${L.institutionName}: wajib diisi.`)
  else if (institutionName.length > 200) messages.push(`${L.institutionName}: paling banyak 200 karakter.`)
  else if (institutionIssue) messages.push(`${L.institutionName}: ${institutionIssue}`)
  const typeText = text('institutionType')
  const typeChoice = typeText ? matchInstitutionType(typeText) : matchInstitutionType(institutionName)
  if (!typeChoice) {
    messages.push(typeText
      ? `${L.institutionType}: "${typeText}" tidak dikenali. Pilih salah satu: ${institutionChoices}.`
      : `${L.institutionType}: wajib diisi (tidak dapat ditebak dari nama lembaga). Pilih salah satu: ${institutionChoices}.`)
  }

  const npp = text('npp') || null
  if (npp && npp.length > 50) messages.push(`${L.npp}: paling banyak 50 karakter.`)

  let regencyCode: string | null = null
  let villageCode: string | null = null
  let villageName = ''
  const taken = (label: string, typed: string, match: { name: string; adjusted: boolean }) => {
    if (match.adjusted) adjusted.push({ label, from: typed, to: match.name })
  }
  if (!text('regency')) messages.push(`${L.regency}: wajib diisi.`)
  else {
    const regency = context.regions.regency(text('regency'), L.regency)
    if (!regency.ok) messages.push(regency.message)
    else {
      regencyCode = regency.code
      taken(L.regency, text('regency'), regency)
      let districtCode: string | null = null
      if (text('district')) {
        const district = context.regions.district(text('district'), regency.code, L.district)
        if (district.ok) {
          districtCode = district.code
          taken(L.district, text('district'), district)
        } else messages.push(district.message)
      }
      if (text('village') && (districtCode || !text('district'))) {
        const village = context.regions.village(text('village'), { regencyCode: regency.code, districtCode }, L.village)
        if (village.ok) {
          villageCode = village.code
          villageName = village.name
          taken(L.village, text('village'), village)
        } else messages.push(village.message)
      }
    }
  }

  // "Perpustakaan Desa/Kelurahan": the village's official code says which (village-kind.ts).
  let institutionType: InstitutionType | null = typeChoice === DESA_OR_KELURAHAN ? null : typeChoice
  if (typeChoice === DESA_OR_KELURAHAN) {
    const kind = villageCode ? villageKind(villageCode) : null
    if (kind) {
      institutionType = kind === 'KELURAHAN' ? 'PERPUSTAKAAN_KELURAHAN' : 'PERPUSTAKAAN_DESA'
      adjusted.push({ label: L.institutionType, from: typeText || institutionName, to: `${institutionTypeLabel[institutionType]} (${villageName} adalah ${kind === 'KELURAHAN' ? 'kelurahan' : 'desa'})` })
    } else if (!text('village') || villageCode) {
      messages.push(`${L.institutionType}: "${typeText || institutionName}" ditentukan dari desa/kelurahan peserta, tetapi kolom ${L.village} kosong. Isi ${L.village}, atau tulis Perpustakaan desa atau Perpustakaan kelurahan.`)
    }
    // A village that was not found already has its message: fixing it decides the type too.
  }

  const display: RowDisplay = { name, nikMasked, phone: phone ?? text('phone'), regency: text('regency'), institutionName }
  const checked = { rowNumber: row.rowNumber, messages, display, adjusted, warnings, nikTyped }
  if (messages.length || !nik || !phone || !sex || !institutionType || !regencyCode) return { ...checked, data: null }
  return {
    ...checked,
    data: { nik, name, sex, birthDate, phone, email, institutionType, institutionName, npp, villageCode, regencyCode, provinceCode: context.provinceCode, nikIssuedProvinceCode },
  }
}
