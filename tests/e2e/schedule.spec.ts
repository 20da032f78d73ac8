import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// The schedule views on the seeded 2024 round: the national timeline, the trainer's own schedule and
// calendar feed, and the operator's cohort list with its province boundary.

test('Admin Pusat sees the 2024 round as a wave × province timeline', async ({ page }) => {
  await signInAs(page, 'adminPusat')
  await page.goto('/admin/jadwal')
  await expect(page.getByRole('heading', { name: 'Jadwal nasional' })).toBeVisible()
  // Other specs may add newer programs: pick the 2024 one explicitly.
  await page.getByRole('navigation', { name: 'Pilih program' }).getByRole('link', { name: /Bimtek SPP-TIK 2024/ }).click()
  await expect(page.getByRole('heading', { name: 'Bimtek SPP-TIK 2024' })).toBeVisible()
  const grid = page.getByTestId('national-timeline')
  await expect(grid.getByRole('columnheader', { name: /Gelombang 1/ })).toBeVisible()
  await expect(grid.locator('tbody tr')).toHaveCount(38)
  const jabar = page.getByTestId('timeline-row-32')
  await expect(jabar.getByRole('rowheader')).toContainText('Jawa Barat')
  await expect(jabar.getByRole('rowheader')).toContainText('WIB')
  const wave1 = jabar.locator('td').first()
  await expect(wave1).toContainText('Selesai')
  await expect(wave1).toContainText(/Pelatih \d+\/\d+/)
  await expect(wave1.getByRole('link')).toHaveAttribute('href', /^\/admin\/kelas\/[0-9a-f-]{36}$/)
  // Jawa Barat had no class in wave 2; DKI Jakarta none at all in 2024.
  await expect(jabar.locator('td').nth(1)).toContainText('tidak ada kelas')
  await expect(page.getByTestId('timeline-row-31').getByRole('link')).toHaveCount(0)
  await expect(page.getByTestId('timeline-wave-figures-1')).toContainText('9 kelas')

  // On a 360 px phone the grid scrolls inside its frame; the page itself does not pan (issue 12 point 14).
  await page.setViewportSize({ width: 360, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  expect(await grid.evaluate((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth)).toBe(true)
})

test('other roles cannot open the national timeline', async ({ page }) => {
  for (const who of ['operatorJabar', 'pelatih'] as const) {
    await page.context().clearCookies()
    await signInAs(page, who)
    const response = await page.goto('/admin/jadwal')
    expect(response?.status(), who).toBe(403)
  }
})

async function openPastSessions(page: Page) {
  const past = page.locator('details', { has: page.getByText(/Sesi yang sudah lewat/) })
  if (!(await past.evaluate((el) => (el as HTMLDetailsElement).open))) await past.locator('summary').click()
}

test('the trainer sees their sessions in local time, a month calendar and a working calendar feed', async ({ page }) => {
  await signInAs(page, 'pelatih')
  await page.goto('/pelatih/jadwal')
  await expect(page.getByRole('heading', { name: 'Jadwal saya' })).toBeVisible()
  await expect(page.getByLabel('Kelas yang ditugaskan')).toContainText('Kelas Jawa Barat')
  await expect(page.getByLabel('Kelas yang ditugaskan')).toContainText('Kelas Banten')

  // The list: Jawa Barat wave 1 began on Monday 20 May 2024, in Bandung (WIB).
  await openPastSessions(page)
  const firstDay = page.getByTestId('session-day-2024-05-20')
  await expect(firstDay.getByRole('heading')).toHaveText('Senin, 20 Mei 2024')
  await expect(firstDay).toContainText('Kelas Jawa Barat')
  await expect(firstDay).toContainText(/pukul \d{2}\.\d{2}–\d{2}\.\d{2} WIB/)

  // The calendar of May 2024 marks the Jawa Barat days with their hours at the venue.
  await page.goto('/pelatih/jadwal?bulan=2024-05')
  const calendar = page.getByTestId('month-calendar')
  await expect(calendar.getByRole('heading', { name: 'Mei 2024' })).toBeVisible()
  for (const day of ['20', '21', '22', '23']) await expect(calendar.getByTestId(`calendar-day-2024-05-${day}`)).toContainText('WIB')
  await expect(calendar.getByTestId('calendar-day-2024-05-19')).not.toContainText('WIB')
  await calendar.getByRole('link', { name: /Bulan berikutnya/ }).click()
  await expect(page).toHaveURL(/bulan=2024-06/)
  await expect(page.getByTestId('month-calendar').getByRole('heading', { name: 'Juni 2024' })).toBeVisible()

  // The feed: its address is on the page; calendar apps fetch it without a session.
  const feedUrl = await page.getByTestId('calendar-feed-url').inputValue()
  expect(feedUrl).toMatch(/^https?:\/\/.+\/api\/kalender\/pelatih\/[A-Za-z0-9_-]{64}\.ics$/)
  await expect(page.getByRole('link', { name: 'Langganan kalender' })).toHaveAttribute('href', feedUrl.replace(/^https?:/, 'webcal:'))
  const feed = await page.request.get(new URL(feedUrl).pathname, { headers: { cookie: '' } })
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  const ics = await feed.text()
  expect(ics).toContain('X-WR-CALNAME:Jadwal Bimtek TPBIS — Siti Rahmawati')
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(24)
  expect(ics).toMatch(/DTSTART:202405\d{2}T\d{6}Z/)
  expect(ics).toContain('Kelas Jawa Barat')

  // A forged token is not found.
  const forged = await page.request.get(`/api/kalender/pelatih/${'A'.repeat(64)}.ics`)
  expect(forged.status()).toBe(404)

  // The trainer voids a leaked address: asked first, then a new one works and the old one is gone.
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Buat alamat kalender baru' }).click()
  await expect(page.getByTestId('calendar-feed-url')).not.toHaveValue(feedUrl)
  const newFeedUrl = await page.getByTestId('calendar-feed-url').inputValue()
  expect((await page.request.get(new URL(newFeedUrl).pathname, { headers: { cookie: '' } })).status()).toBe(200)
  expect((await page.request.get(new URL(feedUrl).pathname, { headers: { cookie: '' } })).status()).toBe(404)
})

test('an operator sees only their province’s cohorts, edits a venue, and cannot open another province’s cohort', async ({ browser }) => {
  // First, as the Kalimantan Timur operator, find a cohort id of that province.
  const kaltimContext = await browser.newContext()
  const kaltimPage = await kaltimContext.newPage()
  await signInAs(kaltimPage, 'operatorKaltim')
  await kaltimPage.goto('/provinsi/kelas')
  const kaltimHref = await kaltimPage.getByRole('link', { name: 'Kelas Kalimantan Timur' }).first().getAttribute('href')
  expect(kaltimHref).toMatch(/^\/provinsi\/kelas\/[0-9a-f-]{36}$/)
  await kaltimContext.close()

  const context = await browser.newContext()
  const page = await context.newPage()
  await signInAs(page, 'operatorJabar')
  await page.goto('/provinsi/kelas')
  await expect(page.getByRole('heading', { name: 'Kelas di Provinsi Jawa Barat' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Bimtek SPP-TIK 2024' })).toBeVisible()
  await expect(page.locator(`a[href="${kaltimHref}"]`)).toHaveCount(0)
  await expect(page.getByText('Kalimantan Timur')).toHaveCount(0)

  // Edit the venue of the 2024 Jawa Barat cohort, then put the seeded value back for other specs.
  await page.getByRole('link', { name: 'Kelas Jawa Barat' }).last().click()
  await expect(page.getByRole('heading', { name: 'Kelas Jawa Barat' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Pelatih Ahli \(\d+\)/ })).toBeVisible()
  const venue = page.getByLabel('Nama tempat (hotel)')
  const original = await venue.inputValue()
  const renamed = `Hotel Uji Jadwal ${Date.now().toString(36)}`
  for (const value of [renamed, original]) {
    await venue.fill(value)
    await page.getByRole('button', { name: 'Simpan' }).click()
    await expect(page.getByTestId('form-message')).toHaveText('Tempat dan kontak kelas disimpan.')
    await page.reload()
    await expect(page.getByLabel('Nama tempat (hotel)')).toHaveValue(value)
  }

  // Another province's cohort does not exist for this operator.
  const response = await page.goto(kaltimHref!)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible()
  await context.close()
})
