import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import type { Db, Tx } from '@/lib/server/db'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { attendanceSessionWhere } from '@/lib/server/scope/where'
import { idOrNotFound } from '@/lib/server/validation'

// Who may bring a meeting report into a session's attendance: officers with `update:attendance`
// (Operator Provinsi in their province, Admin Pusat anywhere, at any time) and trainers with
// `mark:attendance:assigned` (their cohorts; the core refuses outside the marking window). A
// participant's `mark:attendance:own` is for their own check-in only. Only online sessions.

export const SESSION_NOT_FOUND = 'Sesi tidak ditemukan.'

/** The attendance action the actor's report work is scoped by, or FORBIDDEN. */
export function reportScopeAction(actor: Actor): 'update' | 'mark' {
  if (accessFor(actor.role, 'update', 'attendance')) return 'update'
  const mark = accessFor(actor.role, 'mark', 'attendance')
  if (mark && mark !== 'own') return 'mark'
  throw forbiddenError('Anda tidak berwenang mengunggah laporan kehadiran rapat daring.')
}

const sessionSelect = {
  id: true, title: true, startsAt: true, endsAt: true, mode: true, cohortId: true,
  cohort: {
    select: {
      name: true, provinceCode: true,
      province: { select: { name: true, timeZone: true, timeZoneLabel: true } },
      wave: { select: { number: true, program: { select: { name: true } } } },
      assignments: { select: { trainer: { select: { name: true, email: true } } } },
    },
  },
} as const

export type ReportSession = {
  id: string; title: string; online: boolean; startsAt: Date; endsAt: Date; cohortId: string; cohortName: string
  programName: string; waveNumber: number; provinceName: string; timeZone: string; timeZoneLabel: string
  trainers: { name: string; email: string }[]
}

/** The online session as this actor may reach it for a report; another scope is NOT_FOUND, revealing nothing. */
export async function findReportSessionOrThrow(client: Db | Tx, actor: Actor, sessionId: unknown, { requireOnline = true } = {}): Promise<ReportSession> {
  const action = reportScopeAction(actor)
  const id = idOrNotFound(sessionId, SESSION_NOT_FOUND)
  const session = await client.session.findFirst({ where: { AND: [{ id }, attendanceSessionWhere(actor, action)] }, select: sessionSelect })
  if (!session) throw notFoundError(SESSION_NOT_FOUND)
  if (requireOnline && session.mode !== 'DARING') throw new AppError('VALIDATION', 'Laporan Zoom atau Google Meet hanya untuk sesi daring. Tandai kehadiran sesi luring di daftar hadir.')
  const { cohort } = session
  return {
    id: session.id, title: session.title, online: session.mode === 'DARING', startsAt: session.startsAt, endsAt: session.endsAt, cohortId: session.cohortId, cohortName: cohort.name,
    programName: cohort.wave.program.name, waveNumber: cohort.wave.number, provinceName: cohort.province.name,
    timeZone: cohort.province.timeZone, timeZoneLabel: cohort.province.timeZoneLabel,
    trainers: cohort.assignments.map((a) => a.trainer),
  }
}
