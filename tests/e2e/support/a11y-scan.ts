// One axe scan of the page as it is now: WCAG 2 A/AA rules, only the serious and critical violations
// kept (decision 038). Used by the fixture in ./fixtures.ts on every document a test loads, and
// directly by the spec that proves the check can fail.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const BLOCKING_IMPACTS = new Set(['serious', 'critical'])

/**
 * Justified exceptions, each with its reason. An entry excludes the elements matching `selector`
 * from the scan (only on paths matching `path`, when given). Keep this list short: a violation in
 * our own markup is fixed in app/ or components/, never listed here.
 */
export const A11Y_EXCEPTIONS: readonly { selector: string; path?: RegExp; reason: string }[] = [
  // (none today; the one rule-level exception, for an axe limitation, is isScrollDependentTargetSize below)
]

export type A11yViolation = { rule: string; impact: string; url: string; help: string; targets: string[]; detail: string }

/**
 * The one rule-level exception, for a known axe limitation rather than our markup: axe-core takes a
 * sticky element to be where it is at the moment of the scan (issue 3720). A `bottom-0` sticky bar
 * whose form is below the fold is pushed up to the form's top, over its first buttons, off screen;
 * on a scrolled page it covers whatever the viewport's bottom edge holds. axe then fails those targets
 * as "partially obscured" although the bar moves off them as the user scrolls (the class page's
 * "Cetak kartu" bar over its quick-pick buttons). Such nodes are ignored when the page is scrolled or
 * the target is not wholly on screen; a target too small in itself still fails.
 */
async function isScrollDependentTargetSize(page: Page, rule: string, node: { target: unknown[]; failureSummary?: string }) {
  if (rule !== 'target-size' || !/obscured/.test(node.failureSummary ?? '') || node.target.length !== 1) return false
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect()
    return window.scrollY > 0 || !box || box.top < 0 || box.bottom > window.innerHeight
  }, String(node.target[0]))
}

/** Runs axe on the page's current document and returns its serious and critical violations. */
export async function collectSeriousViolations(page: Page): Promise<A11yViolation[]> {
  const url = page.url()
  const pathname = safePathname(url)
  // Legacy mode runs axe.run() inside the page: the default mode opens a blank page in the same
  // context to merge frame results, which tests counting pages or waiting for popups would see.
  const builder = new AxeBuilder({ page }).withTags(A11Y_TAGS).setLegacyMode(true)
  for (const exception of A11Y_EXCEPTIONS) {
    if (!exception.path || exception.path.test(pathname)) builder.exclude(exception.selector)
  }
  const results = await builder.analyze()
  const blocking = []
  for (const violation of results.violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))) {
    const nodes = []
    for (const node of violation.nodes) if (!(await isScrollDependentTargetSize(page, violation.id, node))) nodes.push(node)
    if (nodes.length) blocking.push({ ...violation, nodes })
  }
  return blocking
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      url,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.map(String).join(' >>> ')),
      // The first node's reason, e.g. "Element has insufficient color contrast of 2.5 (foreground …)".
      detail: violation.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? '',
    }))
}

export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) => `  - ${v.rule} (${v.impact}) at ${v.url}: ${v.help}\n      ${[...v.targets, v.detail].filter(Boolean).join('\n      ')}`)
    .join('\n')
}

export function safePathname(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}
