import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { APIResponse, Page, Response } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { signInAs } from './support/sign-in'

// Decision 018: every response carries the security headers, pages a CSP with a fresh nonce that
// every script of the page holds, and no page of any kind is refused anything by its own policy.

type Headers = Record<string, string>

function expectSecurityHeaders(headers: Headers, what: string) {
  const csp = headers['content-security-policy'] ?? ''
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? ''
  expect(csp, `${what}: Content-Security-Policy`).not.toBe('')
  expect(directive('script-src'), `${what}: script-src`).not.toContain('unsafe-inline')
  expect(directive('script-src'), `${what}: script-src`).not.toContain('unsafe-eval')
  expect(directive('frame-ancestors'), `${what}: frame-ancestors`).toBe("frame-ancestors 'none'")
  expect(directive('object-src'), `${what}: object-src`).toBe("object-src 'none'")
  expect(directive('base-uri'), `${what}: base-uri`).toBe("base-uri 'none'")
  expect(directive('form-action'), `${what}: form-action`).toBe("form-action 'self'")
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff')
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin')
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY')
  const permissions = headers['permissions-policy'] ?? ''
  expect(permissions, `${what}: Permissions-Policy`).toContain('camera=(self)')
  for (const feature of ['microphone', 'geolocation', 'payment', 'usb']) expect(permissions, `${what}: Permissions-Policy`).toContain(`${feature}=()`)
  // The e2e server's public URL is plain http: no HSTS (a unit test covers https).
  expect(headers['strict-transport-security'], `${what}: Strict-Transport-Security`).toBeUndefined()
}

/**
 * A page's CSP holds a nonce, and every script tag the server sent carries exactly that nonce (the
 * chunks those scripts load later are trusted through 'strict-dynamic').
 */
async function expectNoncedPage(response: Response | null, what: string) {
  expect(response, what).not.toBeNull()
  const headers = await response!.allHeaders()
  expectSecurityHeaders(headers, what)
  const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'])?.[1]
  expect(nonce, `${what}: nonce in script-src`).toBeTruthy()
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? []
  expect(scripts.length, `${what}: scripts`).toBeGreaterThan(0)
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)), `${what}: scripts without this response's nonce`).toEqual([])
}

/** Collects every CSP or Permissions-Policy complaint of the page, across navigations. */
async function watchPolicies(page: Page): Promise<string[]> {
  const complaints: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`[securitypolicyviolation] ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`))
  })
  page.on('console', (message) => {
    const text = message.text()
    if (/securitypolicyviolation|Content Security Policy|Refused to|Permissions-Policy/i.test(text)) complaints.push(`${page.url()}: ${text}`)
  })
  page.on('pageerror', (error) => complaints.push(`${page.url()}: page error ${error.message}`))
  return complaints
}

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(status)
  await page.waitForLoadState('networkidle')
  await expectNoncedPage(response, path)
}

test('public pages, a 404, a redirect, route handlers and static files carry the security headers', async ({ request, page }) => {
  const complaints = await watchPolicies(page)
  for (const [path, status] of [['/', 200], ['/masuk', 200], ['/tidak-ada-halaman-ini', 404]] as const) await visit(page, path, status)
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible()

  const check = async (response: APIResponse, status: number, what: string) => {
    expect(response.status(), what).toBe(status)
    expectSecurityHeaders(response.headers(), what)
  }
  const redirect = await request.get('/admin/program', { maxRedirects: 0 })
  await check(redirect, 307, 'redirect of a signed-out visitor')
  expect(redirect.headers().location).toBe('/masuk?callbackUrl=%2Fadmin%2Fprogram')
  await check(await request.get('/api/health'), 200, 'route handler /api/health')
  await check(await request.get('/api/tidak-ada'), 404, 'unknown route handler')
  await check(await request.get('/api/peserta/ekspor', { maxRedirects: 0 }), 401, 'export while signed out')
  const html = await (await request.get('/')).text()
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
  expect(script, 'a static script of the landing page').toBeTruthy()
  await check(await request.get(script!), 200, `static file ${script}`)
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1]
  await check(await request.get(stylesheet!), 200, `static file ${stylesheet}`)
  await check(await request.get('/_next/static/tidak-ada.js'), 404, 'missing static file')
  expect(complaints).toEqual([])
})

test('another site cannot frame the sign-in page', async ({ page, baseURL }) => {
  // Another origin (its own port on this machine; Chromium refuses a page it cannot place on the
  // network from framing a local address) frames the sign-in form, as a phishing page would.
  const framer = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe src="${baseURL}/masuk" width="600" height="600"></iframe>`))
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve))
  try {
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`, { waitUntil: 'load' })
    const frames = page.frames().filter((f) => f !== page.mainFrame())
    expect(frames).toHaveLength(1)
    expect(await frames[0].locator('input[type=password]').count(), `the framed page (${frames[0].url()}) shows no password field`).toBe(0)
  } finally {
    framer.close()
  }
})

