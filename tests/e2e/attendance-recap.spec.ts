import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Download, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// An officer's attendance recap: the Jawa Barat operator opens a cohort's recap on a phone, corrects
// one mark with a reason (a correction without one is refused first), downloads the recap as Excel
// and the daftar hadir of a session as PDF, blank and filled. Screenshots at 390 and 1280 px go to
// test-results/attendance-recap/ for a person to look at.

const SHOTS = path.join('test-results', 'attendance-recap')

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function pdfText(pdf: Buffer, name: string): string {
  mkdirSync(SHOTS, { recursive: true })
  const file = path.join(SHOTS, name)
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, name), fullPage })
}

/** Nothing on the page is wider than the phone: only the recap table scrolls sideways, inside its box (and the main menu, in its own bar). */
async function expectNoPageOverflow(page: Page) {
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1 && !el.closest('[role=region]') && !el.closest('nav'))
      .slice(0, 5).map((el) => `${el.tagName}.${el.className}`.slice(0, 120))
  })
  expect(wide).toEqual([])
}

test('an operator corrects a mark from the cohort recap and downloads the recap and the daftar hadir', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAs(page, 'operatorJabar')
  await page.goto('/provinsi/kelas')
  await page.getByRole('link', { name: 'Kelas Jawa Barat' }).first().click()
  await page.getByRole('link', { name: 'Rekap presensi' }).click()
  await expect(page.getByRole('heading', { name: /^Rekap presensi Kelas Jawa Barat/ })).toBeVisible()
  const table = page.getByTestId('attendance-recap')
  await expect(table).toBeVisible()
  await expect(page.getByText('Geser tabel ke samping untuk melihat semua sesi →')).toBeVisible()
  await expectNoPageOverflow(page)
  await shot(page, 'recap-390.png')
  await table.scrollIntoViewIfNeeded()
  await shot(page, 'recap-390-table.png')

  // The name column stays put while the sessions scroll sideways.
  const firstName = table.locator('tbody th').first()
  const before = (await firstName.boundingBox())!
  await page.getByRole('region', { name: 'Tabel rekap kehadiran' }).evaluate((el) => el.scrollBy({ left: 400 }))
  await expect.poll(async () => (await firstName.boundingBox())!.x).toBe(before.x)

  // Open the first participant's first session.
  const cell = table.getByRole('link', { name: /^Koreksi .+, S1 / }).first()
  const participant = /^Koreksi (.+), S1 /.exec((await cell.getAttribute('aria-label'))!)![1]
  await cell.click()
  await expect(page.getByRole('heading', { name: `Koreksi kehadiran: ${participant}` })).toBeVisible()
  const current = page.getByTestId('current-mark')
  const wasIzin = (await current.textContent())!.includes('Izin')
  const target = wasIzin ? 'Sakit' : 'Izin'

  // Without a reason: refused, nothing changes.
  await page.locator('label').filter({ hasText: new RegExp(`^[A-Z]${target}$`) }).click()
  await page.getByRole('button', { name: 'Simpan koreksi' }).click()
  await expect(page.getByText(/Alasan koreksi wajib diisi/).first()).toBeVisible()
  await expect(current).not.toContainText('Koreksi petugas')

  await page.getByLabel('Alasan koreksi (wajib)').fill('Surat izin diserahkan ke panitia (uji e2e)')
  await page.getByRole('button', { name: 'Simpan koreksi' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('Koreksi kehadiran disimpan.')
  await expect(current).toContainText(target)
  await expect(current).toContainText('Koreksi petugas')
  const history = page.getByTestId('mark-history')
  await expect(history.locator('li').first()).toContainText('Dikoreksi')
  await expect(history.locator('li').first()).toContainText(`→ ${target} (Koreksi petugas)`)
  await expect(history.locator('li').first()).toContainText('Alasan: Surat izin diserahkan ke panitia (uji e2e)')
  await expectNoPageOverflow(page)
  await shot(page, 'correction-390.png', true)

  // Back on the recap: the cell shows the new status; the Excel recap says so too.
  await page.getByRole('navigation', { name: 'Jejak halaman' }).getByRole('link', { name: 'Rekap presensi' }).click()
  const corrected = page.getByTestId('attendance-recap').getByRole('link', { name: `Koreksi ${(await cell.getAttribute('aria-label'))!.slice('Koreksi '.length).replace(/: .*$/, `: ${target}`)}` })
  await expect(corrected).toBeVisible()
  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ekspor ke Excel' }).click()])
  expect(excel.suggestedFilename()).toMatch(/^rekap-presensi-kelas-jawa-barat-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await bytesOf(excel)) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('Rekap')!
  expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['No', 'Nama', 'Lembaga'])
  let found = false
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(2).value === participant) {
      found = true
      expect(row.getCell(4).value).toBe(target[0])
    }
  })
  expect(found).toBe(true)

  // The daftar hadir of the first session, blank and filled.
  const sessions = page.getByRole('list', { name: 'Sesi kelas' })
  const [blank] = await Promise.all([page.waitForEvent('download'), sessions.getByRole('link', { name: 'Daftar hadir kosong' }).first().click()])
  expect(blank.suggestedFilename()).toMatch(/^daftar-hadir-kosong-kelas-jawa-barat-\d{4}-\d{2}-\d{2}\.pdf$/)
  const blankText = pdfText(await bytesOf(blank), 'daftar-hadir-kosong.pdf')
  expect(blankText).toContain('DAFTAR HADIR PESERTA')
  expect(blankText).toContain(participant)
  expect(blankText).toContain('Tanda tangan')
  expect(blankText).not.toContain('Koreksi')
  expect(blankText).not.toMatch(new RegExp(`${participant}[^\\n]*\\b${target}\\b`))
  const [filled] = await Promise.all([page.waitForEvent('download'), sessions.getByRole('link', { name: 'Daftar hadir terisi' }).first().click()])
  expect(filled.suggestedFilename()).toMatch(/^daftar-hadir-terisi-/)
  const filledText = pdfText(await bytesOf(filled), 'daftar-hadir-terisi.pdf')
  expect(filledText).toMatch(new RegExp(`${participant}[\\s\\S]{0,400}?\\b${target}\\b`))
  expect(filledText).toMatch(/Rekap: Hadir \d+ · Terlambat \d+/)

  await page.setViewportSize({ width: 1280, height: 900 })
  await page.getByRole('navigation', { name: 'Jejak halaman' }).scrollIntoViewIfNeeded()
  await shot(page, 'recap-1280.png')
  await sessions.scrollIntoViewIfNeeded()
  await shot(page, 'recap-1280-sessions.png')
  await page.goto('/provinsi/presensi')
  await expect(page.getByRole('heading', { name: 'Rekap presensi' })).toBeVisible()
  await shot(page, 'province-rates-1280.png')
})

