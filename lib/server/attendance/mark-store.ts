import 'server-only'
import type { AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import type { CurrentMark } from '@/lib/attendance/resolve-mark'
import { auditRow, type AuditEntry } from '@/lib/server/audit/write-audit-log'
import type { Tx } from '@/lib/server/db'

// What applyMarks reads and writes under a session's lock, in one statement each (decision 021):
// a trainer's tap is among the commonest requests, and its cost is round trips, not rows. The
// write puts the new and changed marks, every mutation id and the audit records in together, as
// JSON record sets (one parameter per table, enum and uuid columns cast by the row type).

export type StoredMark = CurrentMark & { id: string; enrolmentId: string; sessionId: string }
export type MarkRow = StoredMark & { markedById: string; clientMutationId: string }
export type MutationRow = {
  clientMutationId: string; sessionId: string; enrolmentId: string; status: AttendanceStatus; method: MarkMethod; markedAt: Date; actorId: string; outcome: string
}

type StoredMarkJson = Omit<StoredMark, 'markedAt'> & { markedAt: string }

/** Which of these mutation ids were received before, and the marks of these participants in these sessions. */
export async function readMarkState(tx: Tx, mutationIds: string[], sessionIds: string[], enrolmentIds: string[]): Promise<{ seen: Set<string>; marks: StoredMark[] }> {
  const [row] = await tx.$queryRaw<{ seen: string[] | null; marks: StoredMarkJson[] | null }[]>`
    SELECT
      (SELECT array_agg("clientMutationId") FROM attendance_mutation WHERE "clientMutationId" = ANY(${mutationIds}::text[])) AS seen,
      (SELECT json_agg(json_build_object('id', id, 'enrolmentId', "enrolmentId", 'sessionId', "sessionId", 'status', status, 'method', method, 'markedAt', "markedAt", 'note', note))
         FROM attendance_mark WHERE "sessionId" = ANY(${sessionIds}::uuid[]) AND "enrolmentId" = ANY(${enrolmentIds}::uuid[])) AS marks`
  return { seen: new Set(row?.seen ?? []), marks: (row?.marks ?? []).map((m) => ({ ...m, markedAt: new Date(m.markedAt) })) }
}

/** Inserts `creates`, overwrites `updates` (by id), records the mutations and the audit entries: all or nothing, in one statement. */
export async function writeMarkChanges(tx: Tx, actor: Actor, changes: { creates: MarkRow[]; updates: MarkRow[]; mutations: MutationRow[]; audit: AuditEntry[] }): Promise<void> {
  const { creates, updates, mutations, audit } = changes
  if (!creates.length && !updates.length && !mutations.length && !audit.length) return
  const json = (rows: unknown[]) => JSON.stringify(rows)
  await tx.$executeRaw`
    WITH created AS (
      INSERT INTO attendance_mark (id, "enrolmentId", "sessionId", status, method, "markedById", "markedAt", "clientMutationId", note)
      SELECT id, "enrolmentId", "sessionId", status, method, "markedById", "markedAt", "clientMutationId", note
      FROM jsonb_populate_recordset(NULL::attendance_mark, ${json(creates)}::jsonb)
      RETURNING 1
    ), updated AS (
      UPDATE attendance_mark m
      SET status = u.status, method = u.method, "markedById" = u."markedById", "markedAt" = u."markedAt", "clientMutationId" = u."clientMutationId", note = u.note
      FROM jsonb_populate_recordset(NULL::attendance_mark, ${json(updates)}::jsonb) u
      WHERE m.id = u.id
      RETURNING 1
    ), received AS (
      INSERT INTO attendance_mutation ("clientMutationId", "sessionId", "enrolmentId", status, method, "markedAt", "receivedAt", "actorId", outcome)
      SELECT "clientMutationId", "sessionId", "enrolmentId", status, method, "markedAt", now(), "actorId", outcome
      FROM jsonb_populate_recordset(NULL::attendance_mutation, ${json(mutations)}::jsonb)
      RETURNING 1
    ), audited AS (
      INSERT INTO audit_log ("actorId", "actorRole", action, entity, "entityId", before, after, ip, "userAgent")
      SELECT "actorId", "actorRole", action, entity, "entityId", before, after, ip, "userAgent"
      FROM jsonb_populate_recordset(NULL::audit_log, ${json(audit.map((entry) => auditRow(actor, entry)))}::jsonb)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM created) + (SELECT count(*) FROM updated) + (SELECT count(*) FROM received) + (SELECT count(*) FROM audited)`
}
