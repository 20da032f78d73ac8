import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Admin Pusat designs a program's certificate: the live preview follows the form before it is saved
// (its PDF holds what was typed and is signed), then the design is saved and shown again on reload.

test.describe.configure({ mode: 'serial' })

const PROGRAM = 'Bimtek SPP-TIK Kelas Praktik'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const tag = Date.now().toString(36).toUpperCase()
let workDir: string

test.beforeAll(() => { workDir = mkdtempSync(path.join(tmpdir(), 'desain-e2e-')) })
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }))

// The preview's PDFs as the page received them (a blob read by the page is not kept by the browser's
// network log, so the test passes each response through itself).
async function recordPreviews(page: Page): Promise<Buffer[]> {
  const bodies: Buffer[] = []
  await page.route('**/api/admin/program/*/sertifikat/contoh', async (route) => {
    try {
      const response = await route.fetch()
      const body = await response.body()
      if (response.status() === 200) bodies.push(body)
      await route.fulfill({ response, body })
    } catch {
      // The page aborted this preview: a newer one, typed since, replaced it.
      await route.abort().catch(() => {})
    }
  })
  return bodies
}

function pdfText(pdf: Buffer, name: string) {
  const file = path.join(workDir, name)
  writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  // The title is letter-spaced: pdftotext splits some titles into single letters ("P I A G A M M X B B PA 7 2").
  return { text, letters: text.replace(/\s+/g, ''), sig: execFileSync('pdfsig', [file], { encoding: 'utf8' }) }
}

async function openDesign(page: Page) {
  await page.goto('/admin/program')
  await page.getByRole('link', { name: PROGRAM, exact: true }).click()
  await expect(page.getByRole('heading', { name: PROGRAM })).toBeVisible()
  await page.getByRole('link', { name: 'Desain sertifikat' }).click()
  await expect(page.getByRole('heading', { name: 'Desain sertifikat' })).toBeVisible()
}

test('Admin Pusat edits the certificate design, sees the preview follow, and saves it', async ({ page }) => {
  test.setTimeout(90_000)
  await signInAs(page, 'adminPusat')
  const previews = await recordPreviews(page)
  await openDesign(page)
  const status = page.getByTestId('preview-status')
  await expect(status).toHaveAttribute('data-status', 'ready')
  await expect(page.getByTitle('Pratinjau sertifikat')).toHaveAttribute('src', /^blob:/)
  const initial = pdfText(previews.at(-1)!, 'awal.pdf')
  expect(initial.text).toContain('Nama Peserta Contoh')
  expect(initial.text).toContain(PROGRAM)
  expect(initial.sig).toContain('Signature is Valid.')

  // The number pattern shows its first number at once; a broken one says why.
  const pattern = page.getByLabel('Pola nomor')
  await pattern.fill(`{seq}/SERT/E2E-${tag}/{province}/{year}`)
  await expect(page.getByTestId('example-number')).toHaveText(`0001/SERT/E2E-${tag}/32/${new Date().getFullYear()}`)
  await pattern.fill(`SERT/E2E-${tag}/{tahun}`)
  await expect(page.getByText('Penanda {tahun} tidak dikenal.', { exact: false }).first()).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Pratinjau belum bisa diperbarui' })).toBeVisible()
  await pattern.fill(`{seq}/SERT/E2E-${tag}/{province}/{year}`)

  // Typing changes the preview (debounced) before anything is saved.
  await expect(status).toHaveAttribute('data-status', 'ready')
  const version = Number(await status.getAttribute('data-version'))
  await page.getByLabel('Judul').fill(`PIAGAM ${tag}`)
  await page.getByLabel('Warna aksen').fill('#7c2d12')
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG })
  await expect(async () => {
    expect(Number(await status.getAttribute('data-version'))).toBeGreaterThan(version)
    expect(pdfText(previews.at(-1)!, 'pratinjau.pdf').letters).toContain(`PIAGAM${tag}`)
  }).toPass({ timeout: 15_000 })
  await expect(status).toHaveAttribute('data-status', 'ready')
  const preview = pdfText(previews.at(-1)!, 'pratinjau.pdf')
  expect(preview.letters).toContain(`PIAGAM${tag}`)
  expect(preview.text).toContain(`0001/SERT/E2E-${tag}/32/`)
  expect(preview.sig).toContain('Signature is Valid.')

  // Saved, and there on the next visit.
  await page.getByRole('button', { name: 'Simpan desain' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('Desain sertifikat disimpan.')
  await page.reload()
  await expect(page.getByLabel('Judul')).toHaveValue(`PIAGAM ${tag}`)
  await expect(page.getByLabel('Warna aksen')).toHaveValue('#7c2d12')
  await expect(page.getByText(/Tersimpan: PNG/)).toBeVisible()
})

test('a file that is not PNG or JPEG is refused with a message, and nothing changes', async ({ page }) => {
  await signInAs(page, 'adminPusat')
  await openDesign(page)
  await page.getByLabel('Judul').fill('TIDAK TERSIMPAN')
  await page.getByLabel('Gambar tanda tangan', { exact: true }).setInputFiles({ name: 'ttd.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a bukan png') })
  await page.getByRole('button', { name: 'Simpan desain' }).click()
  await expect(page.getByText('Gambar tanda tangan harus berupa gambar PNG atau JPEG.').first()).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Judul')).toHaveValue(`PIAGAM ${tag}`)
})

test('the preview route: 413 over the form limit, 403 for an operator', async ({ page, browser }) => {
  await signInAs(page, 'adminPusat')
  await page.goto('/admin/program')
  const href = await page.getByRole('link', { name: PROGRAM, exact: true }).getAttribute('href')
  const url = `/api/${href!.slice(1)}/sertifikat/contoh`
  const big = await page.request.post(url, { multipart: { heading: 'x', background: { name: 'latar.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(600 * 1024, 1) } } })
  expect(big.status()).toBe(413)
  const operator = await browser.newPage()
  await signInAs(operator, 'operatorJabar')
  expect((await operator.request.post(url, { multipart: { heading: 'x' } })).status()).toBe(403)
  await operator.close()
})
