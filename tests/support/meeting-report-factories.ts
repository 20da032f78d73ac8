// Online sessions and stored meeting-report previews for the tests of the report import.
import type { Actor } from '@/lib/auth/actor'
import { previewAttendanceReport } from '@/lib/server/attendance/meeting-report/preview-attendance-report'
import { bytesOf, zoomReportForSession, type RelativeJoin } from '../fixtures/meeting-reports'
import { testDb } from './database'

let serial = 0

/** A DARING session that started `startedMinutesAgo` minutes ago and lasts `minutes` (open for marking). */
export async function createOnlineSession(cohortId: string, { startedMinutesAgo = 150, minutes = 120, startsAt }: { startedMinutesAgo?: number; minutes?: number; startsAt?: Date } = {}) {
  const start = startsAt ?? new Date(Math.floor((Date.now() - startedMinutesAgo * 60_000) / 60_000) * 60_000)
  return testDb().session.create({
    data: { cohortId, title: `Sesi daring ${++serial}`, kind: 'MODULE', startsAt: start, endsAt: new Date(start.getTime() + minutes * 60_000), jp: Math.round(minutes / 45), mode: 'DARING', meetingUrl: 'https://zoom.us/j/81234567890' },
    select: { id: true, startsAt: true, endsAt: true, cohort: { select: { province: { select: { timeZone: true } } } } },
  })
}

/** The Zoom report of that session as bytes. */
export async function zoomReportBytes(sessionId: string, joins: RelativeJoin[], options?: { newer?: boolean }) {
  const session = await testDb().session.findUniqueOrThrow({ where: { id: sessionId }, select: { startsAt: true, endsAt: true, cohort: { select: { province: { select: { timeZone: true } } } } } })
  return bytesOf(zoomReportForSession(session, session.cohort.province.timeZone, joins, options))
}

/** A stored preview of a report of the session, uploaded by `actor`. */
export async function storeReportPreview(actor: Actor, sessionId: string, joins: RelativeJoin[], fileName = 'participants_81234567890.csv') {
  return previewAttendanceReport(actor, { sessionId, fileName, bytes: await zoomReportBytes(sessionId, joins) })
}

export const participantName = async (participantId: string) =>
  (await testDb().participant.findUniqueOrThrow({ where: { id: participantId }, select: { name: true } })).name
