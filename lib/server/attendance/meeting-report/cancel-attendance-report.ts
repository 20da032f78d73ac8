import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { parseOrThrow } from '@/lib/server/validation'
import { findAttendanceReportOrThrow } from './get-attendance-report'

// A preview set aside without marking anything (a wrong file, the wrong session).

const cancelInput = z.object({ sessionId: z.unknown(), reportId: z.unknown() })

export async function cancelAttendanceReport(actor: Actor, raw: unknown): Promise<void> {
  const input = parseOrThrow(cancelInput, raw)
  await db.$transaction(async (tx) => {
    const report = await findAttendanceReportOrThrow(tx, actor, input.sessionId, input.reportId)
    const cancelled = await tx.attendanceReport.updateMany({ where: { id: report.id, status: 'PREVIEW' }, data: { status: 'CANCELLED' } })
    if (cancelled.count !== 1) throw new AppError('CONFLICT', 'Laporan ini sudah dikonfirmasi atau dibatalkan.')
    await writeAuditLog(tx, actor, { action: 'cancel', entity: 'AttendanceReport', entityId: report.id, after: { sessionId: report.session.id, fileName: report.fileName } })
  })
}
