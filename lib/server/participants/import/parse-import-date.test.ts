import { describe, expect, it } from 'vitest'
import { parseImportDate } from './parse-import-date'

const now = new Date('2025-06-01T00:00:00Z')
const day = (value: Parameters<typeof parseImportDate>[0]) => {
  const parsed = parseImportDate(value, 'Tanggal Lahir', now)
  return parsed?.ok ? parsed.date.toISOString().slice(0, 10) : parsed
}

describe('parseImportDate', () => {
  it.each<[Parameters<typeof parseImportDate>[0], string]>([
    [33005, '1990-05-12'], ['33005', '1990-05-12'], [45434, '2024-05-22'],
    ['12/05/1990', '1990-05-12'], ['12-05-1990', '1990-05-12'], ['12.5.1990', '1990-05-12'], ['1/2/03', '2003-02-01'], ['1/2/90', '1990-02-01'],
    ['1990-05-12', '1990-05-12'], ['1990-05-12T00:00:00', '1990-05-12'],
    ['22 Mei 2024', '2024-05-22'], ['22 mei 2024', '2024-05-22'], ['22-Agu-1990', '1990-08-22'], ['5 Agustus 1985', '1985-08-05'],
    ['Rabu, 22 Mei 2024', '2024-05-22'], ['1 Pebruari 1970', '1970-02-01'], ['3 Des 99', '1999-12-03'], ['9 October 1988', '1988-10-09'],
    [new Date(Date.UTC(1990, 4, 12)), '1990-05-12'],
  ])('%s → %s', (input, iso) => {
    expect(day(input)).toBe(iso)
  })

  it('is null for an empty cell', () => {
    expect(parseImportDate(undefined)).toBeNull()
    expect(parseImportDate('  ')).toBeNull()
  })

  it.each([['31/02/1990'], ['22 Meii 2024'], ['kemarin'], ['13/13/1990'], [12]])('refuses %s in Indonesian', (input) => {
    expect(parseImportDate(input, 'Tanggal Lahir', now)).toEqual({ ok: false, message: expect.stringMatching(/^Tanggal Lahir: .*(bukan tanggal|tidak dikenali)/) })
  })

  it('says the order is day/month/year when the month is above 12', () => {
    expect(parseImportDate('05/22/1990', 'Tanggal Lahir', now)).toEqual({ ok: false, message: expect.stringContaining('hari/bulan/tahun') })
  })

  it.each<[Parameters<typeof parseImportDate>[0], string]>([
    ['9999-12-31', '"9999-12-31"'], ['0101-01-01', '"0101-01-01"'], ['1899-12-31', '"1899-12-31"'], ['01/01/2101', '"01/01/2101"'],
    [2_958_465, '"2958465"'], [new Date('0500-03-01T00:00:00Z'), '"0500-03-01"'],
  ])('refuses %s, outside 1900–2100, in Indonesian', (input, shown) => {
    expect(parseImportDate(input, 'Tanggal Lahir', now)).toEqual({
      ok: false, message: expect.stringMatching(new RegExp(`^Tanggal Lahir: ${shown}.*di luar rentang tanggal yang diterima \\(01/01/1900–31/12/2100\\)\\.$`)),
    })
  })

  it('refuses the year 0 too', () => {
    expect(parseImportDate('0000-01-01', 'Tanggal Lahir', now)).toMatchObject({ ok: false })
  })
})
