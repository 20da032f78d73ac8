// After the run of bench/two-instances.ts: is every acknowledged write in the database, and is
// nothing half written? Plain SQL on the bench database, so it checks what PostgreSQL holds.
import { verify } from '@node-rs/argon2'
import pg from 'pg'
import type { TrafficContext } from './instance-traffic'

export type Check = { name: string; ok: boolean; detail: string }

// As lib/server/participant-access/access-code.ts normalises a typed code before hashing it.
const normalizeAccessCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '')

export async function checkWrites(url: string, ctx: TrafficContext): Promise<Check[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const checks: Check[] = []
  const check = (name: string, missing: string[], total: number) =>
    checks.push({ name, ok: missing.length === 0, detail: `${total - missing.length}/${total}${missing.length ? `; missing: ${missing.slice(0, 5).join(', ')}` : ''}` })
  try {
    const a = ctx.acknowledged
    const prefix = `Bench ${ctx.runId} %`

    // Registrations: the participant, its enrolment in the bench cohort and both audit entries.
    const { rows: registered } = await client.query<{ id: string; name: string; enrolments: number; audits: number }>(
      `SELECT p.id, p.name,
              (SELECT count(*)::int FROM enrolment e WHERE e."participantId" = p.id AND e."cohortId" = $2) AS enrolments,
              (SELECT count(*)::int FROM audit_log l WHERE l.entity = 'Participant' AND l."entityId" = p.id::text AND l.action IN ('create', 'import')) AS audits
         FROM participant p WHERE p.name LIKE $1`,
      [prefix, ctx.cohortId],
    )
    const byName = new Map(registered.map((r) => [r.name, r]))
    check('every acknowledged registration is stored (participant, enrolment, audit)',
      a.participants.filter((p) => { const r = byName.get(p.name); return !r || r.id !== p.id || r.enrolments !== 1 || r.audits < 1 }).map((p) => p.name),
      a.participants.length)

    // Access codes: the participant's sign-in account holds the hash of the code that was shown.
    const { rows: users } = await client.query<{ participantId: string; accessCodeHash: string | null }>(
      `SELECT "participantId", "accessCodeHash" FROM "user" WHERE "participantId" = ANY($1::uuid[])`, [a.accessCodes.map((c) => c.participantId)])
    const hashes = new Map(users.map((u) => [u.participantId, u.accessCodeHash]))
    const wrongCodes: string[] = []
    for (const c of a.accessCodes) {
      const hash = hashes.get(c.participantId)
      if (!hash || !(await verify(hash, normalizeAccessCode(c.code)).catch(() => false))) wrongCodes.push(c.participantId)
    }
    check('every acknowledged access code opens its account', wrongCodes, a.accessCodes.length)

    // Imports: a stored preview for every answered upload; a confirmed one has all its participants.
    const { rows: batches } = await client.query<{ id: string; status: string }>(`SELECT id, status FROM import_batch WHERE "cohortId" = $1`, [ctx.cohortId])
    const statusOf = new Map(batches.map((b) => [b.id, b.status]))
    check('every acknowledged import preview is stored', a.previews.filter((p) => !statusOf.has(p.batchId)).map((p) => p.batchId), a.previews.length)
    const present = (names: string[]) => names.filter((n) => byName.get(n)?.enrolments === 1).length
    check('every acknowledged import is committed with all its participants',
      a.imports.filter((i) => statusOf.get(i.batchId) !== 'COMMITTED' || present(i.names) !== i.names.length).map((i) => i.batchId), a.imports.length)

    // Nothing half written, whatever was acknowledged: every import all or nothing, matching its
    // status; every participant of the run enrolled exactly once, with its audit entry.
    const halfImports = a.previews.filter((p) => {
      const n = present(p.names)
      return statusOf.get(p.batchId) === 'COMMITTED' ? n !== p.names.length : n !== 0
    })
    checks.push({ name: 'no import half written (all rows or none, matching its status)', ok: halfImports.length === 0, detail: `${a.previews.length} previews; ${halfImports.length} half written` })
    const orphans = registered.filter((r) => r.enrolments !== 1 || r.audits < 1)
    checks.push({ name: 'no participant of the run without its enrolment or audit entry', ok: orphans.length === 0, detail: `${registered.length} participants; ${orphans.length} inconsistent` })
    const { rows: [stuck] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM import_batch WHERE "cohortId" = $1 AND status IN ('PARSING', 'COMMITTING')`, [ctx.cohortId])
    checks.push({ name: 'no import left in an intermediate state', ok: stuck.n === 0, detail: `${stuck.n} batches PARSING/COMMITTING` })
    // MARKS AND CHECK-INS: their presence checks go here once they exist (see instance-traffic.ts).
    return checks
  } finally {
    await client.end()
  }
}
