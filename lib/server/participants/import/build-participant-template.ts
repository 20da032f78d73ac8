import 'server-only'
import ExcelJS from 'exceljs'
import { COLUMN_LABEL, REQUIRED_COLUMNS, type ParticipantColumn } from './match-headers'
import { TEMPLATE_EXAMPLE } from './template-example'

// The downloadable template: the sheet "Peserta" with the headers the import reads and nothing
// else, so an untouched template imports as zero rows; the example person on the sheet "Contoh" and
// the instructions on "Petunjuk", both of which the reader skips (issue 12). NIK, phone and NPP
// columns are Text, so Excel never turns a NIK or a phone number into a rounded number.

const HINT: Partial<Record<ParticipantColumn, string>> = {
  nik: '16 angka, kolom berformat Teks',
  phone: '08… atau +62…',
  sex: 'L atau P (boleh kosong: dibaca dari NIK)',
  birthDate: '22/05/1990 atau 22 Mei 1990 (boleh kosong: dibaca dari NIK)',
  institutionType: 'mis. Perpustakaan desa, TBM, atau Perpustakaan Desa/Kelurahan',
  regency: 'nama resmi, mis. Kabupaten Bandung atau Kota Bandung',
}

function addParticipantSheet(workbook: ExcelJS.Workbook, name: string, withNotes: boolean) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const keys = Object.keys(COLUMN_LABEL) as ParticipantColumn[]
  sheet.columns = keys.map((key) => ({
    header: COLUMN_LABEL[key] + (REQUIRED_COLUMNS.includes(key) ? ' *' : ''),
    key, width: key === 'name' || key === 'institutionName' ? 30 : 20,
    style: key === 'nik' || key === 'phone' || key === 'npp' ? { numFmt: '@' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  // A note on each header: shown when the cell is hovered or selected, never read as a row.
  if (withNotes) keys.forEach((key, i) => { sheet.getRow(1).getCell(i + 1).note = `Contoh: ${TEMPLATE_EXAMPLE[key] || '(kosong)'}${HINT[key] ? `\n${HINT[key]}` : ''}` })
  return sheet
}

export async function buildParticipantTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  addParticipantSheet(workbook, 'Peserta', true)
  addParticipantSheet(workbook, 'Contoh', false).addRow(TEMPLATE_EXAMPLE)
  const notes = workbook.addWorksheet('Petunjuk')
  notes.addRows([
    ['Isi satu peserta per baris di sheet "Peserta", mulai baris 2. Sheet "Contoh" dan "Petunjuk" tidak ikut diimpor.'],
    ['Kolom bertanda * wajib diisi.'],
    ['NIK: 16 angka. Format kolom sebagai Teks agar Excel tidak membulatkannya.'],
    ['Nomor HP: 08… atau +62…. Tanggal lahir: 22/05/1990 atau 22 Mei 1990 (boleh kosong, dibaca dari NIK).'],
    ['Jenis lembaga "Perpustakaan Desa/Kelurahan" ditentukan dari kolom Desa/Kelurahan.'],
    ['Kabupaten/Kota, Kecamatan, Desa/Kelurahan: nama resmi; ejaan lain yang jelas maksudnya disesuaikan, yang salah ketik diberi saran.'],
  ])
  notes.getColumn(1).width = 110
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
