import { expect, test } from './support/fixtures'
import { DEMO_ACCOUNTS } from './support/accounts'
import { signInAs, signInAsParticipant, signInAsStaff } from './support/sign-in'

test.describe('each role signs in through the form and lands on its own dashboard', () => {
  test('Admin Pusat', async ({ page }) => {
    await signInAs(page, 'adminPusat')
    await expect(page).toHaveURL(/\/admin$/)
    await expect(page.getByRole('heading', { name: 'Dasbor nasional' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Daftar gelombang' })).toContainText('Gelombang 4')
    await expect(page.getByText('Pelatih Ahli', { exact: true }).first()).toBeVisible()
  })

  test('Operator Provinsi sees only their province', async ({ page }) => {
    await signInAs(page, 'operatorJabar')
    await expect(page).toHaveURL(/\/provinsi$/)
    await expect(page.getByRole('heading', { name: /Dasbor Provinsi Jawa Barat/ })).toBeVisible()
    const cohorts = page.getByRole('table', { name: 'Daftar kelas' })
    await expect(cohorts).toContainText('Kelas Jawa Barat')
    await expect(cohorts).not.toContainText('Kalimantan Timur')
    const session = await (await page.request.get('/api/auth/session')).json()
    expect(session.user).toMatchObject({ role: 'OPERATOR_PROVINSI', provinceCode: '32', trainerId: null, participantId: null })
  })

  test('Pelatih Ahli sees assigned cohorts and sessions in local time', async ({ page }) => {
    await signInAs(page, 'pelatih')
    await expect(page).toHaveURL(/\/pelatih$/)
    await expect(page.getByRole('list', { name: 'Kelas yang ditugaskan' })).toContainText('Kelas Jawa Barat')
    await expect(page.getByText(/pukul \d{2}\.\d{2}–\d{2}\.\d{2} (WIB|WITA|WIT)/).first()).toBeVisible()
  })

  test('Peserta signs in with phone and access code', async ({ page }) => {
    await signInAs(page, 'peserta')
    await expect(page).toHaveURL(/\/peserta$/)
    await expect(page.getByText('Kehadiran (JP)').first()).toBeVisible()
    await expect(page.getByText('Bimtek SPP-TIK 2024')).toBeVisible()
    // The demo's practice class runs today, with the demo participant in it: check-in can be tried at once.
    await expect(page.getByRole('list', { name: 'Sesi hari ini' })).toContainText('Aula DISPUSIPDA Jawa Barat')
  })
})

test('a wrong password gets an Indonesian message and no session', async ({ page }) => {
  await signInAsStaff(page, DEMO_ACCOUNTS.adminPusat.email, 'salah-sekali')
  await expect(page.getByTestId('sign-in-error')).toHaveText(/E-mail atau kata sandi salah/)
  await expect(page).toHaveURL(/\/masuk/)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=%2Fadmin/)
})

test('a wrong access code gets an Indonesian message', async ({ page }) => {
  await signInAsParticipant(page, '081234567890', 'SALAH-0000')
  await expect(page.getByTestId('sign-in-error')).toHaveText(/Nomor HP atau kode akses salah/)
})

test('a signed-out visitor is sent to sign-in and comes back after', async ({ page }) => {
  for (const path of ['/admin', '/provinsi', '/pelatih', '/peserta', '/beranda']) {
    await page.goto(path)
    // A participant's page opens the sign-in form on the participant tab.
    await expect(page).toHaveURL(new RegExp(`/masuk\\?callbackUrl=${encodeURIComponent(path)}${path === '/peserta' ? '&peran=peserta' : ''}$`))
  }
  await page.goto('/masuk?callbackUrl=%2Fprovinsi')
  await signInAsStaff(page, DEMO_ACCOUNTS.operatorKaltim.email, DEMO_ACCOUNTS.operatorKaltim.password)
  await expect(page).toHaveURL(/\/provinsi$/)
  await expect(page.getByRole('heading', { name: /Kalimantan Timur/ })).toBeVisible()
})

test('a callbackUrl that leaves the site is ignored after a correct sign-in', async ({ page, baseURL }) => {
  test.setTimeout(90_000)
  const own = new URL(baseURL!).origin
  // The browser must never even try the other host: fail loudly instead of waiting on DNS.
  await page.route((url) => url.hostname.endsWith('evil.example'), (route) => route.abort())
  for (const query of ['callbackUrl=%2F%5Cevil.example%2Fphish', 'callbackUrl=/%09/evil.example', 'callbackUrl=%2F%2Fevil.example', 'callbackUrl=https%3A%2F%2Fevil.example%2F', 'callbackUrl=%2F.%2F%2Fevil.example']) {
    await page.context().clearCookies()
    await page.goto(`/masuk?${query}`)
    await page.getByLabel('Alamat e-mail').fill(DEMO_ACCOUNTS.adminPusat.email)
    await page.getByLabel('Kata sandi').fill(DEMO_ACCOUNTS.adminPusat.password)
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    await expect(page, query).toHaveURL((url) => url.origin === own && url.pathname === '/admin')
  }
})

// Sign-out ends every session of the account, so it is tested with an account of its own:
// tests/e2e/sessions.spec.ts (a demo account here would sign out specs running alongside).

test('repeated failures lock the account with an Indonesian message', async ({ page }) => {
  const email = `tebak.${Date.now()}@contoh.id`
  for (let i = 0; i < 5; i++) {
    await signInAsStaff(page, email, `tebakan-${i}`)
    await expect(page.getByTestId('sign-in-error')).toHaveText(/E-mail atau kata sandi salah/)
  }
  await signInAsStaff(page, email, 'tebakan-terakhir')
  await expect(page.getByTestId('sign-in-error')).toHaveText(/Terlalu banyak percobaan masuk yang gagal/)
})
