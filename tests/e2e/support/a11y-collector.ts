// Watches pages and contexts and scans every document they load, once per URL path per test
// (decision 038). Scans run beside the test, so a scan can race with the test's next navigation:
// such a scan is dropped and the next load of that path scans again; it never counts as a failure.
import type { BrowserContext, Page } from '@playwright/test'
import { collectSeriousViolations, formatViolations, safePathname, type A11yViolation } from './a11y-scan'

const SETTLE_TIMEOUT_MS = 20_000
// A client-side navigation changes the URL as React commits: give the new screen a moment to settle.
const CLIENT_NAVIGATION_SETTLE_MS = 250

const RACE_MESSAGES = [
  'Execution context was destroyed',
  'Target page, context or browser has been closed',
  'Target closed',
  'has been closed',
  'frame was detached',
  'Frame was detached',
  'Cannot find context with specified id',
  'navigation',
  'Navigation',
]

const scrollPosition = (page: Page) => page.evaluate(() => `${window.scrollX},${window.scrollY}`)

export class A11yCollector {
  /** Only the app's own pages are scanned: not about:blank, nor a page a test serves itself (another origin). */
  constructor(private readonly appOrigin: string | undefined) {}

  readonly violations = new Map<string, A11yViolation>()
  readonly scannedPaths = new Set<string>()
  /** Scans that could not run for a reason other than a navigation race (shown as an annotation). */
  readonly skipped: string[] = []
  private readonly pending = new Set<Promise<void>>()
  private readonly watchedPages = new WeakSet<Page>()
  private readonly watchedContexts = new WeakSet<BrowserContext>()

  watchContext(context: BrowserContext) {
    if (this.watchedContexts.has(context)) return
    this.watchedContexts.add(context)
    for (const page of context.pages()) this.watchPage(page)
    context.on('page', (page) => this.watchPage(page))
    // A test that closes its own context would cut the last scans short: let them finish first.
    const close = context.close.bind(context)
    context.close = async (options) => {
      await this.settle()
      return close(options)
    }
  }

  watchPage(page: Page) {
    if (this.watchedPages.has(page)) return
    this.watchedPages.add(page)
    let queue: Promise<void> = Promise.resolve()
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame() || !this.isAppPage(frame.url())) return
      if (this.scannedPaths.has(safePathname(frame.url()))) return
      const scan = queue.then(() => this.scanWhenLoaded(page))
      queue = scan
      this.pending.add(scan)
      void scan.finally(() => this.pending.delete(scan))
    })
  }

  /** Waits for the scans under way (at most SETTLE_TIMEOUT_MS; later ones are given up). */
  async settle() {
    const deadline = Date.now() + SETTLE_TIMEOUT_MS
    while (this.pending.size > 0 && Date.now() < deadline) {
      const timeout = new Promise((resolve) => setTimeout(resolve, deadline - Date.now()))
      await Promise.race([Promise.allSettled([...this.pending]), timeout])
    }
    if (this.pending.size > 0) this.skipped.push(`${this.pending.size} scan(s) still running after ${SETTLE_TIMEOUT_MS} ms`)
  }

  report(): string | null {
    if (this.violations.size === 0) return null
    const list = [...this.violations.values()]
    return `Accessibility: ${list.length} serious or critical axe violation(s) (decision 038):\n${formatViolations(list)}`
  }

  private isAppPage(url: string) {
    if (!/^https?:\/\//.test(url)) return false
    return !this.appOrigin || new URL(url).origin === this.appOrigin
  }

  private async scanWhenLoaded(page: Page) {
    try {
      if (page.isClosed()) return
      await page.waitForLoadState('load', { timeout: SETTLE_TIMEOUT_MS })
      await page.waitForTimeout(CLIENT_NAVIGATION_SETTLE_MS)
      const url = page.url()
      const path = safePathname(url)
      if (!this.isAppPage(url) || this.scannedPaths.has(path)) return
      // JSON, text and other documents opened in a tab are not pages of the app.
      const isHtml = await page.evaluate(() => document.contentType === 'text/html')
      if (!isHtml) {
        this.scannedPaths.add(path)
        return
      }
      const scrollBefore = await scrollPosition(page)
      const found = await collectSeriousViolations(page)
      // The test moved on during the scan (another URL, or it scrolled to act lower on the page, and
      // axe judges overlaps by where sticky bars are now: axe-core #3720): what axe saw may mix two
      // states, so the next load of this path scans again.
      if (page.url() !== url || (await scrollPosition(page)) !== scrollBefore) return
      this.scannedPaths.add(path)
      for (const violation of found) this.violations.set(`${violation.rule} ${path}`, violation)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (page.isClosed() || RACE_MESSAGES.some((race) => message.includes(race))) return
      this.skipped.push(`${page.url()}: ${message.split('\n')[0]}`)
    }
  }
}
