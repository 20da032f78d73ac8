import { expect, test } from './support/fixtures'

// Issue 12 point 17: the favicon (a 404 before), the icons every page names, and the web manifest
// with icons that all load.

test('the favicon, the page icons and the manifest with its icons all load', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)

  await page.goto('/masuk')
  const hrefs = async (rel: string) => page.locator(`head link[rel="${rel}"]`).evaluateAll((links) => links.map((l) => l.getAttribute('href')!))
  const icons = [...(await hrefs('icon')), ...(await hrefs('apple-touch-icon'))]
  // Next adds a cache-busting query to the favicon's link.
  expect(icons.map((href) => href.replace(/\?.*$/, ''))).toEqual(expect.arrayContaining(['/favicon.ico', '/icons/icon.svg', '/icons/apple-touch-icon.png']))
  for (const href of icons) expect((await request.get(href)).status(), href).toBe(200)

  const [manifestHref] = await hrefs('manifest')
  const manifest = await (await request.get(manifestHref)).json()
  expect(manifest).toMatchObject({ lang: 'id', display: 'standalone', theme_color: '#143d6b' })
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']))
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src)
    expect(response.status(), icon.src).toBe(200)
    expect(response.headers()['content-type']).toBe(icon.type)
  }
})
