import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Test scores (decision 032) in the demo's practice class, which the demo trainer teaches: the
// trainer opens the class's score form from the dashboard on a phone, a score over 100 is refused
// with its message (what was typed stays), a post-test score is saved and is still there after a
// reload. The Jawa Barat operator sees it, read only; Admin Pusat sees it count on the certificate
// page and reaches the form from there. Screenshots at 390 and 1280 px go to test-results/scores/.

test.describe.configure({ mode: 'serial' })

const SHOTS = path.join('test-results', 'scores')
const CLASS = 'Kelas Praktik Jawa Barat'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

let saved: { cohortId: string; name: string; score: string }

async function shot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, name), fullPage })
}

/** The page itself never scrolls sideways (a table may, inside its own box). */
async function expectNoPageOverflow(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
}

test('the demo trainer enters a post-test score on a phone and it is kept after a reload', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await signInAs(page, 'pelatih')
  await page.goto('/pelatih')
  const card = page.getByRole('list', { name: 'Kelas yang ditugaskan' }).getByRole('listitem').filter({ hasText: CLASS })
  await card.getByRole('link', { name: 'Isi nilai' }).click()
  await expect(page).toHaveURL(/\/pelatih\/kelas\/[0-9a-f-]{36}\/nilai$/)
  const cohortId = page.url().split('/').at(-2)!
  await expect(page.getByRole('heading', { name: `Nilai ${CLASS}` })).toBeVisible()
  expect(await page.getByTestId('score-row').count()).toBeGreaterThanOrEqual(40)

  const name = (await page.getByTestId('score-row').first().locator('p').first().textContent())!.trim()
  const input = page.getByLabel(`Post-test ${name}`, { exact: true })
  const score = (await input.inputValue()) === '87,5' ? '88,25' : '87,5'

  // Over 100: the message shows as it is typed, the save is refused, the typed value stays.
  await input.fill('101')
  await expect(page.getByText('Nilai tidak boleh lebih dari 100.')).toBeVisible()
  await expect(page.getByTestId('changed-count')).toHaveText('1 nilai berubah, belum disimpan')
  await page.getByRole('button', { name: 'Simpan nilai' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('Nilai tidak disimpan. Periksa 1 isian yang ditandai.')
  await expect(input).toHaveValue('101')
  await input.focus()
  await shot(page, 'trainer-refused-390.png', false)

  await input.fill(score)
  await expect(page.getByText('Nilai tidak boleh lebih dari 100.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Simpan nilai' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('1 nilai disimpan.')
  await expect(page.getByTestId('changed-count')).toHaveText('Belum ada perubahan')
  await expectNoPageOverflow(page)
  await shot(page, 'trainer-form-390.png', false)

  await page.reload()
  await expect(page.getByLabel(`Post-test ${name}`, { exact: true })).toHaveValue(score)
  await expect(page.getByTestId('changed-count')).toHaveText('Belum ada perubahan')
  // The smallest phones the trainers use: still no sideways scrolling of the page.
  await page.setViewportSize({ width: 360, height: 740 })
  await expectNoPageOverflow(page)
  await page.setViewportSize(DESKTOP)
  await shot(page, 'trainer-form-1280.png', false)
  saved = { cohortId, name, score }
})

test('the Jawa Barat operator sees the score read only, and Admin Pusat sees it count for the certificate', async ({ browser }) => {
  const operator = await browser.newPage({ viewport: PHONE })
  await signInAs(operator, 'operatorJabar')
  await operator.goto(`/provinsi/kelas/${saved.cohortId}`)
  await operator.getByRole('link', { name: 'Nilai pre/post-test' }).click()
  await expect(operator).toHaveURL(`/provinsi/kelas/${saved.cohortId}/nilai`)
  await expect(operator.getByText('Tampilan ini hanya untuk dibaca.')).toBeVisible()
  const row = operator.getByTestId('score-row').filter({ hasText: saved.name })
  await expect(row.locator('td').nth(2)).toContainText(saved.score)
  await expect(row.locator('td').nth(2)).toContainText('Siti Rahmawati')
  await expect(operator.locator('main input')).toHaveCount(0)
  await expect(operator.getByRole('button', { name: 'Simpan nilai' })).toHaveCount(0)
  await expectNoPageOverflow(operator)
  await row.scrollIntoViewIfNeeded()
  await shot(operator, 'operator-read-only-390.png', false)
  await operator.setViewportSize(DESKTOP)
  await shot(operator, 'operator-read-only-1280.png', false)
  await operator.close()

  const admin = await browser.newPage({ viewport: DESKTOP })
  await signInAs(admin, 'adminPusat')
  await admin.goto(`/admin/kelas/${saved.cohortId}/sertifikat`)
  await expect(admin.getByTestId('eligibility-row').filter({ hasText: saved.name }).locator('td').nth(3)).toHaveText(saved.score)
  await admin.getByRole('link', { name: 'Isi nilai post-test →' }).click()
  await expect(admin).toHaveURL(`/admin/kelas/${saved.cohortId}/nilai`)
  await expect(admin.getByLabel(`Post-test ${saved.name}`, { exact: true })).toHaveValue(saved.score)
  await admin.close()
})
