import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { EnrolledParticipant, ReportMatch } from '@/lib/attendance/meeting-report'
import { markingLocksAt, markingWindow, type MarkingWindow } from '@/lib/attendance/rules'
import type { AttendanceReportStatus, AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'
import { db, type Db, type Tx } from '@/lib/server/db'
import { notFoundError } from '@/lib/server/errors'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { idOrNotFound } from '@/lib/server/validation'
import { matchStoredReport } from './load-match-context'
import { findReportSessionOrThrow, reportScopeAction, type ReportSession } from './report-session'
import { storedJoins, type StoredPreview } from './stored-preview'

// A stored report with its match worked out now (links made since the upload count), for the
// preview page and for confirming.

export const REPORT_NOT_FOUND = 'Laporan tidak ditemukan.'

export type LoadedReport = {
  id: string; fileName: string; fileSha256: string; source: 'ZOOM' | 'MEET'; status: AttendanceReportStatus
  createdAt: Date; committedAt: Date | null; preview: StoredPreview; session: ReportSession
}

/** The report, through its session's scope; a report of another session or scope is NOT_FOUND. */
export async function findAttendanceReportOrThrow(client: Db | Tx, actor: Actor, sessionId: unknown, reportId: unknown, { requireOnline = true } = {}): Promise<LoadedReport> {
  reportScopeAction(actor)
  const id = idOrNotFound(reportId, REPORT_NOT_FOUND)
  const session = await findReportSessionOrThrow(client, actor, sessionId, { requireOnline })
  const report = await client.attendanceReport.findFirst({
    where: { id, sessionId: session.id },
    select: { id: true, fileName: true, fileSha256: true, source: true, status: true, createdAt: true, committedAt: true, preview: true },
  })
  if (!report) throw notFoundError(REPORT_NOT_FOUND)
  return { ...report, source: report.source === 'MEET' ? 'MEET' : 'ZOOM', preview: report.preview as unknown as StoredPreview, session }
}

export type CurrentMarkView = { status: AttendanceStatus; method: MarkMethod }
export type AttendanceReportView = LoadedReport & {
  match: ReportMatch
  participants: EnrolledParticipant[]
  currentMarks: Record<string, CurrentMarkView>
  alreadyAppliedAt: Date | null
  /** For a trainer: whether the marking window is open (officers: always 'OPEN'). */
  window: MarkingWindow
  lockedAt: Date
}

export async function getAttendanceReport(actor: Actor, sessionId: unknown, reportId: unknown, now = new Date()): Promise<AttendanceReportView> {
  // Still shown if the session was made offline since the upload; confirming and linking refuse then.
  const report = await findAttendanceReportOrThrow(db, actor, sessionId, reportId, { requireOnline: false })
  const [{ match, participants }, marks, applied, rules] = await Promise.all([
    matchStoredReport(db, report.session, report.preview, storedJoins(report.preview)),
    db.attendanceMark.findMany({ where: { sessionId: report.session.id }, select: { enrolmentId: true, status: true, method: true } }),
    db.attendanceReport.findFirst({
      where: { sessionId: report.session.id, fileSha256: report.fileSha256, status: 'COMMITTED', id: { not: report.id } },
      orderBy: { committedAt: 'desc' }, select: { committedAt: true },
    }),
    getAttendanceSettings(),
  ])
  return {
    ...report, match, participants,
    currentMarks: Object.fromEntries(marks.map((m) => [m.enrolmentId, { status: m.status, method: m.method }])),
    alreadyAppliedAt: applied?.committedAt ?? null,
    window: reportScopeAction(actor) === 'update' ? 'OPEN' : markingWindow(report.session, rules, now),
    lockedAt: markingLocksAt(report.session, rules),
  }
}

export type RecentReport = { id: string; fileName: string; source: string; status: AttendanceReportStatus; createdAt: Date; committedAt: Date | null }

/** The session's latest uploads, newest first, for the upload page. */
export async function listAttendanceReports(actor: Actor, sessionId: unknown): Promise<{ session: ReportSession; reports: RecentReport[] }> {
  // The page explains that an offline session has no report, rather than failing.
  const session = await findReportSessionOrThrow(db, actor, sessionId, { requireOnline: false })
  if (!session.online) return { session, reports: [] }
  const reports = await db.attendanceReport.findMany({
    where: { sessionId: session.id },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, fileName: true, source: true, status: true, createdAt: true, committedAt: true },
  })
  return { session, reports }
}
