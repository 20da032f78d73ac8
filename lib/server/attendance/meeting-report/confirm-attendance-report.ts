import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import type { Prisma } from '@/generated/prisma/client'
import { formatTimeInZone } from '@/lib/format/date-time'
import { applyAttendanceMarks, type IncomingMark, type MarkResult } from '@/lib/server/attendance/apply-attendance-marks'
import { MAX_MARKS_PER_BATCH } from '@/lib/server/attendance/mark-input'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { findAttendanceReportOrThrow } from './get-attendance-report'
import { matchStoredReport } from './load-match-context'
import { storedJoins, type ReportOutcomeCounts, type StoredPreview } from './stored-preview'

// Preview → marks. Every participant the report shows present for the share of the session gets
// Hadir or Terlambat through applyAttendanceMarks (method IMPORT), the one exactly-once path. The
// client mutation id is a digest of the file, the session and the enrolment: the same file
// confirmed again, uploaded twice, or confirmed from two tabs at once, applies each mark once.
// Below the share nothing is written (decision 025).

const confirmInput = z.object({ sessionId: z.unknown(), reportId: z.unknown() })

export type AttendanceReportResult = ReportOutcomeCounts & { messages: string[] }

/** The mark's client mutation id: 'rpt_' and 40 characters of base64url of sha256(file, session, enrolment). */
export function reportMutationId(fileSha256: string, sessionId: string, enrolmentId: string): string {
  return `rpt_${createHash('sha256').update(`${fileSha256}:${sessionId}:${enrolmentId}`).digest('base64url').slice(0, 40)}`
}

const SOURCE_LABEL = { ZOOM: 'Zoom', MEET: 'Google Meet' } as const

export async function confirmAttendanceReport(actor: Actor, raw: unknown, now = new Date()): Promise<AttendanceReportResult> {
  const input = parseOrThrow(confirmInput, raw)
  const report = await findAttendanceReportOrThrow(db, actor, input.sessionId, input.reportId)
  if (report.status === 'CANCELLED') throw new AppError('CONFLICT', 'Laporan ini sudah dibatalkan. Unggah laporannya lagi bila perlu.')
  if (report.status === 'COMMITTED') throw new AppError('CONFLICT', 'Laporan ini sudah dikonfirmasi. Tidak ada yang ditandai dua kali.')
  const { match } = await matchStoredReport(db, report.session, report.preview, storedJoins(report.preview))
  const marks: IncomingMark[] = match.matched.flatMap((m) => m.status ? [{
    clientMutationId: reportMutationId(report.fileSha256, report.session.id, m.enrolmentId),
    sessionId: report.session.id, enrolmentId: m.enrolmentId, status: m.status, method: 'IMPORT' as const, markedAt: null,
    note: `Laporan ${SOURCE_LABEL[report.source]}: ${m.minutes} menit hadir, bergabung pertama ${formatTimeInZone(new Date(m.firstJoin), report.session.timeZone, report.session.timeZoneLabel)}.`,
  }] : [])
  if (!marks.length) throw new AppError('VALIDATION', `Tidak ada peserta yang hadir sedikitnya ${match.requiredMinutes} menit menurut laporan ini. Tautkan nama yang belum cocok, atau tandai kehadiran di daftar hadir.`)

  const results: MarkResult[] = []
  for (let i = 0; i < marks.length; i += MAX_MARKS_PER_BATCH) results.push(...await applyAttendanceMarks(actor, marks.slice(i, i + MAX_MARKS_PER_BATCH), now))
  const counts: ReportOutcomeCounts = { applied: 0, unchanged: 0, superseded: 0, duplicate: 0, refused: 0 }
  for (const r of results) {
    if (r.outcome === 'APPLIED') counts.applied++
    else if (r.outcome === 'DUPLICATE') counts.duplicate++
    else if (r.outcome === 'SUPERSEDED') counts.superseded++
    else if (r.outcome === 'REFUSED') counts.refused++
    else counts.unchanged++
  }
  const messages = [...new Set(results.filter((r) => r.outcome === 'REFUSED' && r.message).map((r) => r.message!))]
  // Every mark refused (a trainer after the lock): nothing happened, the preview stays to be confirmed by an officer.
  if (counts.refused === results.length) throw new AppError('FORBIDDEN', messages[0] ?? 'Kehadiran sesi ini tidak dapat ditandai.')

  const result: AttendanceReportResult = { ...counts, messages }
  await db.$transaction(async (tx) => {
    const preview: StoredPreview = { ...report.preview, result }
    const claimed = await tx.attendanceReport.updateMany({
      where: { id: report.id, status: 'PREVIEW' },
      data: { status: 'COMMITTED', committedAt: now, preview: preview as unknown as Prisma.InputJsonValue },
    })
    // A confirmation from another tab got there first: its marks and ours are the same ones.
    if (claimed.count !== 1) return
    await writeAuditLog(tx, actor, {
      action: 'confirm', entity: 'AttendanceReport', entityId: report.id,
      after: { sessionId: report.session.id, fileName: report.fileName, fileSha256: report.fileSha256, source: report.source, marks: marks.length, ...counts },
    })
  })
  return result
}
