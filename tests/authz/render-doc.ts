// docs/authorization-matrix.md, rendered from the matrix so the reviewer's copy cannot drift from the
// tests (tests/authz/inventory.test.ts compares them; `npm run docs:authz` rewrites the file).
import { ACTIONS, PAGES, ROUTES, SUBJECT_LABELS, SUBJECTS, type Row, type Verdict } from './matrix'

export const DOC_PATH = 'docs/authorization-matrix.md'

const CELL: Record<Verdict, string> = { yes: 'yes', own: 'own only', no: '—' }

function table(title: string, firstColumn: string, rows: Record<string, Row>): string {
  const header = `| ${firstColumn} | ${SUBJECTS.map((s) => SUBJECT_LABELS[s]).join(' | ')} | note |`
  const rule = `|${' --- |'.repeat(SUBJECTS.length + 2)}`
  const lines = Object.entries(rows)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, row]) => `| \`${name}\` | ${SUBJECTS.map((s) => CELL[row[s]]).join(' | ')} | ${row.note ?? ''} |`)
  return [`## ${title}`, '', header, rule, ...lines].join('\n')
}

export function renderAuthorizationDoc(): string {
  return [
    '# Authorization matrix',
    '',
    '<!-- Generated from tests/authz/matrix.ts by `npm run docs:authz`. Do not edit by hand. -->',
    '',
    'Who may call each server action, route handler and page. **yes**: allowed, on the subject\'s own',
    'scope and on anyone else\'s; **own only**: allowed on the own scope — the Operator Provinsi\'s own',
    'province, the Pelatih Ahli\'s own profile and the cohorts they are assigned to, the Peserta\'s own',
    'record — and refused on another; **—**: refused (403, 404 for rows out of scope, or the sign-in page).',
    '',
    'Every row is tested: actions by calling them as each subject against a real database',
    '(`tests/integration/authz/actions.test.ts`, refused calls must write nothing), pages and route',
    'handlers over HTTP against the running app (`tests/e2e/authz-matrix.spec.ts`). A new action, route',
    'handler or page without its row fails `tests/authz/inventory.test.ts`.',
    '',
    table('Server actions', 'action', ACTIONS),
    '',
    table('Route handlers', 'handler', ROUTES),
    '',
    table('Pages', 'page', PAGES),
    '',
  ].join('\n')
}
