import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError } from '@/lib/server/errors'
import {
  DATE_RANGES, cleanMultiline, hasForbiddenChars, idOrNotFound, isoDateField, nameField, nameProblem, optionalTextField, plainStringField, textField,
} from './validation'

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? []

// Every character decision 017 refuses in a single-line field.
const HIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\u0085', '\u009F',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uD800', '\uDFFF']

describe('hasForbiddenChars', () => {
  it.each(HIDDEN.map((c) => [c.codePointAt(0)!.toString(16), c]))('finds U+%s', (_, c) => {
    expect(hasForbiddenChars(`Siti${c}Aminah`)).toBe(true)
  })

  it('lets letters of every script, emoji, tabs, line breaks and the plain direction marks through', () => {
    for (const ok of ['Siti Aminah', 'Ñoño Ødegård', 'محمد', '李小龙', 'Budi 👍🏽', 'a\tb\nc\r\n', 'x\u200Ey\u200Fz']) expect(hasForbiddenChars(ok), ok).toBe(false)
  })
})

describe('textField (one line)', () => {
  const name = textField('Nama', { min: 3, max: 120 })

  it('trims, and turns tabs and line breaks pasted from a spreadsheet into one space', () => {
    expect(name.parse('  Siti\tAminah\r\nPutri  ')).toBe('Siti Aminah Putri')
  })

  it.each(HIDDEN.map((c) => [c.codePointAt(0)!.toString(16), c]))('refuses U+%s with one clear Indonesian message', (_, c) => {
    expect(messages(name, `Siti${c}Aminah`)).toEqual(['Nama berisi karakter tersembunyi yang tidak diizinkan (karakter kontrol atau pengubah arah teks). Ketik ulang isian ini.'])
  })

  it('says what is missing, too short or too long', () => {
    expect(messages(name, undefined)).toEqual(['Nama wajib diisi.'])
    expect(messages(name, 42)).toEqual(['Nama wajib diisi.'])
    expect(messages(name, ' \n ab ')).toEqual(['Nama minimal 3 karakter.'])
    expect(messages(name, 'x'.repeat(121))).toEqual(['Maksimal 120 karakter.'])
    expect(messages(textField('Kota', { min: 2, max: 100, minMessage: 'Kota wajib diisi.' }), '')).toEqual(['Kota wajib diisi.'])
  })
})

describe('textField (several lines) and optionalTextField', () => {
  const reason = textField('Alasan', { min: 5, max: 500, multiline: true })

  it('keeps line breaks and tabs, and drops the hidden characters of a pasted note', () => {
    expect(reason.parse('Sakit\r\n\tdirawat\u0000 di\u202E RS\uD800.\u007F')).toBe('Sakit\n\tdirawat di RS.')
    expect(cleanMultiline('a\rb')).toBe('a\nb')
  })

  it('counts the length after cleaning', () => {
    expect(messages(reason, '\u0000\u0000\u0000\u0000\u0000ab')).toEqual(['Alasan minimal 5 karakter.'])
  })

  it('reads absent, null and blank as null', () => {
    const notes = optionalTextField('Catatan', { max: 10 })
    expect([notes.parse(undefined), notes.parse(null), notes.parse(' \t ')]).toEqual([null, null, null])
    expect(messages(notes, 'a\u202Eb')).toHaveLength(1)
  })
})

describe('plainStringField', () => {
  it('refuses hidden characters before the shape check, and huge values', () => {
    const code = plainStringField('Kode').regex(/^\d+$/, 'Hanya angka.')
    expect(messages(code, '12\u000034')).toEqual([expect.stringContaining('karakter tersembunyi')])
    expect(messages(code, '1'.repeat(1001))).toEqual(['Maksimal 1000 karakter.'])
    expect(code.parse('1234')).toBe('1234')
  })
})

describe('isoDateField', () => {
  const date = isoDateField('Tanggal mulai')

  it('accepts an existing date within the programme years', () => {
    expect(date.parse(' 2024-05-20 ')).toBe('2024-05-20')
    expect(date.parse(DATE_RANGES.programme.min)).toBe('2000-01-01')
    expect(date.parse(DATE_RANGES.programme.max)).toBe('2100-12-31')
  })

  it('refuses the year 0, 9999 and any date outside 2000–2100 with the range in the message', () => {
    for (const bad of ['0000-01-01', '9999-12-31', '1999-12-31', '2101-01-01']) {
      expect(messages(date, bad), bad).toEqual(['Tanggal mulai harus di antara 01/01/2000 dan 31/12/2100.'])
    }
  })

  it('refuses dates that do not exist and other shapes with one message', () => {
    expect(messages(date, '2024-02-30')).toEqual(['Tanggal mulai tidak valid.'])
    expect(messages(date, '20-05-2024')).toEqual(['Tanggal mulai wajib diisi (format tanggal tidak valid).'])
    expect(messages(date, '+020240-05-20')).toEqual(['Tanggal mulai wajib diisi (format tanggal tidak valid).'])
  })

  it('takes another range where told (birth dates)', () => {
    expect(isoDateField('Tanggal lahir', DATE_RANGES.birth).parse('1950-01-01')).toBe('1950-01-01')
    expect(messages(isoDateField('Tanggal lahir', DATE_RANGES.birth), '1899-12-31')).toHaveLength(1)
  })
})

describe('idOrNotFound', () => {
  it('passes a uuid through and reports anything else as NOT_FOUND, never as a database error', () => {
    const id = '0196a8f0-1c2d-7e3f-8a4b-5c6d7e8f9a0b'
    expect(idOrNotFound(id)).toBe(id)
    for (const bad of ['not-a-uuid', '', `${id}x`, 42, null, undefined, ["'; drop table"]]) {
      expect(() => idOrNotFound(bad, 'Kelas tidak ditemukan.')).toThrow(new AppError('NOT_FOUND', 'Kelas tidak ditemukan.'))
    }
  })
})

describe('nameProblem and nameField (issue 12)', () => {
  it('refuses a name a spreadsheet would read as a formula, and a person\'s name without a letter', () => {
    for (const bad of ['=1+1', '+62 Budi', '-Budi', '@Rina', '  =x', '\uFF1Dx', '\uFF0Bx', '\uFF0Dx', '\uFF20x']) expect(nameProblem(bad), bad).toMatch(/^tidak boleh diawali/)
    for (const bad of ['12345', '-', '...', '0812']) expect(nameProblem(bad, { person: true }), bad).not.toBeNull()
    for (const ok of ["Ni Luh Putu 'Ayu'", 'Dewi-Sari', 'Rina, S.Pd.', 'محمد', '李小龙', 'A. Budi 2']) expect(nameProblem(ok, { person: true }), ok).toBeNull()
    expect(nameProblem('123 Perpustakaan')).toBeNull() // an institution's name needs no letter rule
  })

  it('is a field message with the label', () => {
    expect(messages(nameField('Nama', { min: 3, max: 120, person: true }), '=HYPERLINK("x")')).toEqual(['Nama tidak boleh diawali tanda =, +, - atau @ (di Excel terbaca sebagai rumus). Hapus tanda itu dari awal nama.'])
    expect(messages(nameField('Nama', { min: 3, max: 120, person: true }), '  Siti Aminah ')).toEqual([])
  })
})
