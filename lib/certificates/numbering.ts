// Certificate numbers from a per-program pattern (issue 11), e.g.
//   {seq}/SERT/BIMTEK-SPP-TIK/{province}/{month}/{year}  →  0042/SERT/BIMTEK-SPP-TIK/32/VI/2024
// {seq} is the program's gapless sequence (Program.certificateSeq, raised under a row lock), so
// two officers issuing at the same moment never get the same number or leave a hole.

export const NUMBER_TOKENS = ['seq', 'province', 'provinceName', 'month', 'year'] as const
export type NumberToken = (typeof NUMBER_TOKENS)[number]
export type NumberParts = { seq: number; provinceCode: string; provinceName: string; month: number; year: number }

export const DEFAULT_NUMBER_PATTERN = '{seq}/SERT/BIMTEK/{province}/{month}/{year}'
const MAX_PATTERN_LENGTH = 120
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

/** 1–12 → I–XII. */
export function romanMonth(month: number): string {
  const roman = ROMAN[month - 1]
  if (!roman) throw new RangeError(`month ${month}`)
  return roman
}

/** Why a pattern cannot be used, in Indonesian, or null. */
export function numberPatternProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'Pola nomor wajib diisi.'
  if (pattern.length > MAX_PATTERN_LENGTH) return `Pola nomor paling panjang ${MAX_PATTERN_LENGTH} karakter.`
  if (/[\u0000-\u001f\u007f]/.test(pattern)) return 'Pola nomor tidak boleh berisi karakter kendali.'
  const tokens = [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1])
  const unknown = tokens.find((t) => !(NUMBER_TOKENS as readonly string[]).includes(t))
  if (unknown !== undefined) return `Penanda {${unknown}} tidak dikenal. Gunakan ${NUMBER_TOKENS.map((t) => `{${t}}`).join(', ')}.`
  if (/[{}]/.test(pattern.replace(/\{[^{}]*\}/g, ''))) return 'Kurung kurawal pola nomor tidak berpasangan.'
  if (tokens.filter((t) => t === 'seq').length !== 1) return 'Pola nomor harus memuat {seq} tepat satu kali, agar setiap nomor unik.'
  return null
}

/** The number of one certificate: {seq} zero-padded to four digits. */
export function formatCertificateNumber(pattern: string, parts: NumberParts): string {
  const values: Record<NumberToken, string> = {
    seq: String(parts.seq).padStart(4, '0'),
    province: parts.provinceCode,
    provinceName: parts.provinceName,
    month: romanMonth(parts.month),
    year: String(parts.year),
  }
  return pattern.replace(/\{(seq|province|provinceName|month|year)\}/g, (_, token: NumberToken) => values[token])
}

export type OtherNumberPattern = { programName: string; programYear: number; pattern: string }

/**
 * The first other program whose pattern can print a number this pattern also prints (numbers are
 * unique across programs, so issuing would then be refused), or null. Both are formatted with the
 * same sequence number, province and month in either program's year or the year after (when late
 * certificates are issued): equal output means a clash the day both programs reach that number there.
 */
export function clashingNumberPattern(pattern: string, programYear: number, others: readonly OtherNumberPattern[]): OtherNumberPattern | null {
  if (numberPatternProblem(pattern)) return null
  return others.find((other) => !numberPatternProblem(other.pattern) && [programYear, programYear + 1, other.programYear, other.programYear + 1].some((year) =>
    ROMAN.some((_, m) => {
      const parts = { seq: 1, provinceCode: '32', provinceName: 'Jawa Barat', month: m + 1, year }
      return formatCertificateNumber(pattern, parts) === formatCertificateNumber(other.pattern, parts)
    }))) ?? null
}

/** The message for a clash, in Indonesian. */
export const numberClashMessage = (other: OtherNumberPattern) =>
  `Pola nomor ini dapat menghasilkan nomor yang sama dengan program "${other.programName}" (${other.pattern}). Tambahkan kode program ini ke pola, misalnya {seq}/SERT/KODE-PROGRAM/{province}/{month}/{year}.`
