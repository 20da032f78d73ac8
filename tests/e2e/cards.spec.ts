import type { Download, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Participant cards from the class roster (issue 12 point 11): the Kalimantan Timur operator prints the
// cards of those without a code (ticked by default), then replaces a lost sheet: the cards of those
// who never signed in, then of one participant picked by hand. Replacing codes asks first.

async function pdfPages(download: Download): Promise<number> {
  expect(download.suggestedFilename()).toMatch(/^kartu-peserta-.+\.pdf$/)
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  const pdf = Buffer.concat(chunks)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
}

const printButton = (page: Page) => page.getByTestId('participant-cards').getByRole('button', { name: /^Cetak \d+ kartu peserta \(PDF\)$|^Pilih peserta untuk dicetak kartunya$/ })
const countOf = async (page: Page) => Number(/Cetak (\d+) kartu/.exec((await printButton(page).textContent())!)?.[1] ?? 0)

test('an operator prints cards for those without a code, then for those who never signed in and for one picked, confirming the replacement', async ({ page }) => {
  test.setTimeout(120_000)
  await signInAs(page, 'operatorKaltim')
  await page.goto('/provinsi/kelas')
  await page.getByRole('link', { name: 'Kelas Kalimantan Timur' }).first().click()
  await expect(page.getByRole('heading', { name: 'Peserta kelas' })).toBeVisible()
  const rows = page.getByTestId('cohort-roster-row')
  expect(await rows.count()).toBeGreaterThan(8)

  // 1. Those without a code start ticked (none on a retry against the same database).
  const withoutCode = await countOf(page)
  if (withoutCode > 0) {
    const [download] = await Promise.all([page.waitForEvent('download'), printButton(page).click()])
    expect(await pdfPages(download)).toBe(Math.ceil(withoutCode / 8))
    await expect(page.getByRole('status').filter({ hasText: 'Kartu tersimpan sebagai' })).toBeVisible()
  }
  // Printed: nobody is ticked and the button says what to do; it no longer blocks a reprint.
  await expect(printButton(page)).toHaveText('Pilih peserta untuk dicetak kartunya')
  await expect(printButton(page)).toBeDisabled()
  await expect(page.getByTestId('roster-summary')).toContainText('0 belum punya kode akses')

  // 2. A lost sheet: everyone who never signed in. Their codes are replaced, so it asks first.
  await page.getByRole('button', { name: /^Belum pernah masuk \(\d+\)$/ }).click()
  const never = await countOf(page)
  expect(never).toBeGreaterThan(0)
  await expect(page.getByTestId('cards-selection')).toHaveText(`${never} peserta dipilih; ${never} di antaranya sudah punya kode, yang tidak berlaku lagi setelah dicetak.`)
  await printButton(page).click()
  const confirm = page.getByRole('alertdialog', { name: 'Ganti kode akses peserta terpilih?' })
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'Batal' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Batal' }).click()
  await expect(confirm).toBeHidden()
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    (async () => { await printButton(page).click(); await confirm.getByRole('button', { name: `Ya, cetak ${never} kartu` }).click() })(),
  ])
  expect(await pdfPages(again)).toBe(Math.ceil(never / 8))

  // 3. One participant, picked by hand.
  await page.getByRole('button', { name: 'Kosongkan' }).click()
  const picked = rows.nth(1)
  const name = (await picked.getByRole('link').first().textContent())!.trim()
  await picked.getByRole('checkbox', { name: `Pilih ${name}` }).check()
  await expect(printButton(page)).toHaveText('Cetak 1 kartu peserta (PDF)')
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    (async () => { await printButton(page).click(); await confirm.getByRole('button', { name: 'Ya, cetak 1 kartu' }).click() })(),
  ])
  expect(await pdfPages(one)).toBe(1)
})
