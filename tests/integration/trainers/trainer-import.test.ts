// The Excel import of trainers: upload → per-row preview (writes nothing) → confirm (all or
// nothing, idempotent). Files are real .xlsx workbooks built with exceljs (tests/fixtures).
import { randomUUID } from 'node:crypto'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/admin/pelatih/impor/route'
import { confirmTrainerImportAction } from '@/lib/actions/confirm-trainer-import'
import type { Actor } from '@/lib/auth/actor'
import { getActor } from '@/lib/server/auth/session'
import { signPayload } from '@/lib/server/trainers/signed-payload'
import { buildTrainerTemplate } from '@/lib/server/trainers/import/build-trainer-template'
import { commitTrainerImport } from '@/lib/server/trainers/import/commit-trainer-import'
import { IMPORT_TOKEN_PURPOSE, previewTrainerImport, type ImportToken } from '@/lib/server/trainers/import/preview-trainer-import'
import { createTrainer } from '@/lib/server/trainers/create-trainer'
import { testDb } from '../../support/database'
import { createUser } from '../../support/factories'
import { expectAppError } from '../../support/scheduling-factories'
import { storedTrainer, trainerActors, trainerRowCounts } from '../../support/trainer-factories'
import {
  declaringUncompressedSize, fillTemplate, storedZip, TRAINER_HEADERS, trainerWorkbook, workbookText, type SheetRow,
} from '../../fixtures/trainer-workbooks'

// The route handler and the server action read the session; the domain functions take the actor.
vi.mock('@/lib/server/auth/session', () => ({ getActor: vi.fn() }))
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }))

let admin: Actor, operator: Actor, peserta: Actor, pelatih: Actor
beforeAll(async () => ({ admin, operator, peserta, pelatih } = await trainerActors()))
beforeEach(() => vi.mocked(getActor).mockReset())

const uniqueEmail = (local: string) => `${local}.${randomUUID().slice(0, 8)}@contoh.id`
const preview = (actor: Actor, bytes: Buffer, fileName = 'pelatih.xlsx') => previewTrainerImport(actor, { fileName, bytes })

/** Two stored trainers: one the file will change, one it repeats exactly. */
async function existingTrainers() {
  const toUpdate = await createTrainer(admin, {
    name: 'Sari Wulandari', email: uniqueEmail('sari'), phone: '0812 1111 2222', homeProvinceCode: '33', institution: 'Dinas Lama', expertise: 'Advokasi',
  })
  const same = await createTrainer(admin, {
    name: 'Joko Santoso', email: uniqueEmail('joko'), phone: '0812 3333 4444', homeProvinceCode: '35', institution: 'Perpustakaan Kota Malang', expertise: 'Literasi Digital',
  })
  return { toUpdate, same }
}

describe('the import template', () => {
  it('has the Indonesian headers and notes with the province list; empty it has no rows, filled in it previews', async () => {
    const template = await buildTrainerTemplate(['32 — Jawa Barat', '34 — Daerah Istimewa Yogyakarta'])
    const sheets = await workbookText(template)
    expect(Object.keys(sheets)).toEqual(['Pelatih', 'Petunjuk'])
    expect(sheets.Pelatih).toEqual([[...TRAINER_HEADERS]])
    expect(sheets.Petunjuk.flat()).toEqual(expect.arrayContaining(['Petunjuk pengisian', '32 — Jawa Barat', '34 — Daerah Istimewa Yogyakarta']))

    const empty = await expectAppError(preview(admin, template, 'templat-impor-pelatih.xlsx'), 'VALIDATION', 'Berkas tidak berisi baris data di bawah judul kolom.')
    expect(empty.fieldErrors).toEqual({ file: ['Berkas tidak berisi baris data di bawah judul kolom.'] })

    const email = uniqueEmail('dewi')
    const filled = await fillTemplate(template, [['Dewi Lestari', email, '0812-3456-7890', '34 — Daerah Istimewa Yogyakarta', 'Dinas Perpustakaan DIY', 'Literasi Digital, Advokasi']])
    const result = await preview(admin, filled)
    expect(result.summary).toEqual({ total: 1, NEW: 1, UPDATE: 0, UNCHANGED: 0, ERROR: 0 })
    expect(result.rows).toEqual([{ rowNumber: 2, status: 'NEW', name: 'Dewi Lestari', email, provinceName: 'Daerah Istimewa Yogyakarta', messages: [], changes: [] }])
  })
})

