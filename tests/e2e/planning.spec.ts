import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Journey 1: Admin Pusat plans a round — a program with its curriculum, a wave for three provinces
// in three time zones with generated agendas, trainers assigned by hand and by the automatic proposal.
// 2031 keeps it clear of the seeded 2024 round, so all 189 trainers are free.

test.describe.configure({ mode: 'serial' })

const tag = Date.now().toString(36)
const programName = `Bimtek SPP-TIK Uji ${tag}`

async function cohortCard(page: Page, name: string) {
  return page.getByTestId('cohort-card').filter({ has: page.getByRole('heading', { name, exact: true }) })
}

test('Admin Pusat builds a wave for three provinces and staffs it by hand and by proposal', async ({ page }) => {
  test.setTimeout(90_000)
  await signInAs(page, 'adminPusat')

  // The program and its curriculum.
  await page.goto('/admin/program/baru')
  await page.getByLabel('Nama program').fill(programName)
  await page.getByLabel('Tahun').fill('2031')
  await page.getByRole('button', { name: 'Buat program' }).click()
  await expect(page.getByRole('heading', { name: programName })).toBeVisible()
  // The create is confirmed, and the menu marks the section the page belongs to (issue 12 points 14, 15).
  await expect(page.getByRole('status').filter({ hasText: 'Program dibuat.' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Program' })).toHaveAttribute('aria-current', 'page')
  const addModule = page.locator('form').filter({ has: page.getByRole('button', { name: 'Tambah modul' }) })
  for (const [title, jp] of [['Konsep TPBIS', '3'], ['Literasi Digital', '4']]) {
    await addModule.getByLabel('Judul modul').fill(title)
    await addModule.getByLabel(/^JP/).fill(jp)
    await addModule.getByRole('button', { name: 'Tambah modul' }).click()
    await expect(page.getByRole('list', { name: 'Kurikulum' })).toContainText(title)
  }
  await expect(page.getByTestId('total-jp')).toContainText('7 JP')

  // Wave 1 for Jawa Barat (WIB), Bali (WITA) and Papua (WIT) in one step.
  await page.getByRole('link', { name: 'Gelombang baru' }).click()
  // Sent without dates: both are marked; the error of a field goes once that field is filled in.
  await page.getByRole('button', { name: /^Buat gelombang/ }).click()
  await expect(page.getByLabel('Tanggal mulai')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Tanggal selesai')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Tanggal mulai').fill('2031-05-12')
  await expect(page.getByLabel('Tanggal mulai')).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Tanggal selesai')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Tanggal selesai').fill('2031-05-14')
  for (const province of ['Jawa Barat', 'Bali', 'Papua']) await page.getByLabel(province, { exact: true }).check()
  await expect(page.getByTestId('selected-count')).toHaveText('3 dari 38 provinsi dipilih')
  await page.getByRole('button', { name: 'Buat gelombang dan 3 kelas' }).click()
  await expect(page.getByRole('heading', { name: 'Gelombang 1' })).toBeVisible()
  await expect(page.getByTestId('wave-cohort-row')).toHaveCount(3)
  await expect(page.getByRole('status').filter({ hasText: /^Gelombang 1 dibuat dengan 3 kelas/ })).toBeVisible()

  // Each agenda is in its venue's own time: the first day starts after lunch, 13.00 local.
  for (const [province, zone] of [['Bali', 'WITA'], ['Papua', 'WIT']]) {
    await page.getByTestId('wave-cohort-row').getByRole('link', { name: province, exact: true }).click()
    await expect(page.getByRole('heading', { name: `Agenda (waktu setempat, ${zone})` })).toBeVisible()
    await expect(page.getByTestId('session-time').first()).toHaveText(`13.00–13.45 ${zone}`)
    await expect(page.getByTestId('agenda-session').filter({ hasText: 'Literasi Digital' }).first()).toBeVisible()
    // Where the class sits, from the program down (issue 12 point 14).
    const trail = page.getByRole('navigation', { name: 'Jejak halaman' })
    await expect(trail.getByRole('listitem')).toHaveText(['Program/', `${programName}/`, 'Gelombang 1/', `Kelas ${province}`])
    await expect(trail.getByText(`Kelas ${province}`)).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Program' })).toHaveAttribute('aria-current', 'page')
    await page.goBack()
  }

  // By hand: a lead trainer for Jawa Barat; the same person cannot be in Bali on the same days.
  await page.getByRole('link', { name: 'Penugasan pelatih' }).click()
  await expect(page.getByRole('heading', { name: 'Penugasan pelatih · Gelombang 1' })).toBeVisible()
  const jabar = await cohortCard(page, 'Kelas Jawa Barat')
  const trainerSelect = jabar.locator('select[name=trainerId]')
  const firstTrainer = (await trainerSelect.locator('option').nth(1).textContent())!.split(' — ')[0]
  await trainerSelect.selectOption({ index: 1 })
  await jabar.getByRole('button', { name: 'Tugaskan' }).click()
  await expect(jabar.getByTestId('assigned-trainer')).toHaveCount(1)
  await expect(jabar.getByTestId('assigned-trainer')).toContainText(firstTrainer)
  await expect(jabar.getByTestId('assigned-trainer')).toContainText('Pelatih utama')

  const bali = await cohortCard(page, 'Kelas Bali')
  await bali.locator('select[name=trainerId]').selectOption({ label: (await trainerSelect.locator('option').nth(1).textContent())! })
  await bali.getByRole('button', { name: 'Tugaskan' }).click()
  await expect(bali.getByTestId('form-message')).toContainText('Pelatih tidak dapat ditugaskan')
  await expect(bali.getByTestId('form-message')).toContainText('Kelas Jawa Barat')
  await expect(bali.getByTestId('assigned-trainer')).toHaveCount(0)

  // By proposal: review, then apply; every cohort is then fully staffed.
  await page.getByRole('link', { name: 'Buat usulan otomatis' }).click()
  const proposal = page.getByTestId('proposal')
  await expect(proposal.getByTestId('proposal-cohort')).toHaveCount(3)
  await expect(proposal.getByTestId('proposal-unfilled')).toHaveCount(0)
  await expect(proposal).not.toContainText(firstTrainer)
  await proposal.getByRole('button', { name: /Terapkan usulan \(14 penugasan\)/ }).click()
  await expect(page.getByTestId('applied-message')).toHaveText('Usulan diterapkan: 14 penugasan baru disimpan.')
  for (const name of ['Kelas Jawa Barat', 'Kelas Bali', 'Kelas Papua']) {
    const card = await cohortCard(page, name)
    await expect(card.getByTestId('trainer-count')).toHaveText('5/5')
    await expect(card.getByTestId('assigned-trainer').filter({ hasText: 'Pelatih utama' })).toHaveCount(1)
  }

  // The national timeline shows the new program's cohorts fully staffed.
  await page.goto('/admin/jadwal')
  await page.getByRole('navigation', { name: 'Pilih program' }).getByRole('link', { name: new RegExp(programName) }).click()
  await expect(page.getByTestId('timeline-row-51').getByRole('link')).toContainText('Pelatih 5/5')
})

test('the scheduling settings explain a bad value and keep the rules unchanged', async ({ page }) => {
  await signInAs(page, 'adminPusat')
  await page.goto('/admin/pengaturan')
  await expect(page.getByRole('heading', { name: 'Pengaturan penjadwalan' })).toBeVisible()
  const timetable = page.getByTestId('day-timetable')
  await expect(timetable.locator('li').first()).toHaveText(/JP 1\s*08\.00–08\.45/)
  await expect(timetable).toContainText(/Istirahat\s*11\.45–13\.00/)
  await page.getByLabel('JP per hari').fill('0')
  await page.getByLabel('Pelatih per kelas').fill('')
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('Periksa kembali isian yang ditandai.')
  await expect(page.getByText('JP per hari minimal 1.')).toBeVisible()
  await expect(page.getByText('Pelatih per kelas wajib diisi dengan angka.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('JP per hari')).toHaveValue('9')
  await expect(page.getByLabel('Pelatih per kelas')).toHaveValue('5')
})

test('operators and trainers cannot open planning pages', async ({ page }) => {
  for (const who of ['operatorJabar', 'pelatih'] as const) {
    await page.context().clearCookies()
    await signInAs(page, who)
    for (const path of ['/admin/program', '/admin/program/baru', '/admin/pengaturan', '/admin/pelatih']) {
      const response = await page.goto(path)
      expect(response?.status(), `${who} ${path}`).toBe(403)
    }
  }
})
