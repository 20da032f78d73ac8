import { expect, type Page } from '@playwright/test'
import { chooseRegency } from './region-combobox'

// Setting up a class through the UI as Admin Pusat would: a program with one module, a wave of
// today with one class in Jawa Barat, and participants with access codes. Used by the journeys that
// need a class of their own (check-in, certificates), on either database.

const ZONE = 'Asia/Jakarta'
const random = (digits: number) => String(Math.floor(Math.random() * 10 ** digits)).padStart(digits, '0')

/** 'YYYY-MM-DD' and 'HH:MM' of an instant on Jakarta's wall clock. */
export function wib(at: Date) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(at).map((p) => [p.type, p.value]))
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

/** A new program with one module of 2 JP; returns its id. */
export async function createProgram(page: Page, name: string, { postTestRequired = true } = {}) {
  await page.goto('/admin/program/baru')
  await page.getByLabel('Nama program').fill(name)
  await page.getByLabel('Tahun').fill(wib(new Date()).date.slice(0, 4))
  if (!postTestRequired) await page.getByLabel('Wajib lulus post-test').uncheck()
  await page.getByRole('button', { name: 'Buat program' }).click()
  const addModule = page.locator('form').filter({ has: page.getByRole('button', { name: 'Tambah modul' }) })
  await addModule.getByLabel('Judul modul').fill('Literasi Digital')
  await addModule.getByLabel(/^JP/).fill('2')
  await addModule.getByRole('button', { name: 'Tambah modul' }).click()
  await expect(page.getByRole('list', { name: 'Kurikulum' })).toContainText('Literasi Digital')
  return /\/admin\/program\/([0-9a-f-]{36})/.exec(page.url())![1]
}

/** From the program's page: a wave of today and tomorrow with one class in Jawa Barat; returns the class id. */
export const createWaveWithJabarClass = (page: Page) => createWaveWithClass(page, 'Jawa Barat')

/** From the program's page: a wave of today and tomorrow with one class in the province; returns the class id. */
export async function createWaveWithClass(page: Page, province: string) {
  await page.getByRole('link', { name: 'Gelombang baru' }).click()
  await page.getByLabel('Tanggal mulai').fill(wib(new Date()).date)
  await page.getByLabel('Tanggal selesai').fill(wib(new Date(Date.now() + 86_400_000)).date)
  await page.getByLabel(province, { exact: true }).check()
  await page.getByRole('button', { name: 'Buat gelombang dan 1 kelas' }).click()
  await expect(page.getByTestId('wave-cohort-row')).toHaveCount(1)
  await page.getByTestId('wave-cohort-row').getByRole('link', { name: province, exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/kelas\/[0-9a-f-]{36}$/)
  return page.url().split('/').at(-1)!
}

/** A new participant of the class (Kabupaten Bandung), given an access code; returns what they sign in with. */
export async function registerParticipant(page: Page, cohortId: string, name: string) {
  await page.goto('/admin/peserta/baru')
  await page.locator('select[name=cohortId]').selectOption(cohortId)
  await page.locator('input[name=name]').fill(name)
  const day = 41 + Math.floor(Math.random() * 28)
  await page.locator('input[name=nik]').fill(`320401${day}0590${random(4)}`)
  const phone = `0813${random(8)}`
  await page.locator('input[name=phone]').fill(phone)
  await page.locator('select[name=institutionType]').selectOption('TBM')
  await page.locator('input[name=institutionName]').fill('TBM Uji E2E')
  await chooseRegency(page, 'Kabupaten Bandung')
  await page.getByRole('button', { name: 'Daftarkan peserta' }).click()
  await expect(page).toHaveURL(/\/admin\/peserta\/[0-9a-f-]{36}\?disimpan=1$/)
  await page.getByRole('button', { name: 'Buat kode akses' }).click()
  const accessCode = (await page.getByTestId('issued-code').textContent())!.trim()
  return { phone, accessCode }
}
