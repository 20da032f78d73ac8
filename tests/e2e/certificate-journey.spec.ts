import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Download, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { zipEntries } from '../support/zip-entries'
import { createProgram, createWaveWithJabarClass, registerParticipant } from './support/class-setup'
import { signInAs, signInAsParticipant } from './support/sign-in'

// The certificate journey of issue 11, all through the UI on either database: Admin Pusat sets up a
// program (80 % of the JP, no post-test) with a certificate design, a class of today in Jawa Barat
// and a participant, records the attendance by correction and issues the class's certificates. The
// participant downloads theirs: the PDF holds their name and number, its QR code decodes to the
// verification address and its signature verifies. The verification page says valid; the Jawa Barat
// operator downloads the class's ZIP; Admin Pusat revokes the certificate and the page says revoked.

test.describe.configure({ mode: 'serial' })

const tag = Date.now().toString(36).toUpperCase()
const NAME = `Rahmawati Journey ${tag}`
let workDir: string
let setup: { cohortId: string; phone: string; accessCode: string; number: string; code: string }

test.beforeAll(() => { workDir = mkdtempSync(path.join(tmpdir(), 'sertifikat-e2e-')) })
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

async function saved(download: Download, name: string) {
  const file = path.join(workDir, name)
  await download.saveAs(file)
  return file
}

/** Every session of the participant marked Hadir by an officer's correction (the class is today: no trainer has marked yet). */
async function markAllPresent(page: Page, cohortId: string) {
  await page.goto(`/admin/kelas/${cohortId}/presensi`)
  const cells = page.getByRole('link', { name: new RegExp(`^Koreksi ${NAME}, S\\d+ `) })
  const hrefs = await cells.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of hrefs) {
    await page.goto(href)
    await page.locator('label').filter({ hasText: /^[A-Z]Hadir$/ }).click()
    await page.getByLabel('Alasan koreksi (wajib)').fill('Daftar hadir kertas diserahkan pelatih (uji e2e)')
    await page.getByRole('button', { name: 'Simpan koreksi' }).click()
    await expect(page.getByTestId('form-message')).toHaveText('Koreksi kehadiran disimpan.')
  }
}

test('Admin Pusat sets up a class, records its attendance and issues its certificates', async ({ page }) => {
  test.setTimeout(180_000)
  page.on('dialog', (dialog) => dialog.accept())
  await signInAs(page, 'adminPusat')
  const programId = await createProgram(page, `Bimtek Sertifikat Perjalanan ${tag}`, { postTestRequired: false })

  await page.goto(`/admin/program/${programId}/sertifikat`)
  await page.getByLabel('Pola nomor').fill(`{seq}/SERT/JRN-${tag}/{province}/{month}/{year}`)
  await page.getByLabel('Nama penanda tangan').fill('Dr. Penanda Tangan Perjalanan')
  await page.getByRole('button', { name: 'Simpan desain' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('Desain sertifikat disimpan.')

  await page.goto(`/admin/program/${programId}`)
  const cohortId = await createWaveWithJabarClass(page)
  const { phone, accessCode } = await registerParticipant(page, cohortId, NAME)

  // Before the attendance: not eligible, with the reason in words.
  await page.goto(`/admin/kelas/${cohortId}/sertifikat`)
  const row = page.getByTestId('eligibility-row').filter({ hasText: NAME })
  await expect(row).toContainText(/kehadiran 0 dari \d+ JP \(0 %\) < 80 %/)

  await markAllPresent(page, cohortId)
  await page.goto(`/admin/kelas/${cohortId}/sertifikat`)
  await expect(row).toContainText('Memenuhi syarat')
  await page.getByRole('link', { name: 'Terbitkan sertifikat' }).click()
  await expect(page.getByTestId('issue-preview')).toContainText(NAME)
  await page.getByRole('button', { name: 'Konfirmasi: terbitkan 1 sertifikat' }).click()
  await expect(page.getByTestId('form-message')).toContainText('1 sertifikat diterbitkan')
  const number = (await page.getByTestId('certificate-row').filter({ hasText: NAME }).locator('td').first().textContent())!.trim()
  expect(number).toMatch(new RegExp(`^0001/SERT/JRN-${tag}/32/[IVX]+/\\d{4}$`))

  // The preview, read again after the issue, offers nothing more to issue.
  await page.reload()
  await expect(page.getByTestId('issue-preview')).toContainText('Sudah memiliki sertifikat')
  await expect(page.getByTestId('issue-preview')).toContainText('Tidak ada sertifikat baru untuk diterbitkan.')
  await expect(page.getByRole('button', { name: /^Konfirmasi/ })).toHaveCount(0)
  setup = { cohortId, phone, accessCode, number, code: '' }
})

test('the participant downloads their certificate: name and number in the text, QR to the verification page, a valid signature', async ({ browser, baseURL }) => {
  test.setTimeout(90_000)
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, acceptDownloads: true })
  const page = await phone.newPage()
  await signInAsParticipant(page, setup.phone, setup.accessCode)
  await expect(page).toHaveURL(/\/peserta$/)
  // The program does not require a post-test: no pass mark is shown as if it counted.
  await expect(page.getByText('Bukan syarat sertifikat')).toBeVisible()
  await expect(page.getByText(/Nilai lulus/)).toHaveCount(0)
  const block = page.getByTestId('participant-certificate').filter({ hasText: setup.number })
  await expect(block.getByTestId('certificate-number')).toHaveText(setup.number)
  const downloading = page.waitForEvent('download')
  await block.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`${setup.number.replaceAll('/', '-')} ${NAME}.pdf`)
  const file = await saved(download, 'sertifikat.pdf')

  const text = run('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ')
  expect(text).toContain(NAME)
  expect(text).toContain(setup.number)
  expect(text).toContain('Dr. Penanda Tangan Perjalanan')
  run('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', file, path.join(workDir, 'halaman')])
  const png = readdirSync(workDir).find((f) => f.startsWith('halaman') && f.endsWith('.png'))!
  const qr = run('zbarimg', ['--quiet', '--raw', path.join(workDir, png)]).trim()
  expect(qr).toMatch(new RegExp(`^${baseURL}/v/[34679ACEFGHJKMNPRTWXY]{12}$`))
  expect(run('pdfsig', [file])).toContain('Signature is Valid.')

  setup.code = qr.split('/').at(-1)!
  await page.screenshot({ path: 'test-results/certificates/participant-390.png', fullPage: true })
  await phone.close()
})

