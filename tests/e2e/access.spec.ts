import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Negative tests: every signed-in area refuses the roles it is not for, with the Indonesian 403 page.
const cases = [
  { who: 'peserta', forbidden: ['/admin', '/provinsi', '/pelatih'] },
  { who: 'operatorJabar', forbidden: ['/admin', '/pelatih', '/peserta'] },
  { who: 'pelatih', forbidden: ['/admin', '/provinsi', '/peserta'] },
  { who: 'adminPusat', forbidden: ['/provinsi', '/pelatih', '/peserta'] },
] as const

for (const { who, forbidden } of cases) {
  test(`${who} cannot open ${forbidden.join(', ')}`, async ({ page }) => {
    await signInAs(page, who)
    for (const path of forbidden) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(403)
      await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible()
    }
  })
}

test('an unknown address shows the Indonesian 404 page', async ({ page }) => {
  const response = await page.goto('/tidak-ada-halaman-ini')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible()
})

test('the landing page is public', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Bimtek TPBIS' })).toBeVisible()
  await page.getByRole('link', { name: 'Masuk' }).click()
  await expect(page).toHaveURL(/\/masuk$/)
})
