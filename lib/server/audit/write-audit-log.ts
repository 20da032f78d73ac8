import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { Tx } from '@/lib/server/db'
import type { Prisma } from '@/generated/prisma/client'

export type AuditEntry = {
  action: string
  entity: string
  entityId?: string | null
  before?: unknown
  after?: unknown
}

// Secrets and personal identifiers never enter the audit trail, even hashed.
const REDACTED_KEYS = new Set(['passwordHash', 'accessCodeHash', 'nikCiphertext', 'nikHash', 'password', 'accessCode', 'nik'])

function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (REDACTED_KEYS.has(key)) return '[disembunyikan]'
      if (typeof v === 'bigint') return v.toString()
      return v
    }),
  )
}

/** The row an entry becomes (for callers that insert audit rows with raw SQL in one statement with their change). */
export const auditRow = (actor: Actor | null, entry: AuditEntry) => ({
  actorId: actor?.userId ?? null,
  actorRole: actor?.role ?? null,
  action: entry.action,
  entity: entry.entity,
  entityId: entry.entityId ?? null,
  before: toAuditJson(entry.before),
  after: toAuditJson(entry.after),
  ip: actor?.ip ?? null,
  userAgent: actor?.userAgent?.slice(0, 500) ?? null,
})

/**
 * Appends one audit record. Call it inside the same transaction as the write it describes, so that
 * a rolled-back change leaves no record and a committed one always has one.
 */
export async function writeAuditLog(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry) })
}

/** The same for many records of one change (a proposal's assignments, an import) in one INSERT. */
export async function writeAuditLogs(tx: Tx, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map((entry) => auditRow(actor, entry)) })
}
