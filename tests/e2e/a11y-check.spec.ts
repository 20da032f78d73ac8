import { expect, test } from './support/fixtures'
import { collectSeriousViolations } from './support/a11y-scan'

// The check every spec runs (decision 038) can fail: a page with known serious and critical
// violations, set with setContent (no URL, so the automatic scan leaves it alone), is scanned with
// the fixture's own collector function.

test('the accessibility scan reports serious and critical violations', async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="id"><head><title>Uji</title></head><body><main>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <p style="color:#bbb;background:#fff">Tanggal di luar bulan</p>
    <input type="text">
  </main></body></html>`)
  const violations = await collectSeriousViolations(page)
  const rules = violations.map((v) => v.rule)
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'label']))
  expect(violations.every((v) => v.impact === 'serious' || v.impact === 'critical')).toBe(true)
  expect(violations.find((v) => v.rule === 'image-alt')?.targets).toEqual(['img'])
})

test('a page without violations gives an empty list', async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="id"><head><title>Uji</title></head><body><main>
    <h1>Jadwal</h1><label>Nama <input type="text"></label>
  </main></body></html>`)
  expect(await collectSeriousViolations(page)).toEqual([])
})
