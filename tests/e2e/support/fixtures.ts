// The `test` and `expect` every e2e spec imports (decision 038). On top of Playwright's own they scan
// every document the test's pages load with axe (WCAG 2 A/AA) and fail the test at its end when a
// serious or critical violation was found, listing rule, impact, URL and the first elements.
// Covered: the `page` and `context` fixtures, every page of a context made by `browser.newContext()`
// inside a test, full loads, `goto`, redirects and client-side navigations of the app's origin (each
// URL path once per test). Not covered: contexts made in beforeAll/afterAll hooks, pages of another
// origin a test serves itself, documents the test left before their scan could run (the next load of
// that path is scanned), non-HTML documents, states reached without a navigation (an open dialog, an
// error shown after submitting), and `page.setContent()` (no URL: call collectSeriousViolations).
import { expect, test as base, type Browser } from '@playwright/test'
import { A11yCollector } from './a11y-collector'

export { collectSeriousViolations } from './a11y-scan'

// One test at a time runs in a worker: browser.newContext() hands its contexts to this test's collector.
let currentCollector: A11yCollector | undefined

export const test = base.extend<{ a11y: A11yCollector }, { browser: Browser }>({
  browser: [
    // `provide`, not `use`: the React hooks lint rule takes a call to use() for a hook.
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (options) => {
        const context = await newContext(options)
        currentCollector?.watchContext(context)
        return context
      }
      await provide(browser)
      browser.newContext = newContext
    },
    { scope: 'worker' },
  ],
  a11y: [
    async ({ baseURL }, provide, testInfo) => {
      const collector = new A11yCollector(baseURL ? new URL(baseURL).origin : undefined)
      currentCollector = collector
      await provide(collector)
      currentCollector = undefined
      await collector.settle()
      for (const reason of collector.skipped) testInfo.annotations.push({ type: 'a11y-scan-skipped', description: reason })
      const report = collector.report()
      if (report) throw new Error(report)
    },
    { auto: true },
  ],
  context: async ({ context, a11y }, provide) => {
    a11y.watchContext(context)
    await provide(context)
    await a11y.settle()
  },
})

export { expect }
