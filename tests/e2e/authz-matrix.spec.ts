// The authorization matrix for pages and route handlers (tests/authz/matrix.ts), over HTTP against the
// running app with the demo data: every page and handler requested as every subject, on side "own"
// (Jawa Barat) and side "other" (Kalimantan Timur) where the target has a side.
import type { APIResponse } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { PAGES, ROUTES, SUBJECTS, type PageName, type Row, type RouteName, type Subject } from '../authz/matrix'
import { buildMatrixWorld, type MatrixWorld, type Side } from './support/authz-world'
import { PAGE_TARGETS, ROUTE_TARGETS, type RouteTarget } from './support/authz-targets'

let world: MatrixWorld
test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(60_000)
  world = await buildMatrixWorld(baseURL!)
})
test.afterAll(async () => world?.dispose())

type Kind = 'allowed' | 'refused' | 'unexpected'

/** Allowed: 2xx, or sent on anywhere but the sign-in page. Refused: 401/403/404 or sent to sign in. */
async function kindOf(response: APIResponse, target: Pick<RouteTarget, 'passed' | 'isEmpty'> = {}): Promise<Kind> {
  const status = response.status()
  if (status >= 300 && status < 400) return new URL(response.headers().location ?? '', 'http://x').pathname === '/masuk' ? 'refused' : 'allowed'
  if ([401, 403, 404].includes(status)) return 'refused'
  if (status >= 200 && status < 300) return target.isEmpty && (await target.isEmpty(response)) ? 'refused' : 'allowed'
  return target.passed?.includes(status) ? 'allowed' : 'unexpected'
}

const expected = (row: Row, subject: Subject, side: Side): Kind =>
  row[subject] === 'yes' || (row[subject] === 'own' && side === 'own') ? 'allowed' : 'refused'

/** Every subject on every side at once; the list of cells that differ from the matrix. */
async function mismatches(row: Row, scoped: boolean, send: (subject: Subject, side: Side) => Promise<APIResponse>, target?: RouteTarget) {
  const sides: Side[] = scoped ? ['own', 'other'] : ['own']
  const cells = SUBJECTS.flatMap((subject) => sides.map((side) => ({ subject, side })))
  const results = await Promise.all(cells.map(async ({ subject, side }) => {
    const response = await send(subject, side)
    const got = await kindOf(response, target)
    const want = expected(row, subject, side)
    return got === want ? null : `${subject}${scoped ? ` on ${side} side` : ''}: expected ${want}, got ${got} (${response.status()}${response.status() === 200 && got === 'refused' ? ', nothing in it' : ''} ${response.headers().location ?? ''})`
  }))
  return results.filter(Boolean)
}

test('every route handler and every page with [params] has its request here', () => {
  expect(Object.keys(ROUTE_TARGETS).sort(), 'add it to tests/e2e/support/authz-targets.ts').toEqual(Object.keys(ROUTES).sort())
  const dynamic = Object.keys(PAGES).filter((p) => p.includes('['))
  expect(Object.keys(PAGE_TARGETS).sort(), 'add its addresses to PAGE_TARGETS in tests/e2e/support/authz-targets.ts').toEqual(dynamic.sort())
})

for (const name of Object.keys(ROUTES) as RouteName[]) {
  test(`route ${name}`, async () => {
    // Printing cards hashes a code and draws a card for each participant of a demo cohort.
    test.setTimeout(90_000)
    const target = ROUTE_TARGETS[name]
    expect(await mismatches(ROUTES[name], target.scoped, (subject, side) => target.send(world.contexts[subject], world, side), target)).toEqual([])
  })
}

for (const name of Object.keys(PAGES) as PageName[]) {
  test(`page ${name}`, async () => {
    const target = PAGE_TARGETS[name] ?? { scoped: false, url: () => name }
    expect(await mismatches(PAGES[name], target.scoped, (subject, side) => world.contexts[subject].get(target.url(world, side), { maxRedirects: 0 }))).toEqual([])
  })
}
