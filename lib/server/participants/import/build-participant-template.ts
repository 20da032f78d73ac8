import 'server-only'
import ExcelJS from 'exceljs'
import { COLUMN_LABEL, REQUIRED_COLUMNS } from './match-headers'

/** The downloadable template: the headers the import reads, NIK and phone columns as text, one example row. */
export async function buildParticipantTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Peserta', { views: [{ state: 'frozen', ySplit: 1 }] })
  const keys = Object.keys(COLUMN_LABEL) as (keyof typeof COLUMN_LABEL)[]
  sheet.columns = keys.map((key) => ({
    header: COLUMN_LABEL[key] + (REQUIRED_COLUMNS.includes(key) ? ' *' : ''),
    key, width: key === 'name' || key === 'institutionName' ? 30 : 20,
    // Text, so Excel never turns a NIK or a phone number into a rounded number.
    style: key === 'nik' || key === 'phone' || key === 'npp' ? { numFmt: '@' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.addRow({
    name: 'Siti Aminah', nik: '3204054507850001', sex: 'P', phone: '0812 3456 7890', email: '', birthDate: '05/07/1985',
    institutionType: 'Perpustakaan desa', institutionName: 'Perpustakaan Desa Cileunyi Kulon', npp: '',
    regency: 'Kabupaten Bandung', district: 'Cileunyi', village: 'Cileunyi Kulon',
  })
  const notes = workbook.addWorksheet('Petunjuk')
  notes.addRows([
    ['Kolom bertanda * wajib diisi. Baris contoh boleh dihapus atau ditimpa.'],
    ['NIK: 16 angka. Format kolom sebagai Teks agar Excel tidak membulatkannya.'],
    ['Nomor HP: 08… atau +62…. Tanggal lahir: 22/05/1990 atau 22 Mei 1990 (boleh kosong, dibaca dari NIK).'],
    ['Kabupaten/Kota, Kecamatan, Desa/Kelurahan: nama resmi; yang salah ketik diberi saran.'],
  ])
  notes.getColumn(1).width = 110
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
