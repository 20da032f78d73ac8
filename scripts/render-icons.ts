// Renders the app icons (public/icons/*.png) from their SVG sources with the test browser, so the
// PNGs the web manifest names can be regenerated after a design change: `npx tsx scripts/render-icons.ts`.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const ICONS = [
  { source: 'public/icons/icon.svg', out: 'public/icons/icon-192.png', size: 192 },
  { source: 'public/icons/icon.svg', out: 'public/icons/icon-512.png', size: 512 },
  { source: 'public/icons/icon.svg', out: 'public/icons/apple-touch-icon.png', size: 180 },
  { source: 'public/icons/icon-maskable.svg', out: 'public/icons/icon-maskable-512.png', size: 512 },
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
    const svg = readFileSync(icon.source, 'utf8').replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `)
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
    await page.screenshot({ path: icon.out, omitBackground: true })
    await page.close()
  }
} finally {
  await browser.close()
}