test('Admin Pusat: pages, a server action form, downloads and the 403 page, each with its nonce and nothing refused', async ({ page }) => {
  test.setTimeout(60_000)
  const complaints = await watchPolicies(page)
  await signInAs(page, 'adminPusat')
  for (const path of ['/admin', '/admin/program', '/admin/jadwal', '/admin/pelatih/impor']) await visit(page, path)
  await visit(page, '/provinsi', 403)
  await visit(page, '/admin/tidak-ada-halaman-ini', 404)

  // A server action with field errors (nothing saved): the form's round trip runs under the policy.
  await visit(page, '/admin/pengaturan')
  await page.getByLabel('JP per hari').fill('0')
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click()
  await expect(page.getByText('JP per hari minimal 1.')).toBeVisible()

  // Downloads by link: the trainer import template (a route handler).
  await page.goto('/admin/pelatih/impor')
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh templat Excel' }).click()])
  expect(template.suggestedFilename()).toMatch(/\.xlsx$/)
  const templateResponse = await page.request.get('/api/admin/pelatih/template')
  expect(templateResponse.status()).toBe(200)
  expectSecurityHeaders(templateResponse.headers(), 'trainer template')
  expect(complaints).toEqual([])
})

test('Operator Provinsi: the import upload stream, the cards PDF, the Excel export and a server action, with nothing refused', async ({ page }) => {
  test.setTimeout(90_000)
  const complaints = await watchPolicies(page)
  await signInAs(page, 'operatorJabar')
  await visit(page, '/provinsi')

  // A cohort page: its venue form (a server action, saved unchanged) and the cards PDF (fetch + blob).
  await visit(page, '/provinsi/kelas')
  const href = await page.getByRole('link', { name: 'Kelas Jawa Barat' }).first().getAttribute('href')
  await visit(page, href!)
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByTestId('form-message')).toHaveText('Tempat dan kontak kelas disimpan.')
  const cards = page.getByRole('button', { name: /Cetak \d+ kartu peserta \(PDF\)/ })
  if (await cards.isVisible()) {
    const [download] = await Promise.all([page.waitForEvent('download'), cards.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    await expect(page.getByRole('status').filter({ hasText: 'Kartu tersimpan sebagai' })).toBeVisible()
  } else {
    test.info().annotations.push({ type: 'not checked', description: 'cards PDF: every participant of the cohort already has a code (a reused database)' })
  }

  // The Excel export of the participant list (a download by link) and its headers.
  await visit(page, '/provinsi/peserta')
  const exportLink = page.getByRole('link', { name: /Ekspor/ }).first()
  const [exported] = await Promise.all([page.waitForEvent('download'), exportLink.click()])
  expect(exported.suggestedFilename()).toMatch(/\.xlsx$/)
  const exportResponse = await page.request.get((await exportLink.getAttribute('href'))!)
  expect(exportResponse.status()).toBe(200)
  expectSecurityHeaders(exportResponse.headers(), 'participant export')

  // The import: the upload streams its progress (NDJSON), then the preview, which is cancelled.
  await visit(page, '/provinsi/peserta/impor')
  const cohortId = await page.locator('select[name=cohortId] option:not([disabled])').first().getAttribute('value')
  await page.locator('select[name=cohortId]').selectOption(cohortId!)
  const csv = 'Nama Lengkap,NIK,L/P,No. WA,Jenis Perpustakaan,Nama Perpustakaan,Kab/Kota\nBaris Uji Kebijakan,3204,L,081300000001,TBM,TBM Uji,Kota Bandung\n'
  await page.locator('input[name=file]').setInputFiles({ name: 'uji-kebijakan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click()
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan impor' })).toBeVisible({ timeout: 20_000 })
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Batalkan impor' }).click()
  await expect(page.getByTestId('import-cancelled')).toBeVisible()
  expect(complaints).toEqual([])
})

test('Pelatih Ahli: pages and the calendar feed, with nothing refused', async ({ page }) => {
  const complaints = await watchPolicies(page)
  await signInAs(page, 'pelatih')
  for (const path of ['/pelatih', '/pelatih/jadwal', '/pelatih/ketersediaan', '/pelatih/presensi']) await visit(page, path)
  // The attendance service worker registers and the manifest loads under the policy (worker-src, manifest-src).
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toMatch(/\/pelatih\/$/)
  const manifest = await page.request.get('/manifest.webmanifest')
  expect(manifest.status()).toBe(200)
  expect((await manifest.json()).icons).toHaveLength(3)
  await visit(page, '/admin', 403)
  await page.goto('/pelatih/jadwal')
  const feedUrl = await page.getByTestId('calendar-feed-url').inputValue()
  const feed = await page.request.get(new URL(feedUrl).pathname)
  expect(feed.status()).toBe(200)
  expectSecurityHeaders(feed.headers(), 'calendar feed')
  expect(complaints).toEqual([])
})

test('Peserta: the dashboard and the 403 page, with nothing refused', async ({ page }) => {
  const complaints = await watchPolicies(page)
  await signInAs(page, 'peserta')
  await visit(page, '/peserta')
  await visit(page, '/provinsi', 403)
  await expect(page.getByRole('heading', { name: 'Akses ditolak' })).toBeVisible()
  expect(complaints).toEqual([])
})
