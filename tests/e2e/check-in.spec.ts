import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { createProgram, createWaveWithJabarClass, registerParticipant, wib } from './support/class-setup'
import { signInAs } from './support/sign-in'

// Self check-in (issue 10, decision 024). Admin Pusat sets up a class of today in Jawa Barat (WIB)
// with two sessions open for check-in — one in the hall, one online — and a participant of its own,
// then shows the rotating code as the trainer would. The participant checks in to the first by the
// QR code's address while signed out (sign in, come back, checked in) and to the second by typing
// the code on their page, and then sees both marks.

test.describe.configure({ mode: 'serial' })

const tag = Date.now().toString(36)
const minutesFromNow = (m: number) => {
  const at = new Date(Date.now() + m * 60_000)
  at.setUTCMinutes(at.getUTCMinutes() - (at.getUTCMinutes() % 5), 0, 0)
  return at
}

type Setup = { sessions: { hall: string; online: string }; phone: string; accessCode: string }
let setup: Setup

async function addSession(page: Page, title: string, from: Date, to: Date, online: boolean) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Tambah sesi' }) })
  await form.getByLabel('Judul sesi').fill(title)
  await form.getByLabel('Tanggal').fill(wib(from).date)
  await form.getByLabel(/^Mulai/).fill(wib(from).time)
  await form.getByLabel(/^Selesai/).fill(wib(to).time)
  await form.locator('select[name=mode]').selectOption(online ? 'DARING' : 'LURING')
  if (online) await form.getByLabel('Tautan pertemuan daring').fill('https://zoom.us/j/1234567890')
  await form.getByRole('button', { name: 'Tambah sesi' }).click()
  const row = page.getByTestId('agenda-session').filter({ hasText: title })
  await expect(row).toBeVisible()
}

/** The code and the QR code's address shown now, read when at least `minSeconds` of it are left. */
async function shownCode(page: Page, sessionId: string, minSeconds = 20) {
  await page.goto(`/pelatih/presensi/${sessionId}/kode`)
  await expect(page.getByRole('img', { name: 'Kode QR presensi' })).toBeVisible()
  await expect.poll(async () => Number(await page.locator('strong.tabular-nums').textContent()), { timeout: 40_000 }).toBeGreaterThanOrEqual(minSeconds)
  const code = (await page.getByTestId('check-in-code').textContent())!.trim()
  const url = new URL((await page.getByTestId('check-in-url').textContent())!.trim())
  return { code, path: `${url.pathname}${url.search}` }
}

test('Admin Pusat sets up a class of today with a participant and two sessions open for check-in', async ({ page }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'adminPusat')
  await createProgram(page, `Bimtek Presensi Uji ${tag}`)
  const cohortId = await createWaveWithJabarClass(page)

  // The generated agenda would clash with sessions at the current hour: clear it, then add two.
  page.on('dialog', (dialog) => dialog.accept())
  const deletes = page.getByRole('button', { name: /^Hapus sesi / })
  for (let left = await deletes.count(); left > 0; left--) {
    await deletes.first().click()
    await expect(deletes).toHaveCount(left - 1)
  }
  const hallStart = minutesFromNow(-5)
  // Check-in opens 30 minutes before the start: the online session's window is open from hallStart.
  const onlineStart = new Date(hallStart.getTime() + 30 * 60_000)
  await addSession(page, `Presensi di aula ${tag}`, hallStart, onlineStart, false)
  await addSession(page, `Presensi daring ${tag}`, onlineStart, new Date(onlineStart.getTime() + 60 * 60_000), true)
  const ids = await page.getByTestId('agenda-session').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session-id')))
  expect(ids.filter(Boolean)).toHaveLength(2)

  // A participant of the class, with an access code.
  const { phone, accessCode } = await registerParticipant(page, cohortId, `Uji E2E Presensi ${tag}`)
  setup = { sessions: { hall: ids[0]!, online: ids[1]! }, phone, accessCode }
})

test('a signed-out participant scans the QR code, signs in, comes back and is checked in', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'adminPusat')
  const { code, path } = await shownCode(page, setup.sessions.hall)
  expect(path).toBe(`/peserta/hadir/${setup.sessions.hall}?kode=${code}`)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: 'test-results/check-in/code-1280.png', fullPage: true })

  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } })
  const participant = await phone.newPage()
  await participant.goto(path)
  await expect(participant).toHaveURL(/\/masuk\?/)
  await expect(participant.getByRole('tab', { name: 'Peserta' })).toHaveAttribute('aria-selected', 'true')
  await participant.getByLabel('Nomor HP / WhatsApp').fill(setup.phone)
  await participant.getByLabel('Kode akses').fill(setup.accessCode)
  await participant.getByRole('button', { name: 'Masuk', exact: true }).click()
  await expect(participant).toHaveURL(new RegExp(`/peserta/hadir/${setup.sessions.hall}\\?kode=${code}$`))
  // The sign-in form's refresh may render the page twice: either render reports the one mark.
  await expect(participant.getByTestId('form-message')).toHaveText(/^(Terima kasih, kehadiran Anda tercatat: Hadir\.|Kehadiran Anda tercatat: Hadir \(presensi mandiri\)\.)$/)
  await participant.screenshot({ path: 'test-results/check-in/checked-in-390.png', fullPage: true })

  // Scanning again changes nothing and says so.
  await participant.reload()
  await expect(participant.getByTestId('form-message')).toHaveText('Kehadiran Anda tercatat: Hadir (presensi mandiri).')
  await phone.close()
})

test('the participant types the online session\'s code on their page and sees their marks', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000)
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } })
  const participant = await phone.newPage()
  await participant.goto('/masuk?peran=peserta')
  await participant.getByLabel('Nomor HP / WhatsApp').fill(setup.phone)
  await participant.getByLabel('Kode akses').fill(setup.accessCode)
  await participant.getByRole('button', { name: 'Masuk', exact: true }).click()
  await expect(participant).toHaveURL(/\/peserta$/)

  const today = participant.getByRole('list', { name: 'Sesi hari ini' })
  const online = today.getByRole('listitem').filter({ hasText: `Presensi daring ${tag}` })
  await expect(online.getByRole('link', { name: 'Tautan rapat daring' })).toHaveAttribute('href', 'https://zoom.us/j/1234567890')
  await expect(today.getByRole('listitem').filter({ hasText: `Presensi di aula ${tag}` })).toContainText('Hadir')

  // A wrong code first: refused at the field, nothing recorded.
  await online.getByLabel('Kode presensi').fill('AAAAAA')
  await online.getByRole('button', { name: 'Catat kehadiran saya' }).click()
  await expect(online.getByText('Kode presensi salah. Periksa lagi kode di layar pelatih.')).toBeVisible()

  await signInAs(page, 'adminPusat')
  const { code } = await shownCode(page, setup.sessions.online)
  await online.getByLabel('Kode presensi').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`)
  await online.getByRole('button', { name: 'Catat kehadiran saya' }).click()
  await expect(online.getByTestId('check-in-recorded')).toHaveText('Kehadiran Anda tercatat: Hadir (presensi mandiri).')

  await participant.reload()
  const schedule = participant.getByRole('list', { name: /^Jadwal sesi / })
  for (const title of [`Presensi di aula ${tag}`, `Presensi daring ${tag}`]) await expect(schedule.getByRole('listitem').filter({ hasText: title })).toContainText('Hadir')
  await participant.screenshot({ path: 'test-results/check-in/participant-390.png', fullPage: true })
  await phone.close()
})
