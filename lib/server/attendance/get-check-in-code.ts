import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { currentCheckInCode } from '@/lib/attendance/check-in-code'
import { qrCodePath } from '@/lib/attendance/qr-path'
import { checkInWindow, markingOpensAt, type CheckInWindow } from '@/lib/attendance/rules'
import { formatDateTimeInZone } from '@/lib/format/date-time'
import { db } from '@/lib/server/db'
import { forbiddenError, notFoundError } from '@/lib/server/errors'
import { requireAccess } from '@/lib/server/scope/access'
import { attendanceSessionWhere } from '@/lib/server/scope/where'
import { getAttendanceSettings } from '@/lib/server/settings/attendance-settings'
import { idOrNotFound } from '@/lib/server/validation'
import { checkInPath, sessionCheckInKey } from './check-in-key'

const NOT_FOUND = 'Sesi tidak ditemukan atau bukan kelas Anda.'

/** Who may show a session's code: those who take its attendance (its trainers, Admin Pusat), never a participant. */
function requireCodeViewer(actor: Actor) {
  if (requireAccess(actor, 'mark', 'attendance') === 'own') throw forbiddenError('Kode presensi hanya ditampilkan oleh pelatih sesi.')
}

/** The session the code page shows: title, cohort and time in the venue's zone. */
export async function getCheckInCodeSession(actor: Actor, sessionId: unknown) {
  requireCodeViewer(actor)
  const id = idOrNotFound(sessionId, NOT_FOUND)
  const session = await db.session.findFirst({
    where: { id, ...attendanceSessionWhere(actor, 'mark') },
    select: {
      id: true, title: true, startsAt: true, endsAt: true, mode: true, jp: true,
      cohort: { select: { name: true, province: { select: { timeZone: true, timeZoneLabel: true } } } },
    },
  })
  if (!session) throw notFoundError(NOT_FOUND)
  return session
}

export type CheckInCodeView = {
  code: string
  /** When this code is replaced (ISO), and the server's clock, so a device with a wrong clock still counts down right. */
  changesAt: string
  serverNow: string
  checkInUrl: string
  qr: { size: number; path: string }
  window: CheckInWindow
  /** Why participants cannot check in yet or any more, in Indonesian; null while check-in is open. */
  notice: string | null
}

/** The code to show now for a session, with its QR code: for the session's trainers and Admin Pusat. */
export async function getCheckInCode(actor: Actor, sessionId: unknown, origin: string, now = new Date()): Promise<CheckInCodeView> {
  const session = await getCheckInCodeSession(actor, sessionId)
  const rules = await getAttendanceSettings()
  const { code, changesAt } = currentCheckInCode(sessionCheckInKey(session.id), now)
  const checkInUrl = `${origin}${checkInPath(session.id, code)}`
  const window = checkInWindow(session, rules, now)
  const { timeZone, timeZoneLabel } = session.cohort.province
  const notice = window === 'NOT_YET'
    ? `Presensi mandiri dibuka ${formatDateTimeInZone(markingOpensAt(session, rules), timeZone, timeZoneLabel)}.`
    : window === 'CLOSED' ? 'Presensi mandiri sesi ini sudah ditutup.' : null
  return { code, changesAt: changesAt.toISOString(), serverNow: now.toISOString(), checkInUrl, qr: qrCodePath(checkInUrl), window, notice }
}
