import 'server-only'
import ExcelJS from 'exceljs'
import { TEMPLATE_HEADERS } from './read-trainer-workbook'

/** The .xlsx template for the trainer import: the Indonesian headers on an empty sheet, and a sheet of notes. */
export async function buildTrainerTemplate(provinceNames: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Bimtek TPBIS'
  const sheet = workbook.addWorksheet('Pelatih')
  sheet.columns = [
    { header: TEMPLATE_HEADERS.name, key: 'name', width: 32 },
    { header: TEMPLATE_HEADERS.email, key: 'email', width: 32 },
    // Text, so Excel keeps the leading 0 of 0812…
    { header: TEMPLATE_HEADERS.phone, key: 'phone', width: 18, style: { numFmt: '@' } },
    { header: TEMPLATE_HEADERS.province, key: 'province', width: 26 },
    { header: TEMPLATE_HEADERS.institution, key: 'institution', width: 36 },
    { header: TEMPLATE_HEADERS.expertise, key: 'expertise', width: 40 },
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]

  const notes = workbook.addWorksheet('Petunjuk')
  notes.columns = [{ width: 100 }]
  for (const line of [
    'Petunjuk pengisian',
    '• Isi satu pelatih per baris di lembar "Pelatih", mulai baris 2.',
    '• Contoh baris: Dewi Lestari | dewi.lestari@contoh.id | 0812-3456-7890 | Jawa Barat | Dinas Perpustakaan Provinsi Jawa Barat | Literasi Digital, Advokasi',
    '• Kolom wajib: Nama, Email, Provinsi Asal. No HP, Instansi dan Keahlian boleh kosong.',
    '• Email dipakai untuk mengenali pelatih: pelatih dengan email yang sudah terdaftar akan diperbarui.',
    '• Kolom yang dikosongkan tidak menghapus data yang sudah tersimpan.',
    '• Keahlian dipisahkan dengan koma, mis. "Literasi Digital, Advokasi".',
    '• Provinsi Asal ditulis dengan nama (mis. "Jawa Barat", "DKI Jakarta", "DIY") atau kode dua angka (mis. 32).',
    '',
    'Daftar provinsi:',
    ...provinceNames,
  ]) notes.addRow([line])
  notes.getRow(1).font = { bold: true }

  return Buffer.from(await workbook.xlsx.writeBuffer())
}
