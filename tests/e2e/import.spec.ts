import ExcelJS from 'exceljs'
import type { Browser, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { createProgram, createWaveWithClass, createWaveWithJabarClass } from './support/class-setup'
import { signInAs } from './support/sign-in'

// Journey 2 and 4: the Kalimantan Timur operator imports the Excel list they keep (row errors explained,
// nothing written until they confirm, the same file again changes nothing), gives the new
// participant an access code and a sign-in link, and the participant signs in with either; then
// withdraws them. Each test imports into a class of its own (openKaltimClass).

const random = (digits: number) => String(Math.floor(Math.random() * 10 ** digits)).padStart(digits, '0')

/** A plausible Kota Samarinda NIK, unique per run (a woman born 1970–1999). */
const kaltimNik = () =>
  `647201${41 + Math.floor(Math.random() * 28)}${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${70 + Math.floor(Math.random() * 30)}${String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0')}`

async function participantFile(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Daftar')
  sheet.addRow(['Nama Lengkap', 'NIK', 'L/P', 'No. WA', 'Jenis Perpustakaan', 'Nama Perpustakaan', 'Kab/Kota'])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * A class of its own in Kalimantan Timur that takes registrations, made by Admin Pusat in another
 * browser (the demo's Kalimantan Timur classes of 2024 are finished and take none, decision 034).
 */
async function openKaltimClass(browser: Browser): Promise<string> {
  const admin = await browser.newContext()
  const page = await admin.newPage()
  await signInAs(page, 'adminPusat')
  await createProgram(page, `Program Impor ${random(6)}`)
  const cohortId = await createWaveWithClass(page, 'Kalimantan Timur')
  await admin.close()
  return cohortId
}

async function upload(page: Page, cohortId: string, file: Buffer) {
  await page.goto('/provinsi/peserta/impor')
  await page.locator('select[name=cohortId]').selectOption(cohortId)
  await page.locator('input[name=file]').setInputFiles({ name: 'daftar-peserta-kaltim.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click()
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan impor' })).toBeVisible({ timeout: 20_000 })
}

test('import with row errors, confirm, re-import is a no-op, then the participant signs in by link and by code', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const cohortId = await openKaltimClass(browser)
  await signInAs(page, 'operatorKaltim')
  const name = `Impor Uji ${random(8)}`
  const phone = `0813${random(8)}`
  const file = await participantFile([
    [name, kaltimNik(), 'P', phone, 'TBM', 'TBM Pelangi Uji', 'Kota Samarinda'],
    ['Baris NIK Salah', '3204', 'L', `0813${random(8)}`, 'TBM', 'TBM Uji', 'Kota Samarinda'],
    ['=HYPERLINK("http://contoh.id","klik")', kaltimNik(), 'L', phone, 'Perpustakaan desa', 'Perpustakaan Desa Uji', 'Kota Samarinda'],
  ])

  // Every row checked, with its reason; nothing saved yet.
  await upload(page, cohortId, file)
  const rows = page.getByTestId('import-row')
  await expect(rows).toHaveCount(3)
  await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'NEW')
  await expect(rows.filter({ hasText: 'Baris NIK Salah' })).toHaveAttribute('data-status', 'ERROR')
  await expect(rows.filter({ hasText: 'Baris NIK Salah' })).toContainText('NIK')
  // What the officer typed, not "*****" (issue 12).
  await expect(rows.filter({ hasText: 'Baris NIK Salah' }).getByTestId('import-row-nik')).toHaveText('3204 (seperti diketik)')
  // A name that a spreadsheet would run as a formula is refused (issue 12).
  await expect(rows.filter({ hasText: 'HYPERLINK' })).toHaveAttribute('data-status', 'ERROR')
  await expect(rows.filter({ hasText: 'HYPERLINK' })).toContainText('tidak boleh diawali tanda =, +, - atau @')
  await expect(page.getByTestId('import-capacity')).toContainText('Kuota cukup.')
  await page.goto('/provinsi/peserta?q=' + encodeURIComponent(name))
  await expect(page.getByRole('table', { name: 'Daftar peserta' })).toHaveCount(0)
  await page.goBack()

  // Confirm without the problem rows.
  await page.getByText(/Lewati 2 baris bermasalah/).click()
  await page.getByRole('button', { name: 'Simpan 1 peserta' }).click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  // The same file again: nothing new to save.
  await upload(page, cohortId, file)
  await expect(page.getByTestId('import-nothing')).toBeVisible()
  await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'UNCHANGED')

  // The officer ends that preview without saving: its rows are gone, the page says so.
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Batalkan impor' }).click()
  await expect(page.getByTestId('import-cancelled')).toContainText('tidak ada peserta yang disimpan')
  await expect(rows).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('import-cancelled')).toBeVisible()
  await page.goto('/provinsi/peserta/impor')
  await expect(page.getByText(/dibatalkan/).first()).toBeVisible()

  // The list shows the imported participant; the officer issues their access.
  await page.goto('/provinsi/peserta')
  await page.getByRole('searchbox', { name: /Cari nama/ }).fill(name)
  await page.getByRole('button', { name: 'Cari' }).click()
  await page.getByRole('table', { name: 'Daftar peserta' }).getByRole('link', { name }).click()
  await expect(page).toHaveURL(/\/provinsi\/peserta\/[0-9a-f-]{36}$/)
  const detailUrl = page.url()
  await page.getByRole('button', { name: 'Buat kode akses' }).click()
  const code = (await page.getByTestId('issued-code').textContent())!
  const link = await page.getByTestId('sign-in-link').inputValue()
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
  expect(link).toMatch(/\/masuk\/tautan\/[A-Za-z0-9_-]{56}$/)
  const wa = new URL((await page.getByTestId('whatsapp-link').getAttribute('href'))!)
  expect(wa.host).toBe('wa.me')
  expect(wa.searchParams.get('text')).toContain(link)

  // The participant opens the link on their phone…
  const viaLink = await browser.newContext()
  const linkPage = await viaLink.newPage()
  await linkPage.goto(new URL(link).pathname)
  await expect(linkPage).toHaveURL(/\/peserta$/)
  await expect(linkPage.getByTestId('signed-in-user')).toContainText(name)
  await viaLink.close()
  // …or signs in with phone and code, typed loosely.
  const viaCode = await browser.newContext()
  const codePage = await viaCode.newPage()
  await codePage.goto('/masuk')
  await codePage.getByRole('tab', { name: 'Peserta' }).click()
  await codePage.getByLabel('Nomor HP / WhatsApp').fill(phone)
  await codePage.getByLabel('Kode akses').fill(code.toLowerCase().replace('-', ' '))
  await codePage.getByRole('button', { name: 'Masuk', exact: true }).click()
  await expect(codePage).toHaveURL(/\/peserta$/)
  await viaCode.close()

  // The participant drops out: the officer withdraws them with a reason.
  await page.goto(detailUrl)
  await page.locator('input[name=reason]').fill('Data uji otomatis')
  await page.getByRole('button', { name: 'Undurkan dari kelas' }).click()
  await expect(page.getByText('Alasan: Data uji otomatis')).toBeVisible()
})

test('a forged sign-in link is refused in Indonesian', async ({ page }) => {
  await page.goto(`/masuk/tautan/${'A'.repeat(56)}`)
  await expect(page.getByTestId('link-error')).toContainText('Tautan ini tidak berlaku lagi')
  await expect(page).toHaveURL(/\/masuk\/tautan\//)
})

test('a file of thousands of rows shows how far the check has come, then its preview, which the officer cancels', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const cohortId = await openKaltimClass(browser)
  await signInAs(page, 'operatorKaltim')
  await page.goto('/provinsi/peserta/impor')
  const rows = Array.from({ length: 4000 }, (_, i) => [`Peserta Besar ${i + 1}`, kaltimNik(), 'P', `0813${random(8)}`, 'TBM', 'TBM Uji', 'Kota Samarinda'])
  const file = await participantFile(rows)

  await page.locator('select[name=cohortId]').selectOption(cohortId)
  await page.locator('input[name=file]').setInputFiles({ name: 'daftar-besar.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })
  // Every text the progress line shows, kept on the window (the preview opens by client navigation).
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { progressSeen: seen })
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=upload-progress] p')?.textContent
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click()
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan impor' })).toBeVisible({ timeout: 30_000 })
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
  const checking = seen.filter((text) => /^Memeriksa baris [\d.]+ dari 4\.000…$/.test(text))
  expect(checking.length, `progress lines seen: ${seen.join(' | ')}`).toBeGreaterThanOrEqual(2)
  await expect(page.getByTestId('import-row')).toHaveCount(100) // the first page of 4,000 rows
  await expect(page.getByText('Semua (4.000)')).toBeVisible()

  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Batalkan impor' }).click()
  await expect(page.getByTestId('import-cancelled')).toBeVisible()

  // Reloading in the middle of the check loses nothing: the server finishes, the preview is listed.
  await page.goto('/provinsi/peserta/impor')
  await page.locator('select[name=cohortId]').selectOption(cohortId)
  await page.locator('input[name=file]').setInputFiles({ name: 'daftar-besar-ulang.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click()
  // Mid-check: rows being checked or their results being stored (a warm second run may go straight
  // to storing); either way the preview does not exist yet.
  await expect(page.getByTestId('upload-progress')).toContainText(/Memeriksa baris|Menyimpan hasil pemeriksaan/)
  await expect(page).toHaveURL(/\/provinsi\/peserta\/impor$/)
  await page.reload()
  // The newest upload of that name (a retried run has listed an earlier one too).
  const listed = page.getByTestId('recent-imports').getByRole('listitem').filter({ hasText: 'daftar-besar-ulang.xlsx' }).first()
  await expect(async () => {
    await page.reload()
    await expect(listed).toContainText('menunggu konfirmasi', { timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  await expect(listed).toContainText('4.000 baris')
  await listed.getByRole('link').click()
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Batalkan impor' }).click()
  await expect(page.getByTestId('import-cancelled')).toBeVisible()
})

/** A plausible Kecamatan Cileunyi (Kabupaten Bandung) NIK, unique per run (a man born 1970–1999). */
const jabarNik = () =>
  `320405${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${70 + Math.floor(Math.random() * 30)}${String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0')}`

test('a file bigger than the class: the preview shows the places left and the choices, real spellings and warnings (issue 12)', async ({ page }) => {
  test.setTimeout(180_000)
  await signInAs(page, 'adminPusat')
  const programName = `Program Kuota ${random(6)}`
  await createProgram(page, programName)
  const cohortId = await createWaveWithJabarClass(page)
  await page.getByLabel('Kuota peserta').fill('2')
  await page.locator('form').filter({ has: page.getByLabel('Kuota peserta') }).getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByTestId('form-message')).toContainText('disimpan')

  const tag = random(6)
  const file = await participantFile([
    [`Rina Kodya ${tag}`, jabarNik(), 'P', `0813${random(8)}`, 'TBM', 'TBM Geger', 'Kodya Bandung'],
    [`Dewi Pindahan ${tag}`, kaltimNik(), 'P', `0813${random(8)}`, 'Perpustakaan desa', 'Perpustakaan Desa Cinunuk', 'Kab.Bandung'],
    [`Budi Ketiga ${tag}`, jabarNik(), 'L', `0813${random(8)}`, 'TBM', 'TBM Cahaya', 'Kabupaten Bandung'],
    [`Ani NIK Salah ${tag}`, '3204 0512', 'P', `0813${random(8)}`, 'TBM', 'TBM Salah', 'Kabupaten Bandung'],
  ])
  const upload = async () => {
    await page.goto('/admin/peserta/impor')
    await page.locator('select[name=cohortId]').selectOption(cohortId)
    await page.locator('input[name=file]').setInputFiles({ name: 'daftar-kuota.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click()
    await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan impor' })).toBeVisible({ timeout: 20_000 })
  }
  await upload()

  // The places left against the rows to enrol, and the three ways out.
  const capacity = page.getByTestId('import-capacity')
  await expect(capacity).toContainText('Kuota tidak cukup untuk semua baris')
  await expect(capacity).toContainText('sisa 2 tempat (kuota 2, terisi 0)')
  await expect(capacity).toContainText('Berkas ini akan mendaftarkan 3 peserta')
  await expect(capacity).toContainText('1 peserta tidak muat (baris 4')
  await expect(capacity.getByRole('button', { name: 'Pindahkan ke kelas ini' })).toBeVisible()
  await expect(capacity.getByTestId('raise-quota-form').getByLabel('Kuota kelas')).toHaveValue('3')
  const rows = page.getByTestId('import-row')
  await expect(rows.filter({ hasText: 'Budi Ketiga' })).toContainText('Tidak muat kuota')
  // Real spellings taken and shown as adjusted; a NIK of another province warned; a bad NIK as typed.
  await expect(rows.filter({ hasText: 'Rina Kodya' })).toHaveAttribute('data-status', 'NEW')
  await expect(rows.filter({ hasText: 'Rina Kodya' }).getByTestId('import-row-adjusted')).toHaveText('disesuaikan Kabupaten/Kota: "Kodya Bandung" → Kota Bandung')
  await expect(rows.filter({ hasText: 'Dewi Pindahan' }).getByTestId('import-row-warning')).toContainText('NIK diterbitkan di Provinsi Kalimantan Timur, bukan di Provinsi Jawa Barat')
  await expect(rows.filter({ hasText: 'Ani NIK Salah' }).getByTestId('import-row-nik')).toHaveText('3204 0512 (seperti diketik)')

  // Move the preview to another class of the province and back: the rows are classified there again.
  const move = page.getByTestId('move-import-form')
  await expect(move.getByRole('radio').first()).toBeChecked()
  await expect(move.getByRole('radio', { name: new RegExp(programName) })).toHaveCount(0)
  await move.getByRole('button', { name: 'Pindahkan ke kelas ini' }).click()
  await expect(page.getByText(/^Pratinjau dipindahkan ke /)).toBeVisible()
  const back = page.getByTestId('move-import-form')
  if (await back.count()) {
    await back.getByRole('radio', { name: new RegExp(programName) }).check()
    await back.getByRole('button', { name: 'Pindahkan ke kelas ini' }).click()
  } else {
    // The other class had room for all: the choices are gone; move back from the upload page instead.
    await upload()
  }
  await expect(page.getByTestId('import-capacity')).toContainText('sisa 2 tempat (kuota 2, terisi 0)')

  // Save the rows that fit, in file order; the rest stays listed.
  await page.getByText(/Lewati 1 baris bermasalah/).click()
  await page.getByRole('button', { name: 'Simpan 2 peserta yang muat' }).click()
  await expect(page.getByTestId('import-done')).toContainText('1 baris tidak muat kuota dan tidak disimpan')
  await page.getByRole('link', { name: /Tidak muat kuota \(1\)/ }).click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Budi Ketiga')

  // The same file again: the two saved rows are unchanged, the third still does not fit; Admin Pusat raises the quota.
  await upload()
  await expect(rows.filter({ hasText: 'Rina Kodya' })).toHaveAttribute('data-status', 'UNCHANGED')
  const raise = page.getByTestId('raise-quota-form')
  await expect(raise.getByLabel('Kuota kelas')).toHaveValue('3')
  await raise.getByRole('button', { name: 'Simpan kuota' }).click()
  await expect(page.getByTestId('import-capacity')).toContainText('Kuota cukup.')
  await page.getByText(/Lewati 1 baris bermasalah/).click()
  await page.getByRole('button', { name: 'Simpan 1 peserta' }).click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  // The warning is kept with the participant whose NIK another province issued.
  await page.goto(`/admin/peserta?q=${encodeURIComponent(`Dewi Pindahan ${tag}`)}`)
  await page.getByRole('table', { name: 'Daftar peserta' }).getByRole('link', { name: `Dewi Pindahan ${tag}` }).click()
  await expect(page.getByTestId('nik-warning')).toContainText('NIK diterbitkan di Provinsi Kalimantan Timur, bukan di Provinsi Jawa Barat')
})
