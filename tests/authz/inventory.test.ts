// The matrix lists exactly what the app exposes: a new server action, route handler or page without
// its row fails here, with the line to add; a row naming something that is gone fails too. And the
// reviewer's copy in docs/ is the table as it is now.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listPages, listRouteHandlers, listServerActions } from './inventory'
import { ACTIONS, PAGES, ROUTES, SUBJECTS, type Row } from './matrix'
import { DOC_PATH, renderAuthorizationDoc } from './render-doc'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SUGGESTED = "{ admin: 'no', operator: 'no', trainer: 'no', participant: 'no', signedOut: 'no' }"

/** The table's names against the app's, as one readable list of what to add and what to remove. */
function differences(table: string, listed: Record<string, Row>, found: { name: string; file: string }[], alsoAdd: string): string[] {
  const names = new Set(found.map((f) => f.name))
  const missing = found.filter((f) => !(f.name in listed)).map((f) =>
    `${f.file}: \`${f.name}\` has no row. Add to ${table} in tests/authz/matrix.ts (set each verdict: 'yes' | 'own' | 'no'):\n` +
    `  ${/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : `'${f.name}'`}: ${SUGGESTED},\n${alsoAdd}`)
  const stale = Object.keys(listed).filter((n) => !names.has(n)).map((n) =>
    `${table} in tests/authz/matrix.ts has a row for \`${n}\`, which no longer exists: remove it (and its case), then run npm run docs:authz.`)
  return [...missing, ...stale]
}

describe('the authorization matrix lists', () => {
  it('every server action, and nothing else', () => {
    const { actions, inline } = listServerActions()
    expect(actions.length).toBeGreaterThan(0)
    expect(inline.map((i) => `${i.file}: a 'use server' inside a function; move the action to its own file in lib/actions/ so the matrix can name it`)).toEqual([])
    expect(differences('ACTIONS', ACTIONS, actions, '  and a case in tests/integration/authz/action-cases.ts.')).toEqual([])
  })

  it('every HTTP method of every route handler, and nothing else', () => {
    const routes = listRouteHandlers()
    expect(routes.length).toBeGreaterThan(0)
    expect(differences('ROUTES', ROUTES, routes, '  and a request in tests/e2e/support/authz-targets.ts.')).toEqual([])
  })

  it('every page, and nothing else', () => {
    const pages = listPages()
    expect(pages.length).toBeGreaterThan(0)
    expect(differences('PAGES', PAGES, pages, '  and, for a page with [params], its addresses in tests/e2e/support/authz-targets.ts.')).toEqual([])
  })

  it('with a verdict for every subject, and the signed-out visitor never more than "yes" or "no"', () => {
    for (const [name, row] of Object.entries({ ...ACTIONS, ...ROUTES, ...PAGES })) {
      for (const subject of SUBJECTS) expect(['yes', 'own', 'no'], `${name} / ${subject}`).toContain((row as Row)[subject])
      expect((row as Row).signedOut, `${name}: a signed-out visitor has no own scope`).not.toBe('own')
    }
  })
})

it(`${DOC_PATH} is the matrix as it is now (npm run docs:authz rewrites it)`, () => {
  const committed = readFileSync(path.join(ROOT, DOC_PATH), 'utf8')
  expect(committed, `${DOC_PATH} is out of date: run npm run docs:authz and commit it`).toBe(renderAuthorizationDoc())
})
