import type { Browser } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// The class roster (issue 12 point 13) on the class pages of Admin Pusat, the operator and the
// trainer, reached from their dashboards, with the agenda's JP beside the curriculum's (point 16);
// and who may not see it. (tests/e2e/roster.spec.ts is the trainer's attendance roster.)

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** Class ids in the links of a page, as one account sees it. */
async function classIds(browser: Browser, who: 'operatorKaltim' | 'pelatih', path: string, prefix: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInAs(page, who)
  await page.goto(path)
  const hrefs = await page.locator(`a[href^="${prefix}/"]`).evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))
  await context.close()
  return [...new Set(hrefs.flatMap((h) => h.match(UUID) ?? []))]
}

test('Admin Pusat goes from the dashboard to a wave and a class: its roster and which JP total the certificate counts', async ({ page }) => {
  await signInAs(page, 'adminPusat')
  await page.goto('/admin')
  // The demo's 2024 round: other specs add newer waves named "Gelombang 1" that the dashboard lists first.
  await page.getByRole('table', { name: 'Daftar gelombang' }).getByRole('row').filter({ hasText: 'Bimtek SPP-TIK 2024' }).getByRole('link', { name: 'Gelombang 1' }).first().click()
  await expect(page).toHaveURL(/\/admin\/gelombang\/[0-9a-f-]{36}$/)
  await page.getByTestId('wave-cohort-row').getByRole('link', { name: 'Jawa Barat', exact: true }).first().click()
  await expect(page).toHaveURL(/\/admin\/kelas\/[0-9a-f-]{36}$/)

  await expect(page.getByTestId('agenda-jp')).toContainText(/Agenda kelas \d+ JP, kurikulum program \d+ JP \(\+\d+ JP\): Pre-test 1 JP dan Post-test 1 JP di luar modul kurikulum\./)
  await expect(page.getByTestId('agenda-jp')).toContainText(/Syarat sertifikat dihitung dari total agenda kelas \(\d+ JP\), bukan dari kurikulum: hadir minimal \d+ % = \d+ JP\./)

  await page.getByRole('link', { name: 'Daftar peserta', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Peserta kelas' })).toBeInViewport()
  const roster = page.getByRole('table', { name: 'Daftar peserta kelas' })
  const rows = roster.getByTestId('cohort-roster-row')
  expect(await rows.count()).toBeGreaterThan(10)
  await expect(roster.getByRole('columnheader')).toHaveText(['Pilih untuk kartu', 'Peserta', 'Lembaga', 'Desa/kelurahan', 'Status', 'Masuk aplikasi'])
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', /^\/admin\/peserta\/[0-9a-f-]{36}$/)
  await expect(rows.first()).toContainText(/Lulus|Tidak lulus|Terdaftar/)
  await expect(page.getByTestId('roster-summary')).toContainText(/\d+ peserta aktif/)
})

test('the operator opens a class from the dashboard: the roster links to each participant', async ({ page }) => {
  await signInAs(page, 'operatorJabar')
  await page.goto('/provinsi')
  await page.getByRole('table', { name: 'Daftar kelas' }).getByRole('link', { name: 'Kelas Praktik Jawa Barat' }).click()
  await expect(page).toHaveURL(/\/provinsi\/kelas\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('agenda-jp')).toContainText('Syarat sertifikat dihitung dari total agenda kelas')
  const rows = page.getByTestId('cohort-roster-row')
  expect(await rows.count()).toBeGreaterThanOrEqual(40)
  const first = rows.first().getByRole('link')
  const name = (await first.textContent())!.trim()
  await first.click()
  await expect(page).toHaveURL(/\/provinsi\/peserta\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { name })).toBeVisible()
})

test('the trainer reads the roster of a class they teach, on a phone, without links or checkboxes', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAs(page, 'pelatih')
  await page.goto('/pelatih')
  const card = page.getByRole('list', { name: 'Kelas yang ditugaskan' }).getByRole('listitem').filter({ hasText: 'Kelas Praktik Jawa Barat' })
  await card.getByRole('link', { name: 'Daftar peserta' }).click()
  await expect(page).toHaveURL(/\/pelatih\/kelas\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { name: 'Kelas Praktik Jawa Barat', level: 1 })).toBeVisible()
  const roster = page.getByRole('table', { name: 'Daftar peserta kelas' })
  expect(await roster.getByTestId('cohort-roster-row').count()).toBeGreaterThanOrEqual(40)
  await expect(roster.getByRole('checkbox')).toHaveCount(0)
  await expect(roster.getByRole('link')).toHaveCount(0)
  await expect(roster).toContainText(/Belum punya kode akses|Punya kode, belum pernah masuk|Masuk terakhir/)
  await expect(page.getByTestId('agenda-jp')).toBeVisible()
  // Nothing scrolls sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('nobody else reads a roster: another trainer\'s or province\'s class is a 404, a participant 403, signed out to sign-in, a malformed id 404', async ({ page, browser }) => {
  const trainerClasses = await classIds(browser, 'pelatih', '/pelatih', '/pelatih/kelas')
  const kaltimClasses = await classIds(browser, 'operatorKaltim', '/provinsi/kelas', '/provinsi/kelas')
  const notTaught = kaltimClasses.find((id) => !trainerClasses.includes(id))
  expect(trainerClasses.length && notTaught, 'a class the demo trainer teaches and one they do not').toBeTruthy()

  await signInAs(page, 'pelatih')
  expect((await page.goto(`/pelatih/kelas/${trainerClasses[0]}`))?.status()).toBe(200)
  expect((await page.goto(`/pelatih/kelas/${notTaught}`))?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible()
  for (const bad of ['bukan-id', '00000000-0000-0000-0000-000000000000']) expect((await page.goto(`/pelatih/kelas/${bad}`))?.status(), bad).toBe(404)

  const operator = await browser.newContext()
  const operatorPage = await operator.newPage()
  await signInAs(operatorPage, 'operatorJabar')
  expect((await operatorPage.goto(`/provinsi/kelas/${notTaught}`))?.status()).toBe(404)
  await operator.close()

  const participant = await browser.newContext()
  const participantPage = await participant.newPage()
  await signInAs(participantPage, 'peserta')
  expect((await participantPage.goto(`/pelatih/kelas/${trainerClasses[0]}`))?.status()).toBe(403)
  await expect(participantPage.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible()
  await participant.close()

  const signedOut = await browser.newContext()
  const signedOutPage = await signedOut.newPage()
  await signedOutPage.goto(`/pelatih/kelas/${trainerClasses[0]}`)
  await expect(signedOutPage).toHaveURL(/\/masuk\?callbackUrl=/)
  await signedOut.close()
})

test('the participant sees which JP total their certificate counts', async ({ page }) => {
  await signInAs(page, 'peserta')
  await page.goto('/peserta')
  await expect(page.getByTestId('participant-jp-note').first()).toContainText(/Syarat sertifikat dihitung dari total agenda kelas \(\d+ JP\), bukan dari kurikulum/)
})
