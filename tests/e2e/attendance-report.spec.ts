import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { zoomReportForSession, type RelativeJoin } from '../fixtures/meeting-reports'
import { signInAs } from './support/sign-in'

// Online attendance from the meeting's own report: the Jawa Barat operator opens the cohort's online
// closing session, uploads the Zoom participants report, links a phone-named guest to a participant
// by hand, confirms, and the marks show; the same file again says it was already applied.

const SHOTS = 'test-results/attendance-report'

async function reportFor(page: Page, joins: RelativeJoin[]): Promise<Buffer> {
  const form = page.getByTestId('report-upload')
  const session = { startsAt: new Date((await form.getAttribute('data-starts-at'))!), endsAt: new Date((await form.getAttribute('data-ends-at'))!) }
  return Buffer.from(zoomReportForSession(session, (await form.getAttribute('data-time-zone'))!, joins))
}

async function upload(page: Page, name: string, file: Buffer) {
  await page.getByLabel(/Laporan peserta/).setInputFiles({ name, mimeType: 'text/csv', buffer: file })
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click()
  await expect(page.getByRole('heading', { name: 'Pratinjau kehadiran dari laporan' })).toBeVisible()
}

test('an operator brings a Zoom report into attendance, linking one name by hand', async ({ page }) => {
  await signInAs(page, 'operatorJabar')
  await page.goto('/provinsi/kelas')
  await page.locator('a[href^="/provinsi/kelas/"]').last().click()
  await page.getByRole('link', { name: 'Kehadiran dari laporan Zoom/Meet' }).first().click()
  await expect(page.getByRole('heading', { name: 'Kehadiran dari laporan Zoom atau Meet' })).toBeVisible()
  const uploadPage = page.url()

  // A first look: a report with only the host tells who is enrolled (listed as not in the report); set it aside.
  await upload(page, 'participants_lihat.csv', await reportFor(page, [{ name: 'Host Bimtek', email: 'host.bimtek@perpusnas.go.id', from: -5, to: 50 }]))
  const enrolled = (await page.getByTestId('absent').innerText()).split(', ')
  expect(enrolled.length).toBeGreaterThan(2)
  await page.getByRole('button', { name: 'Batalkan laporan' }).click()
  await expect(page.getByText('Laporan ini dibatalkan; tidak ada yang ditandai.')).toBeVisible()

  // The real report: one participant under their own name with a suffix (rejoined), one as a phone's name.
  const [named, linked] = [enrolled[0], enrolled[1]]
  await page.goto(uploadPage)
  const file = await reportFor(page, [
    { name: `${named} - Perpusdes Sukamaju`, from: -2, to: 25 },
    { name: `${named} - Perpusdes Sukamaju`, from: 20, to: 45 },
    { name: 'Galaxy A12', from: 1, to: 45 },
    { name: 'Host Bimtek', email: 'host.bimtek@perpusnas.go.id', from: -5, to: 50 },
  ])
  await upload(page, 'participants_81234567890.csv', file)
  const matched = page.getByTestId('matched-row')
  await expect(matched).toHaveCount(1)
  await expect(matched.first()).toContainText(named)
  await expect(matched.first()).toContainText('Hadir')
  await expect(page.getByTestId('ignored')).toContainText('Host Bimtek')
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: `${SHOTS}/preview-390.png`, fullPage: true })

  const guest = page.getByTestId('unmatched-row').filter({ hasText: 'Galaxy A12' })
  const select = guest.getByLabel('Peserta untuk Galaxy A12')
  const option = await select.locator('option').filter({ hasText: new RegExp(`^${linked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( —|$)`) }).first().getAttribute('value')
  await select.selectOption(option!)
  await guest.getByRole('button', { name: 'Tautkan' }).click()
  await expect(matched).toHaveCount(2)
  await expect(page.getByTestId('unmatched-row')).toHaveCount(0)
  await expect(matched.filter({ hasText: 'Galaxy A12' })).toContainText(linked)

  await page.getByRole('button', { name: /Konfirmasi: tandai 2 peserta/ }).click()
  await expect(page.getByTestId('report-committed')).toContainText('2 tanda disimpan.')
  for (const row of await matched.all()) await expect(row).toContainText('Hadir (Laporan rapat daring)')
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: `${SHOTS}/confirmed-1280.png`, fullPage: true })

  // The same file again: said so, and confirming it changes nothing.
  await page.goto(uploadPage)
  await upload(page, 'participants_81234567890.csv', file)
  await expect(page.getByTestId('already-applied')).toBeVisible()
  await expect(page.getByTestId('matched-row')).toHaveCount(2) // the link is remembered
  await page.getByRole('button', { name: /Konfirmasi/ }).click()
  await expect(page.getByTestId('report-committed')).toContainText('0 tanda disimpan, 2 sudah tercatat sebelumnya')
})