test('anyone verifies the certificate; the operator downloads the class ZIP; after revocation the page says revoked', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000)
  const visitor = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } })
  const v = await visitor.newPage()
  await v.goto(`/v/${setup.code}`)
  await expect(v.getByTestId('verification-status')).toHaveText('Sertifikat SAH')
  await expect(v.getByText(setup.number)).toBeVisible()
  await expect(v.getByText(NAME)).toBeVisible()
  await v.screenshot({ path: 'test-results/certificates/verification-360.png', fullPage: true })

  // The Jawa Barat operator downloads the class's certificates as one ZIP, with progress on the page.
  await signInAs(page, 'operatorJabar')
  await page.goto(`/provinsi/kelas/${setup.cohortId}`)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Unduh semua (ZIP)' }).click()
  const zip = readFileSync(await saved(await downloading, 'kelas.zip'))
  await expect(page.getByRole('status').filter({ hasText: 'tersimpan sebagai' })).toContainText('1 sertifikat tersimpan sebagai')
  const entries = await zipEntries(zip)
  expect(entries.map((e) => e.name)).toEqual([`${setup.number.replaceAll('/', '-')} ${NAME}.pdf`])
  expect(entries[0].bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  // Admin Pusat revokes it with a reason.
  const admin = await browser.newPage()
  admin.on('dialog', (dialog) => dialog.accept())
  await signInAs(admin, 'adminPusat')
  await admin.goto(`/admin/kelas/${setup.cohortId}/sertifikat`)
  const revoke = admin.getByTestId('certificate-row').filter({ hasText: NAME }).getByTestId('revoke-certificate')
  await revoke.getByText('Cabut', { exact: true }).click()
  await revoke.getByRole('textbox').fill('Nama tertulis keliru pada berkas')
  await revoke.getByRole('button', { name: 'Cabut sertifikat' }).click()
  await expect(admin.getByTestId('certificate-row').filter({ hasText: NAME })).toContainText('Dicabut')
  await admin.close()

  await v.reload()
  await expect(v.getByTestId('verification-status')).toHaveText('Sertifikat DICABUT')
  await expect(v.getByText(setup.number)).toBeVisible()
  await visitor.close()
})
