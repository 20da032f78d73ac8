import type { ReactNode } from 'react'
import { Badge } from '@/components/ui'
import type { AttendanceStatus, DeliveryMode, MarkMethod } from '@/generated/prisma/enums'
import { formatSessionTime } from '@/lib/format/date-time'
import { attendanceStatusLabel, deliveryModeLabel, markMethodLabel } from '@/lib/i18n/id'

export const markTone = { HADIR: 'green', TERLAMBAT: 'amber', IZIN: 'blue', SAKIT: 'blue', ALPA: 'red' } as const satisfies Record<AttendanceStatus, string>

export type ParticipantSessionView = {
  id: string; title: string; startsAt: Date; endsAt: Date; jp: number; mode: DeliveryMode; meetingUrl: string | null
  mark: { status: AttendanceStatus; method: MarkMethod } | null
}
type Place = { venue: string; city: string; timeZone: string; timeZoneLabel: string }

export function MarkBadge({ mark }: { mark: ParticipantSessionView['mark'] }) {
  if (!mark) return null
  return <span title={`Dicatat: ${markMethodLabel[mark.method]}`}><Badge tone={markTone[mark.status]}>{attendanceStatusLabel[mark.status]}</Badge></span>
}

/** Where the session takes place: the venue, or the meeting link of an online session. */
export function SessionPlace({ session, place }: { session: ParticipantSessionView; place: Place }) {
  if (session.mode === 'DARING') {
    return session.meetingUrl
      ? <a href={session.meetingUrl} target="_blank" rel="noopener noreferrer" className="break-all font-medium text-brand-700 underline">Tautan rapat daring</a>
      : <span>Daring · tautan rapat menyusul</span>
  }
  return <span>{place.venue}, {place.city}</span>
}

/** One session of the participant's schedule: time in the venue's zone, title, JP, place, own mark. */
export function ParticipantSession({ session, place, children }: { session: ParticipantSessionView; place: Place; children?: ReactNode }) {
  return (
    <div className="text-sm">
      <div className="flex items-start justify-between gap-2">
        <p className="font-medium text-slate-900">{session.title}</p>
        <MarkBadge mark={session.mark} />
      </div>
      <p className="text-slate-600">{formatSessionTime(session.startsAt, session.endsAt, place.timeZone, place.timeZoneLabel)}</p>
      <p className="text-xs text-slate-500">
        {session.jp ? `${session.jp} JP · ` : ''}{deliveryModeLabel[session.mode]} · <SessionPlace session={session} place={place} />
      </p>
      {children}
    </div>
  )
}