test('Admin Pusat sees the rates per province of a wave; a trainer reads a recap without corrections', async ({ browser }) => {
  test.setTimeout(90_000)
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await signInAs(admin, 'adminPusat')
  await admin.goto('/admin/presensi')
  await admin.getByRole('link', { name: /Gelombang 1$/ }).first().click()
  await expect(admin.getByRole('heading', { name: 'Kehadiran per provinsi' })).toBeVisible()
  await expect(admin.getByRole('table', { name: 'Kehadiran per provinsi' })).toContainText('Seluruh gelombang')
  await admin.getByRole('heading', { name: 'Kehadiran per provinsi' }).evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await shot(admin, 'wave-rates-1280.png')
  await admin.close()

  const trainer = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await signInAs(trainer, 'pelatih')
  await trainer.goto('/pelatih')
  await trainer.getByRole('link', { name: 'Rekap presensi' }).first().click()
  await expect(trainer.getByTestId('attendance-recap')).toBeVisible()
  await expect(trainer.getByText('Tampilan ini hanya untuk dibaca.')).toBeVisible()
  await expect(trainer.getByTestId('attendance-recap').getByRole('link')).toHaveCount(0)
  await expectNoPageOverflow(trainer)
  await shot(trainer, 'trainer-recap-390.png')
  await trainer.close()
})
