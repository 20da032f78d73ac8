import { describe, expect, it } from 'vitest'
import { formatHundredths, formatScore, hundredthsToDecimal, parseScore, SCORE_FORMAT_MESSAGE, toHundredths } from './score'

const ok = (hundredths: number | null) => ({ ok: true, hundredths })
const refused = (message: string) => ({ ok: false, message })

describe('parseScore', () => {
  it('reads whole numbers, a decimal comma or dot, and blank as not taken', () => {
    expect(parseScore('87')).toEqual(ok(8700))
    expect(parseScore('87,5')).toEqual(ok(8750))
    expect(parseScore('87.5')).toEqual(ok(8750))
    expect(parseScore(' 87,25 ')).toEqual(ok(8725))
    expect(parseScore('0')).toEqual(ok(0))
    expect(parseScore('100')).toEqual(ok(10000))
    expect(parseScore('100,00')).toEqual(ok(10000))
    expect(parseScore('087')).toEqual(ok(8700))
    expect(parseScore('')).toEqual(ok(null))
    expect(parseScore('   ')).toEqual(ok(null))
  })

  it('refuses scores outside 0–100 with the limit in words', () => {
    expect(parseScore('100,01')).toEqual(refused('Nilai tidak boleh lebih dari 100.'))
    expect(parseScore('101')).toEqual(refused('Nilai tidak boleh lebih dari 100.'))
    expect(parseScore('1000')).toEqual(refused('Nilai tidak boleh lebih dari 100.'))
    expect(parseScore('99999999999999999999')).toEqual(refused('Nilai tidak boleh lebih dari 100.'))
    expect(parseScore('-5')).toEqual(refused('Nilai tidak boleh kurang dari 0.'))
    expect(parseScore('−5')).toEqual(refused('Nilai tidak boleh kurang dari 0.'))
  })

  it('refuses what is not a score', () => {
    expect(parseScore('87,555')).toEqual(refused('Nilai paling banyak dua angka di belakang koma.'))
    for (const text of ['abc', '8 7', '87,', ',5', '1.000,5', '1e2', '0x10', 'NaN', 'Infinity', '87%', '٨٧', '87\u0000']) {
      expect(parseScore(text), text).toEqual(refused(SCORE_FORMAT_MESSAGE))
    }
  })
})

describe('formatting', () => {
  it('shows a score with the Indonesian decimal comma and no trailing zeros', () => {
    expect([8750, 9000, 8725, 5, 0, 10000].map(formatHundredths)).toEqual(['87,5', '90', '87,25', '0,05', '0', '100'])
    expect(formatHundredths(null)).toBe('')
    expect(formatScore(57.5)).toBe('57,5')
    expect(formatScore(59.99)).toBe('59,99')
  })

  it('converts between the column and hundredths without float drift', () => {
    expect(toHundredths('87.50')).toBe(8750)
    expect(toHundredths(0.29)).toBe(29)
    expect(toHundredths(59.99)).toBe(5999)
    expect(hundredthsToDecimal(8750)).toBe('87.50')
    expect(hundredthsToDecimal(5)).toBe('0.05')
    expect(hundredthsToDecimal(10000)).toBe('100.00')
  })
})
