// Attendance marks, test scores and the resulting enrolment status of a completed cohort.
// The status follows the program's certificate rule, so demo data and rule never disagree.
import { AssessmentKind, AttendanceStatus, EnrolmentStatus, MarkMethod, SessionKind } from '../../generated/prisma/enums'
import { demoId, type Random } from './random'

export type SessionRef = { id: string; kind: SessionKind; jp: number; startsAt: Date }
export type Rule = { minAttendancePercent: number; postTestRequired: boolean; postTestPassMark: number }
export type PlannedMark = {
  id: string
  enrolmentId: string
  sessionId: string
  status: AttendanceStatus
  method: MarkMethod
  markedById: string | null
  markedAt: Date
  note: string | null
}
export type PlannedAssessment = { id: string; enrolmentId: string; kind: AssessmentKind; score: string; takenAt: Date; recordedById: string | null }
export type EnrolmentOutcome = { status: EnrolmentStatus; marks: PlannedMark[]; assessments: PlannedAssessment[] }

type Profile = 'steady' | 'patchy'
const MARK_ODDS: Record<Profile, [AttendanceStatus, number][]> = {
  steady: [[AttendanceStatus.HADIR, 93], [AttendanceStatus.TERLAMBAT, 3], [AttendanceStatus.IZIN, 1.5], [AttendanceStatus.SAKIT, 1.5], [AttendanceStatus.ALPA, 1]],
  patchy: [[AttendanceStatus.HADIR, 65], [AttendanceStatus.TERLAMBAT, 8], [AttendanceStatus.IZIN, 10], [AttendanceStatus.SAKIT, 8], [AttendanceStatus.ALPA, 9]],
}
const NOTES: Partial<Record<AttendanceStatus, string[]>> = {
  IZIN: ['Izin keperluan keluarga', 'Izin urusan kantor desa'],
  SAKIT: ['Sakit, ada surat keterangan', 'Sakit'],
}
const isPresent = (status: AttendanceStatus) => status === AttendanceStatus.HADIR || status === AttendanceStatus.TERLAMBAT
const minutes = (n: number) => n * 60_000

/** A score on a 40-question test: a multiple of 2.5 between 0 and 100. */
const testScore = (value: number) => Math.min(100, Math.max(0, Math.round(value / 2.5) * 2.5))

// Tests are what participants come for: even the patchy ones rarely miss them.
const TEST_ODDS: [AttendanceStatus, number][] = [[AttendanceStatus.HADIR, 96], [AttendanceStatus.TERLAMBAT, 3], [AttendanceStatus.SAKIT, 1]]
const isTest = (session: SessionRef) => session.kind === SessionKind.PRE_TEST || session.kind === SessionKind.POST_TEST

function planMark(random: Random, enrolmentId: string, session: SessionRef, profile: Profile, markedById: string | null): PlannedMark {
  const status = random.weighted(isTest(session) ? TEST_ODDS : MARK_ODDS[profile])
  const notes = NOTES[status]
  return {
    id: demoId('mark', enrolmentId, session.id),
    enrolmentId,
    sessionId: session.id,
    status,
    method: MarkMethod.TRAINER,
    markedById,
    markedAt: new Date(session.startsAt.getTime() + minutes(random.int(status === AttendanceStatus.TERLAMBAT ? 20 : 3, 30))),
    note: notes && random.chance(0.5) ? random.pick(notes) : null,
  }
}

function planAssessment(enrolmentId: string, kind: AssessmentKind, score: number, session: SessionRef, recordedById: string | null): PlannedAssessment {
  return { id: demoId('assessment', enrolmentId, kind), enrolmentId, kind, score: score.toFixed(2), takenAt: new Date(session.startsAt.getTime() + minutes(40)), recordedById }
}

export type OutcomeOptions = {
  /** The demo Peserta: present everywhere and passed. */
  exemplary?: boolean
  /** Who marked the roster: the lead trainer's user when there is one. */
  markedById: string | null
}

export function planEnrolmentOutcome(random: Random, enrolmentId: string, sessions: SessionRef[], rule: Rule, options: OutcomeOptions): EnrolmentOutcome {
  const profile: Profile = !options.exemplary && random.chance(0.07) ? 'patchy' : 'steady'
  // A few results are still awaiting the committee's decision.
  const pending = !options.exemplary && random.chance(0.03)
  const marks = sessions
    .filter((s) => options.exemplary || isTest(s) || random.chance(0.985)) // a trainer sometimes forgets a session
    .map((s) => planMark(random, enrolmentId, s, profile, options.markedById))
  if (options.exemplary) for (const mark of marks) Object.assign(mark, { status: AttendanceStatus.HADIR, note: null })

  const statusOf = new Map(marks.map((m) => [m.sessionId, m.status]))
  const attended = (kind: SessionKind) => sessions.find((s) => s.kind === kind && isPresent(statusOf.get(s.id) ?? AttendanceStatus.ALPA))
  const preScore = options.exemplary ? 60 : testScore(random.normal(63, 9))
  const postScore = options.exemplary ? 87.5 : testScore(preScore + random.normal(24, 5))
  const preSession = attended(SessionKind.PRE_TEST)
  const postSession = attended(SessionKind.POST_TEST)
  const assessments = [
    ...(preSession ? [planAssessment(enrolmentId, AssessmentKind.PRE_TEST, preScore, preSession, options.markedById)] : []),
    ...(postSession && !pending ? [planAssessment(enrolmentId, AssessmentKind.POST_TEST, postScore, postSession, options.markedById)] : []),
  ]

  const totalJp = sessions.reduce((sum, s) => sum + s.jp, 0)
  const attendedJp = sessions.filter((s) => isPresent(statusOf.get(s.id) ?? AttendanceStatus.ALPA)).reduce((sum, s) => sum + s.jp, 0)
  const postPassed = !rule.postTestRequired || (!!postSession && postScore >= rule.postTestPassMark)
  const passed = attendedJp * 100 >= rule.minAttendancePercent * totalJp && postPassed
  const status = pending ? EnrolmentStatus.REGISTERED : passed ? EnrolmentStatus.PASSED : EnrolmentStatus.FAILED
  return { status, marks, assessments }
}
