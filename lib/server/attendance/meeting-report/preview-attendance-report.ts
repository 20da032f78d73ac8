import 'server-only'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { parseMeetingReport } from '@/lib/attendance/meeting-report'
import { markingLocksAt, markingWindow } from '@/lib/attendance/rules'
import { formatDateTimeInZone, formatSessionTime } from '@/lib/format/date-time'
import { writeAuditLog } from '@/lib/server/audit/write-audit-log'
import { db } from '@/lib/server/db'
import { AppError } from '@/lib/server/errors'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { parseOrThrow, textField, validationError } from '@/lib/server/validation'
import { findReportSessionOrThrow, reportScopeAction } from './report-session'
import { toStoredPreview } from './stored-preview'

// Upload → preview: reads the Zoom or Meet report, checks that it is a report of this session,
// and keeps the parsed joins in attendance_report (status PREVIEW) for the preview page. Writes no
// mark: those are written only when the preview is confirmed.

export const MAX_REPORT_BYTES = 2 * 1024 * 1024
/** How far the report's times may lie from the session's and still be this session's report. */
const SLACK_MS = 60 * 60_000

const previewInput = z.object({
  sessionId: z.unknown(),
  fileName: textField('Nama berkas', { max: 255, hidden: 'strip', minMessage: 'Pilih berkas laporan CSV dari Zoom atau Google Meet.' }),
  bytes: z.instanceof(Uint8Array, { message: 'Pilih berkas laporan CSV dari Zoom atau Google Meet.' }),
})

export type AttendanceReportPreview = { reportId: string; alreadyAppliedAt: Date | null }

const fileError = (message: string) => validationError({ file: [message] }, message)

export async function previewAttendanceReport(actor: Actor, raw: unknown, now = new Date()): Promise<AttendanceReportPreview> {
  reportScopeAction(actor)
  const input = parseOrThrow(previewInput, raw)
  const session = await findReportSessionOrThrow(db, actor, input.sessionId)
  const rules = await getAttendanceSettings()
  // A trainer hears it now rather than after checking the file: the core would refuse the marks.
  if (reportScopeAction(actor) === 'mark' && markingWindow(session, rules, now) === 'LOCKED') {
    throw new AppError('VALIDATION', `Presensi sesi ini terkunci sejak ${formatDateTimeInZone(markingLocksAt(session, rules), session.timeZone, session.timeZoneLabel)}. Minta operator provinsi mengunggah laporannya.`)
  }
  if (input.bytes.byteLength > MAX_REPORT_BYTES) throw fileError('Ukuran berkas maksimal 2 MB.')
  if (!/\.(csv|txt)$/i.test(input.fileName)) throw fileError('Berkas harus laporan CSV (.csv). Di Zoom: Laporan → Penggunaan → Peserta → Ekspor. Di Google Meet: unduh laporan kehadiran sebagai CSV.')

  const parsed = parseMeetingReport(input.bytes, { timeZone: session.timeZone, startsAt: session.startsAt, endsAt: session.endsAt })
  if (!parsed.ok) throw fileError(parsed.message)
  const first = Math.min(...parsed.rows.map((r) => r.joinedAt.getTime()))
  const last = Math.max(...parsed.rows.map((r) => r.leftAt.getTime()))
  if (last < session.startsAt.getTime() - SLACK_MS || first > session.endsAt.getTime() + SLACK_MS) {
    throw fileError(`Waktu dalam laporan (${formatSessionTime(new Date(first), new Date(last), session.timeZone, session.timeZoneLabel)}) tidak bertemu jadwal sesi ini (${formatSessionTime(session.startsAt, session.endsAt, session.timeZone, session.timeZoneLabel)}). Pastikan laporan ini dari rapat sesi tersebut.`)
  }

  const sha256 = createHash('sha256').update(input.bytes).digest('hex')
  const preview = toStoredPreview(parsed.source, parsed.meeting, parsed.rows, parsed.skipped)
  const report = await db.$transaction(async (tx) => {
    const created = await tx.attendanceReport.create({
      data: { sessionId: session.id, createdById: actor.userId, fileName: input.fileName, fileSha256: sha256, source: parsed.source, preview },
      select: { id: true },
    })
    await writeAuditLog(tx, actor, {
      action: 'preview', entity: 'AttendanceReport', entityId: created.id,
      after: { sessionId: session.id, fileName: input.fileName, fileSha256: sha256, source: parsed.source, joins: parsed.rows.length, skipped: parsed.skipped.length },
    })
    return created
  })
  const applied = await db.attendanceReport.findFirst({
    where: { sessionId: session.id, fileSha256: sha256, status: 'COMMITTED' },
    orderBy: { committedAt: 'desc' },
    select: { committedAt: true },
  })
  return { reportId: report.id, alreadyAppliedAt: applied?.committedAt ?? null }
}
