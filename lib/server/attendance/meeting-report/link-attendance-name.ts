import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { nameKey } from '@/lib/attendance/meeting-report'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError, notFoundError } from '@/lib/server/errors'
import { idOrNotFound, parseOrThrow } from '@/lib/server/validation'
import { findAttendanceReportOrThrow } from './get-attendance-report'

// A display name of a report linked by hand to one of the session's participants. The link is
// kept for the cohort (attendance_name_link: cohort + the name's key), so the same name in the
// cohort's later sessions matches by itself. Linking again replaces the cohort's link for that name.

const linkInput = z.object({
  sessionId: z.unknown(),
  reportId: z.unknown(),
  nameKey: z.string({ error: 'Nama di laporan tidak dikenal.' }).min(1, 'Nama di laporan tidak dikenal.').max(200, 'Nama di laporan tidak dikenal.'),
  enrolmentId: z.string({ error: 'Pilih peserta untuk nama ini.' }).min(1, 'Pilih peserta untuk nama ini.'),
})

export async function linkAttendanceName(actor: Actor, raw: unknown): Promise<{ linkId: string }> {
  const input = parseOrThrow(linkInput, raw)
  return db.$transaction(async (tx) => {
    const report = await findAttendanceReportOrThrow(tx, actor, input.sessionId, input.reportId)
    if (report.status !== 'PREVIEW') throw new AppError('CONFLICT', 'Laporan ini sudah dikonfirmasi atau dibatalkan. Unggah laporannya lagi untuk menautkan nama.')
    // Only a name that this report holds: nothing else can be linked through it.
    if (!report.preview.rows.some((r) => nameKey(r.name) === input.nameKey)) throw new AppError('VALIDATION', 'Nama ini tidak ada di laporan.')
    const enrolmentId = idOrNotFound(input.enrolmentId, 'Peserta tidak ditemukan di kelas ini.')
    const enrolment = await tx.enrolment.findFirst({
      where: { id: enrolmentId, cohortId: report.session.cohortId, status: { not: 'WITHDRAWN' } },
      select: { id: true, participant: { select: { name: true } } },
    })
    if (!enrolment) throw notFoundError('Peserta tidak ditemukan di kelas ini.')
    const before = await tx.attendanceNameLink.findUnique({
      where: { cohortId_nameKey: { cohortId: report.session.cohortId, nameKey: input.nameKey } },
      select: { id: true, enrolmentId: true },
    })
    const link = await tx.attendanceNameLink.upsert({
      where: { cohortId_nameKey: { cohortId: report.session.cohortId, nameKey: input.nameKey } },
      create: { cohortId: report.session.cohortId, nameKey: input.nameKey, enrolmentId: enrolment.id, createdById: actor.userId },
      update: { enrolmentId: enrolment.id, createdById: actor.userId },
      select: { id: true },
    })
    await writeAuditLog(tx, actor, {
      action: before ? 'update' : 'create', entity: 'AttendanceNameLink', entityId: link.id,
      before: before ? { enrolmentId: before.enrolmentId } : null,
      after: { cohortId: report.session.cohortId, nameKey: input.nameKey, enrolmentId: enrolment.id, participantName: enrolment.participant.name, reportId: report.id },
    })
    return { linkId: link.id }
  })
}
