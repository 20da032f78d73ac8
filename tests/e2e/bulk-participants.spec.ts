import ExcelJS from 'exceljs'
import type { Download, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { createProgram, createWaveWithJabarClass, registerParticipant } from './support/class-setup'
import { signInAs } from './support/sign-in'

// Bulk actions of the participant list (issue 12 point 12, decision 037): the Jawa Barat operator
// filters, ticks several participants, moves them to another class, withdraws them and downloads
// the export of the selection. Admin Pusat sets up a program of its own with two classes (two waves),
// so the shared demo data is not touched.

const random = (digits: number) => String(Math.floor(Math.random() * 10 ** digits)).padStart(digits, '0')

async function workbookRows(download: Download): Promise<string[][]> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer)
  const rows: string[][] = []
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  return rows
}

/** The list filtered on a search and a class, as an officer does it. */
async function filterList(page: Page, q: string, cohortId: string) {
  await page.goto('/provinsi/peserta')
  await page.getByLabel('Cari nama, nomor HP, atau 4 digit akhir NIK').fill(q)
  await page.locator('select[name=kelas]').selectOption(cohortId) // by name: the label also holds the options' text
  await page.getByRole('button', { name: 'Cari' }).click()
  await expect(page).toHaveURL(new RegExp(`kelas=${cohortId}`))
}

const table = (page: Page) => page.getByRole('table', { name: 'Daftar peserta' })
const bar = (page: Page) => page.getByTestId('bulk-bar')

test('the operator filters, ticks participants, moves them, withdraws them and exports the selection', async ({ browser }) => {
  test.setTimeout(300_000)
  const tag = `Massal ${random(6)}`
  const admin = await browser.newPage()
  await signInAs(admin, 'adminPusat')
  const programId = await createProgram(admin, `Bimtek Massal ${random(6)}`)
  const first = await createWaveWithJabarClass(admin)
  await admin.goto(`/admin/program/${programId}`)
  const second = await createWaveWithJabarClass(admin)
  for (const n of [1, 2, 3]) await registerParticipant(admin, first, `${tag} Peserta ${n}`)
  await admin.close()

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signInAs(page, 'operatorJabar')
  await filterList(page, tag, first)
  await expect(table(page).locator('tbody tr')).toHaveCount(3)
  await expect(bar(page)).toHaveCount(0)

  // Two ticked: the bar counts them; the move offers only classes taking registrations, not the filtered one.
  await table(page).getByLabel(`Pilih ${tag} Peserta 1`).check()
  await table(page).getByLabel(`Pilih ${tag} Peserta 2`).check()
  await expect(page.getByTestId('bulk-count')).toHaveText('2 dipilih')
  if (process.env.BULK_SCREENSHOTS) await page.screenshot({ path: `${process.env.BULK_SCREENSHOTS}/bulk-1280.png`, fullPage: true })
  await bar(page).getByRole('button', { name: 'Pindahkan kelas' }).click()
  const move = page.getByTestId('bulk-move')
  await expect(move.locator(`option[value="${first}"]`)).toHaveCount(0)
  await move.getByLabel('Kelas tujuan').selectOption(second)
  await move.getByRole('button', { name: 'Pindahkan 2 peserta' }).click()
  await expect(page.getByTestId('bulk-message')).toHaveText('2 peserta dipindahkan.')
  await expect(bar(page)).toHaveCount(0)

  // In the second class now: all on the page ticked, then withdrawn with a reason after a confirmation naming the count.
  await filterList(page, tag, second)
  await expect(table(page).locator('tbody tr')).toHaveCount(2)
  await page.getByLabel(/Pilih semua di halaman ini/).check()
  await expect(page.getByTestId('bulk-count')).toHaveText('2 dipilih')
  await bar(page).getByRole('button', { name: 'Undurkan' }).click()
  const withdraw = page.getByTestId('bulk-withdraw')
  await expect(withdraw.getByRole('heading')).toHaveText('Undurkan 2 peserta?')
  await withdraw.getByRole('button', { name: 'Ya, undurkan 2 peserta' }).click()
  await expect(withdraw.getByLabel('Alasan pengunduran diri')).toBeFocused() // required: the browser asks first
  await withdraw.getByLabel('Alasan pengunduran diri').fill('Bertugas di luar daerah')
  await withdraw.getByRole('button', { name: 'Ya, undurkan 2 peserta' }).click()
  await expect(page.getByTestId('bulk-message')).toHaveText('2 peserta diundurkan.')
  await expect(table(page)).toContainText('Mengundurkan diri')

  // The export of the selection: those two, with masked NIKs and their status.
  await page.getByLabel(/Pilih semua di halaman ini/).check()
  const [download] = await Promise.all([page.waitForEvent('download'), bar(page).getByRole('button', { name: 'Ekspor Excel' }).click()])
  expect(download.suggestedFilename()).toMatch(/^peserta-bimtek-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const rows = await workbookRows(download)
  expect(rows).toHaveLength(3)
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual([`${tag} Peserta 1`, `${tag} Peserta 2`])
  for (const row of rows.slice(1)) {
    expect(row[1]).toMatch(/^\d{4}\*{8}\d{4}$/)
    expect(row).toContain('Mengundurkan diri')
  }
  await expect(page.getByTestId('bulk-message')).toContainText('Ekspor 2 peserta tersimpan sebagai peserta-bimtek-')

  // Withdrawn participants are refused clearly by another withdrawal; nothing changes.
  await bar(page).getByRole('button', { name: 'Undurkan' }).click()
  await withdraw.getByLabel('Alasan pengunduran diri').fill('Sekali lagi semuanya')
  await withdraw.getByRole('button', { name: 'Ya, undurkan 2 peserta' }).click()
  await expect(withdraw.getByRole('alert')).toContainText('Tidak ada peserta terpilih yang berstatus Terdaftar')
  await withdraw.getByRole('button', { name: 'Batal' }).click()

  // The page size is kept in the address; the phone layout keeps the bar on screen.
  await page.locator('select[name=tampil]').selectOption('50')
  await page.getByRole('button', { name: 'Cari' }).click()
  await expect(page).toHaveURL(/tampil=50/)
  await page.setViewportSize({ width: 360, height: 740 })
  const list = page.getByRole('list', { name: 'Daftar peserta' })
  await list.getByLabel(`Pilih ${tag} Peserta 1`).check()
  await expect(page.getByTestId('bulk-count')).toHaveText('1 dipilih')
  const box = await bar(page).boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true)
  if (process.env.BULK_SCREENSHOTS) await page.screenshot({ path: `${process.env.BULK_SCREENSHOTS}/bulk-360.png` })
  await page.close()
})

test('Admin Pusat cannot select all of more than 2,000 matching participants: the list says to narrow the filter', async ({ page }) => {
  await signInAs(page, 'adminPusat')
  await page.goto('/admin/peserta?tampil=25')
  await page.getByLabel(/Pilih semua di halaman ini/).check()
  await expect(page.getByTestId('bulk-count')).toHaveText('25 dipilih')
  await expect(page.getByTestId('bulk-cap-note')).toContainText('lebih dari 2.000, persempit filter untuk memilih semuanya')
  await expect(page.getByRole('button', { name: /Pilih semua .* peserta yang sesuai filter/ })).toHaveCount(0)
})
