import { expect, test } from './support/fixtures'
import { DEMO_REISSUED_CODE, DEMO_REVOKED_CODE, DEMO_REVOKED_REASON } from '../../prisma/seed/demo-certificates'
import { signInAs } from './support/sign-in'

// Public verification (issue 11 point 5) and the participant's certificate block (point 4). The
// download journey with the real signed PDF is tested once the renderer is in.

test('the participant sees their certificate number and a WhatsApp link to its verification page; a visitor verifies it', async ({ page, browser }) => {
  await signInAs(page, 'peserta')
  await page.goto('/peserta')
  const block = page.getByTestId('participant-certificate').filter({ has: page.getByTestId('certificate-number') }).first()
  const number = (await block.getByTestId('certificate-number').textContent())!
  expect(number).toMatch(/^\d{4}\/SERT\/BIMTEK-SPP-TIK\/32\/[IVX]+\/2024$/)
  await expect(block.getByRole('link', { name: 'Unduh sertifikat (PDF)' })).toHaveAttribute('href', /^\/api\/sertifikat\/[0-9a-f-]{36}$/)
  const share = await block.getByRole('link', { name: 'Bagikan lewat WhatsApp' }).getAttribute('href')
  expect(share).toMatch(/^https:\/\/wa\.me\/\?text=/)
  const code = /\/v\/([A-Z0-9]{12})/.exec(decodeURIComponent(share!))![1]

  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await v.goto('/v')
  await v.getByLabel('Kode verifikasi').fill(`${code.slice(0, 4).toLowerCase()}-${code.slice(4, 8)} ${code.slice(8)}`)
  await v.getByRole('button', { name: 'Periksa' }).click()
  await expect(v).toHaveURL(new RegExp(`/v/${code}$`))
  await expect(v.getByTestId('verification-status')).toHaveText('Sertifikat SAH')
  await expect(v.getByText(number)).toBeVisible()
  await expect(v.getByText('Asep Saepudin')).toBeVisible()
  const html = await v.content()
  expect(html).not.toMatch(/\+62|0812|NIK/)
  expect(await v.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/)
  await visitor.close()
})

test('an unknown or malformed code is a 404; a mistyped one asks again', async ({ page }) => {
  expect((await page.goto('/v/CCCCCCCCCCCC'))!.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Sertifikat tidak ditemukan' })).toBeVisible()
  expect((await page.goto('/v/bukan-kode'))!.status()).toBe(404)
  await page.goto('/v?kode=ABC')
  await expect(page.locator('#kode-error')).toContainText('12 huruf dan angka')
})

test('the revoked demo certificate shows as revoked with its replacement, and the reissue names the one it replaces', async ({ page }) => {
  await page.goto(`/v/${DEMO_REVOKED_CODE}`)
  await expect(page.getByTestId('verification-status')).toHaveText('Sertifikat DICABUT')
  const replacement = await page.getByText(/Digantikan oleh sertifikat nomor/).textContent()
  const newNumber = /nomor (\S+)\./.exec(replacement!)![1]
  await page.goto(`/v/${DEMO_REISSUED_CODE}`)
  await expect(page.getByTestId('verification-status')).toHaveText('Sertifikat SAH')
  await expect(page.getByText(newNumber, { exact: true })).toBeVisible()
  await expect(page.getByText(/Menggantikan sertifikat nomor/)).toBeVisible()
  expect(DEMO_REVOKED_REASON).toBeTruthy()
})
