import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { safeMeetingUrl } from '@/lib/attendance/safe-meeting-url'
import { db } from '@/lib/server/db'
import { compareAgendaWithCurriculum } from '@/lib/certificates/agenda-jp'
import { evaluateEligibility } from '@/lib/certificates/eligibility'
import { attendanceMarkWhere, certificateWhere, enrolmentWhere, participantWhere } from '@/lib/server/scope/where'

/**
 * A participant's own enrolments: the cohort with its contact and trainers, every session in order
 * with the participant's own mark, attendance by status and test scores.
 */
export async function getParticipantOverview(actor: Actor) {
  const participant = await db.participant.findFirst({
    where: participantWhere(actor),
    select: { name: true, nikMasked: true, institutionName: true, institutionType: true, village: { select: { name: true } }, regency: { select: { name: true } } },
  })
  const enrolments = await db.enrolment.findMany({
    where: enrolmentWhere(actor),
    orderBy: { createdAt: 'desc' },
    select: {
      id: true, status: true,
      program: { select: { name: true, minAttendancePercent: true, postTestRequired: true, postTestPassMark: true, modules: { orderBy: { order: 'asc' }, select: { id: true, title: true, jp: true } } } },
      cohort: {
        select: {
          name: true, venue: true, venueAddress: true, city: true, startDate: true, endDate: true, contactName: true, contactPhone: true,
          wave: { select: { number: true, mode: true } },
          province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
          sessions: { orderBy: { startsAt: 'asc' }, select: { id: true, moduleId: true, title: true, startsAt: true, endsAt: true, jp: true, mode: true, meetingUrl: true } },
          assignments: { orderBy: [{ role: 'asc' }, { createdAt: 'asc' }], select: { role: true, trainer: { select: { name: true } } } },
        },
      },
      assessments: { select: { kind: true, score: true } },
    },
  })
  const marks = await db.attendanceMark.findMany({
    where: attendanceMarkWhere(actor),
    select: { enrolmentId: true, sessionId: true, status: true, method: true, session: { select: { jp: true } } },
  })
  // Every certificate of theirs, valid first, so a reissue shows before the one it replaced.
  const certificates = await db.certificate.findMany({
    where: certificateWhere(actor),
    orderBy: [{ issuedAt: 'desc' }],
    select: { id: true, enrolmentId: true, number: true, verificationCode: true, issuedAt: true, revokedAt: true, revokedReason: true, replacedBy: { select: { number: true } } },
  })
  return {
    participant,
    enrolments: enrolments.map(({ cohort: { sessions, assignments, ...cohort }, assessments, program: { modules, ...program }, ...e }) => {
      const own = marks.filter((m) => m.enrolmentId === e.id)
      const markOf = new Map(own.map((m) => [m.sessionId, { status: m.status, method: m.method }]))
      const attendedJp = own.filter((m) => m.status === 'HADIR' || m.status === 'TERLAMBAT').reduce((s, m) => s + m.session.jp, 0)
      const totalJp = sessions.reduce((s, x) => s + x.jp, 0)
      const postTest = assessments.find((a) => a.kind === 'POST_TEST')?.score.toNumber() ?? null
      return {
        ...e,
        program,
        cohort,
        // The agenda's total is the one the rule counts; the curriculum's may differ (issue 12 point 16).
        jp: compareAgendaWithCurriculum(modules, sessions, program.minAttendancePercent),
        trainers: assignments.map((a) => ({ name: a.trainer.name, role: a.role })),
        sessions: sessions.map((s) => ({ ...s, meetingUrl: safeMeetingUrl(s.meetingUrl), mark: markOf.get(s.id) ?? null })),
        sessionCount: sessions.length,
        totalJp,
        attendedJp,
        eligibility: evaluateEligibility(program, { attendedJp, totalJp, postTestScore: postTest }),
        certificates: certificates.filter((c) => c.enrolmentId === e.id).map(({ replacedBy, enrolmentId: _enrolmentId, ...c }) => ({ ...c, replacedByNumber: replacedBy?.number ?? null }))
          .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null)),
        marksByStatus: countBy(own.map((m) => m.status)),
        preTest: assessments.find((a) => a.kind === 'PRE_TEST')?.score.toNumber() ?? null,
        postTest,
      }
    }),
  }
}

function countBy<K extends string>(keys: K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {}
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1
  return counts
}
