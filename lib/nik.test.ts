import { describe, expect, it } from 'vitest'
import { maskNik, parseNik } from './nik'

const now = new Date('2024-06-01T00:00:00Z')

describe('parseNik', () => {
  it('reads region, birth date and sex of a man', () => {
    const parsed = parseNik('3201011708850001', { now })
    expect(parsed).toEqual({
      ok: true,
      nik: '3201011708850001',
      birthDate: new Date('1985-08-17T00:00:00Z'),
      sex: 'L',
      regionPrefix: { provinceCode: '32', regencyCode: '32.01', districtCode: '32.01.01' },
    })
  })

  it('reads a woman (day + 40) born in the 2000s', () => {
    const parsed = parseNik('6472054102030007', { now })
    expect(parsed.ok && parsed.sex).toBe('P')
    expect(parsed.ok && parsed.birthDate.toISOString()).toBe('2003-02-01T00:00:00.000Z')
    expect(parsed.ok && parsed.regionPrefix.regencyCode).toBe('64.72')
  })

  it('accepts the spaces, dots and apostrophe that spreadsheets add', () => {
    expect(parseNik(" '3201.0117 0885-0001 ", { now })).toMatchObject({ ok: true, nik: '3201011708850001' })
  })

  it.each([
    ['', 'wajib'],
    ['320101170885000', '16 digit'],
    ['32010117088500012', '16 digit'],
    ['32010117O8850001', '16 digit'],
    ['2001011708850001', 'kode provinsi'],
    ['3200011708850001', 'kabupaten/kota'],
    ['3201001708850001', 'kecamatan'],
    ['3201013202850001', 'tanggal lahir'], // 32 February
    ['3201017102850001', 'tanggal lahir'], // 31 February for a woman
    ['3201012902230001', 'tanggal lahir'], // 29 February 2023
    ['3201011713850001', 'tanggal lahir'], // month 13
    ['3201010000850001', 'tanggal lahir'],
    ['3201011708850000', 'nomor urut'],
  ])('rejects %j with a message about %s', (raw, fragment) => {
    const parsed = parseNik(raw, { now })
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toContain(fragment)
  })

  it('accepts 29 February of a leap year', () => {
    expect(parseNik('3201012902000001', { now }).ok).toBe(true)
  })

  it('reads a two-digit year in the century before now, and rejects a future birth date', () => {
    const old = parseNik('3201011708300001', { now })
    expect(old.ok && old.birthDate.getUTCFullYear()).toBe(1930)
    expect(parseNik('3201011507240001', { now }).ok).toBe(false) // 15 July 2024, after "now"
  })
})

describe('maskNik', () => {
  it('shows only the first and last four digits', () => {
    expect(maskNik('3201011708850001')).toBe('3201********0001')
    expect(maskNik('3201011708850001')).toHaveLength(16)
  })

  it('hides a too-short value completely', () => {
    expect(maskNik('1234567')).toBe('*******')
  })
})
