import 'server-only'
import { randomUUID } from 'node:crypto'
import type { AttendanceStatus, MarkMethod } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { normaliseCheckInCode, verifyCheckInCode } from '@/lib/attendance/check-in-code'
import { checkInStatus, checkInWindow, markingOpensAt } from '@/lib/attendance/rules'
import { formatDateTimeInZone } from '@/lib/format/date-time'
import { attendanceStatusLabel, markMethodLabel } from '@/lib/i18n/id'
import { db } from '@/lib/server/db'
import { AppError, forbiddenError, notFoundError } from '@/lib/server/errors'
import { consumeRateLimits, refundRateLimits, type Limit } from '@/lib/server/rate-limit'
import { attendanceSessionWhere, enrolmentWhere } from '@/lib/server/scope/where'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { idOrNotFound, validationError } from '@/lib/server/validation'
import { applyAttendanceMarks } from './apply-attendance-marks'
import { sessionCheckInKey } from './check-in-key'

// A participant's self check-in with the code the trainer shows (decision 024): by the QR code's
// address or typed on their page. Refusals write no mark; every attempt counts against the rate
// limits first (a six-character code must not be guessable), a successful one is given back.

const WINDOW_MS = 10 * 60_000
/** A participant mistypes a few times; ten tries in ten minutes leaves no room for guessing. */
export const PARTICIPANT_LIMIT = { max: 10, windowMs: WINDOW_MS }
/** A whole class may share one hotel's address: only failed attempts count (successes are refunded). */
export const ADDRESS_LIMIT = { max: 60, windowMs: WINDOW_MS }

export const checkInLimitKeys = (participantId: string, address: string | null | undefined) => [
  `check-in:participant:${participantId}`, ...(address ? [`check-in:address:${address}`] : []),
]

export type CheckInInput = { sessionId: unknown; kode: unknown }
export type CheckInResult = {
  /** CHECKED_IN: this check-in made the mark; ALREADY_RECORDED: a mark was there and stays as it is. */
  outcome: 'CHECKED_IN' | 'ALREADY_RECORDED'
  status: AttendanceStatus
  method: MarkMethod
  message: string
}

const codeError = (message: string) => validationError({ kode: [message] }, message)

export async function checkIn(actor: Actor, input: CheckInInput, now = new Date()): Promise<CheckInResult> {
  if (accessFor(actor.role, 'mark', 'attendance') !== 'own' || !actor.participantId) throw forbiddenError('Presensi mandiri hanya untuk peserta.')
  const sessionId = idOrNotFound(input.sessionId, 'Sesi tidak ditemukan.')
  const code = normaliseCheckInCode(input.kode)
  if (!code) throw codeError('Kode presensi terdiri dari 6 huruf dan angka, seperti yang tampil di layar pelatih.')

  const keys = checkInLimitKeys(actor.participantId, actor.ip)
  const limits: Limit[] = keys.map((key, i) => ({ key, ...(i === 0 ? PARTICIPANT_LIMIT : ADDRESS_LIMIT) }))
  const decision = await consumeRateLimits(db, limits)
  if (!decision.allowed) {
    const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000))
    throw new AppError('RATE_LIMITED', `Terlalu banyak percobaan presensi. Coba lagi dalam ${minutes} menit, atau minta pelatih menandai kehadiran Anda.`)
  }

  const [session, enrolment, rules] = await Promise.all([
    db.session.findFirst({
      where: { id: sessionId, ...attendanceSessionWhere(actor, 'mark') },
      select: { id: true, startsAt: true, endsAt: true, cohort: { select: { province: { select: { timeZone: true, timeZoneLabel: true } } } } },
    }),
    db.enrolment.findFirst({ where: { ...enrolmentWhere(actor), cohort: { sessions: { some: { id: sessionId } } } }, select: { id: true, status: true } }),
    getAttendanceSettings(),
  ])
  if (!session || !enrolment) throw notFoundError('Sesi tidak ditemukan, atau Anda tidak terdaftar di kelas sesi ini.')
  if (enrolment.status === 'WITHDRAWN') throw forbiddenError('Anda sudah mengundurkan diri dari kelas ini, sehingga presensi tidak dapat dicatat.')

  // Back on the page after checking in (a reload, the QR scanned twice): what is recorded, whatever the code.
  const existing = await db.attendanceMark.findUnique({ where: { enrolmentId_sessionId: { enrolmentId: enrolment.id, sessionId: session.id } }, select: { status: true, method: true } })
  if (existing) {
    await refundRateLimits(db, keys)
    return alreadyRecorded(existing)
  }

  const { timeZone, timeZoneLabel } = session.cohort.province
  const window = checkInWindow(session, rules, now)
  if (window === 'NOT_YET') throw new AppError('CONFLICT', `Presensi mandiri sesi ini baru dibuka ${formatDateTimeInZone(markingOpensAt(session, rules), timeZone, timeZoneLabel)}.`)
  if (window === 'CLOSED') throw new AppError('CONFLICT', 'Presensi mandiri sesi ini sudah ditutup. Hubungi pelatih Anda bila Anda hadir.')

  const check = verifyCheckInCode(sessionCheckInKey(session.id), code, now)
  if (!check.ok) {
    throw codeError(check.reason === 'EXPIRED'
      ? 'Kode ini sudah berganti. Pindai ulang kode QR atau ketik kode yang tampil sekarang di layar pelatih.'
      : 'Kode presensi salah. Periksa lagi kode di layar pelatih.')
  }

  const status = checkInStatus(session, rules, now)
  const [result] = await applyAttendanceMarks(actor, [{ clientMutationId: randomUUID(), sessionId: session.id, enrolmentId: enrolment.id, status, markedAt: now, method: 'SELF_CHECKIN' }], now)
  if (result.outcome === 'REFUSED') throw forbiddenError(result.message)
  await refundRateLimits(db, keys)
  const current = result.current ?? { status, method: 'SELF_CHECKIN' as const }
  if (result.outcome !== 'APPLIED') return alreadyRecorded(current)
  return { outcome: 'CHECKED_IN', status: current.status, method: current.method, message: `Terima kasih, kehadiran Anda tercatat: ${attendanceStatusLabel[current.status]}.` }
}

/** What is recorded, in the participant's words: the same whichever check-in or page reload got there first. */
export function recordedMessage(mark: { status: AttendanceStatus; method: MarkMethod }): string {
  return mark.method === 'SELF_CHECKIN'
    ? `Kehadiran Anda tercatat: ${attendanceStatusLabel[mark.status]} (presensi mandiri).`
    : `Kehadiran Anda sudah tercatat: ${attendanceStatusLabel[mark.status]} (${markMethodLabel[mark.method].toLowerCase()}). Catatan itu tetap berlaku.`
}

/** A mark was there already (made by the trainer, or an earlier check-in): it stays, and the participant is told so. */
function alreadyRecorded(mark: { status: AttendanceStatus; method: MarkMethod }): CheckInResult {
  return { outcome: 'ALREADY_RECORDED', status: mark.status, method: mark.method, message: recordedMessage(mark) }
}
