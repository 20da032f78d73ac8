import { describe, expect, it } from 'vitest'
import { cellToText, readDigitCell } from './cell-value'

describe('readDigitCell (NIK as a number)', () => {
  it.each([['3.20101E+15'], ['3,20101E+15'], ['3.201011E15'], [' 3.20101e+15 ']])('refuses scientific notation %s', (text) => {
    const read = readDigitCell(text, 'NIK', 16)
    expect(read).toEqual({ ok: false, message: expect.stringContaining('digitnya hilang') })
    expect(!read.ok && read.message).toMatch(/Format kolom NIK sebagai Teks/)
  })

  it('refuses a numeric cell whose last digit Excel zeroed, and one beyond exact integers', () => {
    expect(readDigitCell(3201011205900000, 'NIK', 16).ok).toBe(false)
    expect(readDigitCell(32010112059000011, 'NIK', 16).ok).toBe(false)
    expect(readDigitCell(3.20101e15, 'NIK', 16).ok).toBe(false)
  })

  it('keeps text, and a numeric cell that kept all its digits', () => {
    expect(readDigitCell("'3201011205900001", 'NIK', 16)).toEqual({ ok: true, text: "'3201011205900001" })
    expect(readDigitCell(3201011205900001, 'NIK', 16)).toEqual({ ok: true, text: '3201011205900001' })
    expect(readDigitCell(81234567890, 'No HP', 12)).toEqual({ ok: true, text: '81234567890' })
    expect(readDigitCell(undefined, 'NIK', 16)).toEqual({ ok: true, text: '' })
  })

  it('refuses a phone number in scientific notation', () => {
    expect(readDigitCell('8.12346E+10', 'No HP', 12).ok).toBe(false)
  })
})

describe('cellToText', () => {
  it('trims and collapses spaces, prints integers without exponent, dates as ISO days', () => {
    expect(cellToText('  Budi   Santoso ')).toBe('Budi Santoso')
    expect(cellToText(12)).toBe('12')
    expect(cellToText(new Date(Date.UTC(1990, 4, 12)))).toBe('1990-05-12')
  })
})
