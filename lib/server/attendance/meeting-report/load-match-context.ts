import 'server-only'
import { matchReport, type EnrolledParticipant, type JoinRow, type ReportMatch } from '@/lib/attendance/meeting-report'
import type { Db, Tx } from '@/lib/server/db'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import type { ReportSession } from './report-session'
import type { StoredPreview } from './stored-preview'

// The session's side of the match: its enrolled (not withdrawn) participants, the cohort's name
// links made by hand, the host and the trainers, and the national rules.

export async function loadEnrolledParticipants(client: Db | Tx, cohortId: string): Promise<EnrolledParticipant[]> {
  const enrolments = await client.enrolment.findMany({
    where: { cohortId, status: { not: 'WITHDRAWN' } },
    select: { id: true, participant: { select: { name: true, email: true, phone: true, institutionName: true } } },
  })
  return enrolments.map((e) => ({
    enrolmentId: e.id, name: e.participant.name, email: e.participant.email?.toLowerCase() ?? null, phone: e.participant.phone, institution: e.participant.institutionName,
  }))
}

export async function matchStoredReport(client: Db | Tx, session: ReportSession, preview: StoredPreview, rows: JoinRow[]): Promise<{ match: ReportMatch; participants: EnrolledParticipant[] }> {
  const [participants, links, rules] = await Promise.all([
    loadEnrolledParticipants(client, session.cohortId),
    client.attendanceNameLink.findMany({ where: { cohortId: session.cohortId }, select: { nameKey: true, enrolmentId: true } }),
    getAttendanceSettings(),
  ])
  const staff = {
    names: [...session.trainers.map((t) => t.name), ...(preview.meeting.hostName ? [preview.meeting.hostName] : [])],
    emails: [...session.trainers.map((t) => t.email.toLowerCase()), ...(preview.meeting.hostEmail ? [preview.meeting.hostEmail] : [])],
  }
  const match = matchReport(rows, {
    session: { startsAt: session.startsAt, endsAt: session.endsAt }, rules, participants,
    links: new Map(links.map((l) => [l.nameKey, l.enrolmentId])), staff,
  })
  return { match, participants }
}
