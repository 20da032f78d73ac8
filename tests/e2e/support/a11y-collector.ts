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

const isHttp = (url: string) => /^https?:\/\//.test(url)

export class A11yCollector {
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
      if (frame !== page.mainFrame() || !isHttp(frame.url())) return
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

  private async scanWhenLoaded(page: Page) {
    try {
      if (page.isClosed()) return
      await page.waitForLoadState('load', { timeout: SETTLE_TIMEOUT_MS })
      await page.waitForTimeout(CLIENT_NAVIGATION_SETTLE_MS)
      const url = page.url()
      const path = safePathname(url)
      if (!isHttp(url) || this.scannedPaths.has(path)) return
      // JSON, text and other documents opened in a tab are not pages of the app.
      const isHtml = await page.evaluate(() => document.contentType === 'text/html')
      if (!isHtml) {
        this.scannedPaths.add(path)
        return
      }
      const found = await collectSeriousViolations(page)
      // The test moved on during the scan: what axe saw may mix two screens, so the next load scans again.
      if (page.url() !== url) return
      this.scannedPaths.add(path)
      for (const violation of found) this.violations.set(`${violation.rule} ${path}`, violation)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (page.isClosed() || RACE_MESSAGES.some((race) => message.includes(race))) return
      this.skipped.push(`${page.url()}: ${message.split('\n')[0]}`)
    }
  }
}