describe('previewTrainerImport', () => {
  it('classifies every row as new, update, unchanged or error in Indonesian, skips blank rows and writes nothing', async () => {
    const { toUpdate, same } = await existingTrainers()
    const fresh = uniqueEmail('rina')
    const rows: SheetRow[] = [
      /* 2 */ ['Rina Marlina', fresh, '0813-2222-3333', 'Jabar', 'Perpustakaan Nasional', 'Literasi Digital, Advokasi'],
      /* 3 */ ['Sari Wulandari, M.Hum.', toUpdate.email.toUpperCase(), '', 'Jawa Tengah', 'Dinas Baru', ''],
      /* 4 */ ['Joko Santoso', same.email, '', 'jawa   TIMUR', '', ''],
      /* 5 */ null,
      /* 6 */ ['   ', '', ' ', '', '', ''],
      /* 7 */ ['Tono Salah Ketik', uniqueEmail('tono'), '', 'Jawa Barta', '', ''],
      /* 8 */ ['Rina Kembar', fresh.toUpperCase(), '', '32', '', ''],
      /* 9 */ ['Ab', 'bukan-email', '12345', 'DKI', '', ''],
      /* 10 */ ['Tanpa Provinsi', uniqueEmail('tanpa'), '', '', '', ''],
    ]
    const before = await trainerRowCounts()
    const result = await preview(admin, await trainerWorkbook(rows), 'Data Pelatih 2025.xlsx')

    expect(result.fileName).toBe('Data Pelatih 2025.xlsx')
    expect(result.summary).toEqual({ total: 7, NEW: 1, UPDATE: 1, UNCHANGED: 1, ERROR: 4 })
    expect(result.rows.map((r) => [r.rowNumber, r.status, r.provinceName, r.messages, r.changes])).toEqual([
      [2, 'NEW', 'Jawa Barat', [], []],
      [3, 'UPDATE', 'Jawa Tengah', [], ['Nama', 'Instansi']],
      [4, 'UNCHANGED', 'Jawa Timur', [], []],
      [7, 'ERROR', null, ['Provinsi Asal: "Jawa Barta" tidak dikenali. Tulis nama provinsi (mis. Jawa Barat) atau kodenya (mis. 32).'], []],
      [8, 'ERROR', 'Jawa Barat', ['Email: sama dengan baris 2.'], []],
      [9, 'ERROR', 'Daerah Khusus Ibukota Jakarta', [
        'Nama: Nama minimal 3 karakter.',
        'Email: Alamat e-mail tidak valid, mis. nama@contoh.id.',
        'No HP: Nomor HP harus nomor seluler Indonesia yang valid, mis. 0812-3456-7890.',
      ], []],
      [10, 'ERROR', null, ['Provinsi Asal: wajib diisi.'], []],
    ])
    expect(result.rows[1]).toMatchObject({ name: 'Sari Wulandari, M.Hum.', email: toUpdate.email })
    // One wrong row blocks the whole file: there is nothing to confirm.
    expect(result.token).toBeNull()
    expect(await trainerRowCounts()).toEqual(before)
    expect(await storedTrainer(toUpdate.id)).toMatchObject({ name: 'Sari Wulandari', institution: 'Dinas Lama' })
  })

  it('reads columns however they are labelled and cells however Excel stores them', async () => {
    const email = uniqueEmail('budi')
    const bytes = await trainerWorkbook([
      [
        1,
        { richText: [{ text: 'Budi ' }, { text: 'Hartono', font: { bold: true } }] },
        { text: email.toUpperCase(), hyperlink: `mailto:${email}` },
        81234567890, // typed without its leading 0, stored as a number
        32,
        { formula: 'UPPER("perpusnas")', result: 'PERPUSNAS' },
        'Advokasi; Literasi Digital\nadvokasi',
      ],
    ], { headers: ['No.', 'Nama Lengkap', 'E-mail', 'No. HP (WhatsApp)', 'Provinsi*', 'Unit Kerja', 'Bidang Keahlian'], sheetName: 'Data', sheetsBefore: ['Kosong'] })
    const result = await preview(admin, bytes)
    expect(result.rows).toEqual([{ rowNumber: 2, status: 'NEW', name: 'Budi Hartono', email, provinceName: 'Jawa Barat', messages: [], changes: [] }])
    expect(await commitTrainerImport(admin, { token: result.token })).toEqual({ created: 1, updated: 0, unchanged: 0 })
    expect(await testDb().trainer.findUniqueOrThrow({ where: { email }, select: { name: true, phone: true, homeProvinceCode: true, institution: true, expertise: true, active: true } })).toEqual({
      name: 'Budi Hartono', phone: '+6281234567890', homeProvinceCode: '32', institution: 'PERPUSNAS', expertise: ['Advokasi', 'Literasi Digital'], active: true,
    })
  })

  it('explains a broken file or the wrong type of file instead of failing', async () => {
    const valid = await trainerWorkbook([['Dewi Lestari', uniqueEmail('dewi'), '', 'Jawa Barat', '', '']])
    const tooManyRows = await trainerWorkbook(Array.from({ length: 2001 }, (_, i) => [`Pelatih ${i}`, `p${i}@contoh.id`, '', '32', '', '']))
    const cases: [string, string, Buffer][] = [
      ['Berkas harus berformat Excel .xlsx. Simpan ulang berkas sebagai .xlsx atau gunakan templat.', 'pelatih.csv', Buffer.from(`${TRAINER_HEADERS.join(',')}\nDewi Lestari,dewi@contoh.id,,Jawa Barat,,\n`)],
      ['Berkas harus berformat Excel .xlsx. Simpan ulang berkas sebagai .xlsx atau gunakan templat.', 'pelatih.xls', valid],
      ['Berkas kosong.', 'pelatih.xlsx', Buffer.alloc(0)],
      ['Ukuran berkas maksimal 2 MB.', 'pelatih.xlsx', Buffer.alloc(2 * 1024 * 1024 + 1, 1)],
      ['Berkas rusak atau bukan berkas Excel .xlsx yang valid.', 'pelatih.xlsx', Buffer.from('Nama;Email\nDewi;dewi@contoh.id\n')],
      ['Berkas rusak atau bukan berkas Excel .xlsx yang valid.', 'pelatih.xlsx', valid.subarray(0, Math.floor(valid.length / 2))],
      ['Berkas rusak atau bukan berkas Excel .xlsx yang valid.', 'Surat.xlsx', storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })],
      ['Isi berkas terlalu besar untuk diimpor (lebih dari 20 MB setelah dibuka). Bagi menjadi beberapa berkas.', 'pelatih.xlsx', declaringUncompressedSize(valid, 0xfffffff0)],
      ['Kolom wajib tidak ditemukan: Email, Provinsi Asal. Gunakan templat dari halaman ini.', 'pelatih.xlsx', await trainerWorkbook([['Dewi', '0812']], { headers: ['Nama', 'Telepon'] })],
      ['Berkas berisi lebih dari 2.000 baris data. Bagi menjadi beberapa berkas.', 'pelatih.xlsx', tooManyRows],
    ]
    const before = await trainerRowCounts()
    for (const [message, fileName, bytes] of cases) {
      const error = await expectAppError(preview(admin, bytes, fileName), 'VALIDATION', message)
      expect(error.fieldErrors, fileName).toEqual({ file: [message] })
    }
    const noFile = await expectAppError(previewTrainerImport(admin, { fileName: '', bytes: 'bukan berkas' }), 'VALIDATION')
    expect(noFile.fieldErrors).toEqual({ fileName: ['Pilih berkas Excel (.xlsx).'], bytes: ['Pilih berkas Excel (.xlsx).'] })
    expect(await trainerRowCounts()).toEqual(before)
  })

  it('refuses Operator Provinsi, Pelatih Ahli and Peserta', async () => {
    const bytes = await trainerWorkbook([['Dewi Lestari', uniqueEmail('dewi'), '', 'Jawa Barat', '', '']])
    for (const actor of [operator, pelatih, peserta]) await expectAppError(preview(actor, bytes), 'FORBIDDEN')
  })
})

describe('commitTrainerImport', () => {
  it('writes nothing before confirming; confirming creates and updates in one go, audited; the same file again changes nothing', async () => {
    const { toUpdate, same } = await existingTrainers()
    const [first, second] = [uniqueEmail('ayu'), uniqueEmail('bayu')]
    const bytes = await trainerWorkbook([
      ['Ayu Lestari', first, '0813 5555 6666', 'Bali', 'Perpustakaan Provinsi Bali', 'Advokasi'],
      ['Bayu Pratama', second, '', 'NTB', '', ''],
      ['Sari Wulandari', toUpdate.email, '', 'Jawa Tengah', '', 'Advokasi, Pengelolaan Koleksi'],
      ['Joko Santoso', same.email, '0812-3333-4444', 'Jawa Timur', 'Perpustakaan Kota Malang', 'Literasi Digital'],
    ])
    const before = await trainerRowCounts()
    const previewed = await preview(admin, bytes)
    expect(previewed.summary).toEqual({ total: 4, NEW: 2, UPDATE: 1, UNCHANGED: 1, ERROR: 0 })
    expect(previewed.rows[2].changes).toEqual(['Keahlian'])
    expect(previewed.token).toEqual(expect.any(String))
    expect(await trainerRowCounts()).toEqual(before)

    // Confirmed through the server action, as the page does.
    vi.mocked(getActor).mockResolvedValue(admin)
    const form = new FormData()
    form.set('token', previewed.token!)
    const state = await confirmTrainerImportAction({ status: 'idle' }, form)
    expect(state).toEqual({ status: 'success', message: 'Impor selesai: 2 pelatih baru, 1 diperbarui, 1 tidak berubah.' })

    expect(await trainerRowCounts()).toEqual({ ...before, trainers: before.trainers + 2, audit: before.audit + 3 })
    expect(await testDb().trainer.findUniqueOrThrow({ where: { email: first }, select: { name: true, phone: true, homeProvinceCode: true, institution: true, expertise: true } })).toEqual({
      name: 'Ayu Lestari', phone: '+6281355556666', homeProvinceCode: '51', institution: 'Perpustakaan Provinsi Bali', expertise: ['Advokasi'],
    })
    expect(await testDb().trainer.findUniqueOrThrow({ where: { email: second }, select: { phone: true, homeProvinceCode: true, institution: true, expertise: true } })).toEqual({
      phone: null, homeProvinceCode: '52', institution: null, expertise: [],
    })
    // Blank cells keep what was stored.
    expect(await storedTrainer(toUpdate.id)).toEqual({
      name: 'Sari Wulandari', email: toUpdate.email, phone: '+6281211112222', homeProvinceCode: '33', institution: 'Dinas Lama',
      expertise: ['Advokasi', 'Pengelolaan Koleksi'], active: true,
    })

    const audit = await testDb().auditLog.findMany({ where: { action: 'import', actorId: admin.userId, entityId: { in: [toUpdate.id, same.id] } } })
    expect(audit).toHaveLength(1)
    expect(audit[0].before).toMatchObject({ expertise: ['Advokasi'] })
    expect(audit[0].after).toMatchObject({ expertise: ['Advokasi', 'Pengelolaan Koleksi'], fileName: 'pelatih.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const created = await testDb().trainer.findMany({ where: { email: { in: [first, second] } }, select: { id: true } })
    const createdAudit = await testDb().auditLog.findMany({ where: { action: 'import', entity: 'Trainer', entityId: { in: created.map((t) => t.id) } } })
    expect(createdAudit.map((a) => [a.actorId, a.before])).toEqual([[admin.userId, null], [admin.userId, null]])

    // The same file again: every row is unchanged and there is nothing to confirm.
    const again = await preview(admin, bytes)
    expect(again.summary).toEqual({ total: 4, NEW: 0, UPDATE: 0, UNCHANGED: 4, ERROR: 0 })
    expect(again.token).toBeNull()
    // Confirming the old preview a second time changes nothing either.
    const counts = await trainerRowCounts()
    expect(await commitTrainerImport(admin, { token: previewed.token })).toEqual({ created: 0, updated: 0, unchanged: 4 })
    expect(await trainerRowCounts()).toEqual(counts)
  })

  it('writes nothing at all when one row of the confirmed import cannot be written', async () => {
    // What a concurrent import creating the same e-mail looks like to this transaction: the second
    // insert of the address fails after the first one went through.
    const email = uniqueEmail('balapan')
    const row = (name: string) => ({ name, email, phone: null, homeProvinceCode: '32', institution: null, expertise: [] })
    const token = signPayload<ImportToken>(IMPORT_TOKEN_PURPOSE, admin.userId, {
      fileName: 'pelatih.xlsx', sha256: '0'.repeat(64), rows: [{ rowNumber: 2, data: row('Pelatih Pertama') }, { rowNumber: 3, data: row('Pelatih Kedua') }], unchanged: 0,
    }, 60_000)
    const before = await trainerRowCounts()
    await expectAppError(commitTrainerImport(admin, { token }), 'CONFLICT', 'Pratinjau impor tidak berlaku lagi. Unggah ulang berkasnya.')
    expect(await trainerRowCounts()).toEqual(before)
    expect(await testDb().trainer.count({ where: { email } })).toBe(0)
  })

  it('refuses a missing, tampered, expired or someone else\'s preview', async () => {
    const bytes = await trainerWorkbook([['Dewi Lestari', uniqueEmail('dewi'), '', 'Jawa Barat', '', '']])
    const { token } = await preview(admin, bytes)
    const [body, signature] = token!.split('.')
    const otherAdmin = (await createUser('ADMIN_PUSAT')).actor
    const expired = signPayload<ImportToken>(IMPORT_TOKEN_PURPOSE, admin.userId, { fileName: 'a.xlsx', sha256: '', rows: [], unchanged: 0 }, -1)
    const before = await trainerRowCounts()

    const missing = await expectAppError(commitTrainerImport(admin, {}), 'VALIDATION')
    expect(missing.fieldErrors).toEqual({ token: ['Unggah berkas terlebih dahulu.'] })
    for (const [actor, forged] of [
      [admin, `${body}x.${signature}`], [admin, `${body}.${signature.slice(1)}`], [admin, `${body}.${signature}.extra`], [admin, 'bukan-token'],
      [admin, expired], [otherAdmin, token!],
    ] as const) {
      await expectAppError(commitTrainerImport(actor, { token: forged }), 'VALIDATION', 'Pratinjau impor tidak berlaku lagi. Unggah ulang berkasnya.')
    }
    for (const actor of [operator, pelatih, peserta]) await expectAppError(commitTrainerImport(actor, { token }), 'FORBIDDEN')
    expect(await trainerRowCounts()).toEqual(before)
  })
})

describe('the upload route', () => {
  const upload = (file: Blob | string | null, fileName = 'pelatih.xlsx', headers: Record<string, string> = {}) => {
    const form = new FormData()
    if (typeof file === 'string') form.set('file', file)
    else if (file) form.set('file', file, fileName)
    return POST(new Request('http://localhost/api/admin/pelatih/impor', { method: 'POST', body: form, headers }))
  }
  const xlsx = (bytes: Buffer) => new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })

  it('answers the preview as JSON to Admin Pusat, writing nothing', async () => {
    vi.mocked(getActor).mockResolvedValue(admin)
    const email = uniqueEmail('dewi')
    const before = await trainerRowCounts()
    const response = await upload(xlsx(await trainerWorkbook([['Dewi Lestari', email, '', 'Jawa Barat', '', '']])))
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({ fileName: 'pelatih.xlsx', summary: { total: 1, NEW: 1 }, rows: [{ rowNumber: 2, status: 'NEW', email }], token: expect.any(String) })
    expect(await trainerRowCounts()).toEqual(before)
  })

  it('answers a message, never a crash, for a missing or broken file', async () => {
    vi.mocked(getActor).mockResolvedValue(admin)
    for (const [file, fileName, status, message] of [
      [null, 'pelatih.xlsx', 400, 'Pilih berkas Excel (.xlsx).'],
      ['teks biasa', 'pelatih.xlsx', 400, 'Pilih berkas Excel (.xlsx).'],
      [new Blob(['Nama,Email\n']), 'pelatih.csv', 400, 'Berkas harus berformat Excel .xlsx. Simpan ulang berkas sebagai .xlsx atau gunakan templat.'],
      [new Blob(['bukan excel']), 'pelatih.xlsx', 400, 'Berkas rusak atau bukan berkas Excel .xlsx yang valid.'],
    ] as const) {
      const response = await upload(file, fileName)
      expect(response.status, fileName).toBe(status)
      expect(await response.json()).toEqual({ message })
    }
    const tooLarge = await upload(new Blob(['x']), 'pelatih.xlsx', { 'content-length': String(3 * 1024 * 1024) })
    expect(tooLarge.status).toBe(413)
    expect(await tooLarge.json()).toEqual({ message: 'Ukuran berkas maksimal 2 MB.' })
  })

  it('refuses a signed-out visitor and every role but Admin Pusat', async () => {
    const bytes = xlsx(await trainerWorkbook([['Dewi Lestari', uniqueEmail('dewi'), '', 'Jawa Barat', '', '']]))
    vi.mocked(getActor).mockResolvedValue(null)
    const signedOut = await upload(bytes)
    expect(signedOut.status).toBe(401)
    expect(await signedOut.json()).toEqual({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' })
    for (const actor of [operator, pelatih, peserta]) {
      vi.mocked(getActor).mockResolvedValue(actor)
      const response = await upload(bytes)
      expect(response.status).toBe(403)
      expect(await response.json()).toEqual({ message: 'Anda tidak berwenang mengimpor pelatih.' })
    }
  })
})
