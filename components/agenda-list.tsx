import type { ReactNode } from 'react'
import { formatSessionTime } from '@/lib/format/date-time'
import { EmptyState } from './ui'

type AgendaSession = { id: string; title: string; startsAt: Date; endsAt: Date; jp: number; meetingUrl: string | null; mode?: string }

/** A cohort's agenda, in the venue's own time zone; `actions` adds links under a session (the daftar hadir), `reportBasePath` links online sessions to their meeting-report import. */
export function AgendaList({ sessions, timeZone, label, actions, reportBasePath }: { sessions: AgendaSession[]; timeZone: string; label: string; actions?: (sessionId: string) => ReactNode; reportBasePath?: string }) {
  if (!sessions.length) return <EmptyState>Agenda belum disusun.</EmptyState>
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" aria-label="Agenda kelas">
      {sessions.map((s) => (
        <li key={s.id} className="px-4 py-3 text-sm">
          <p className="font-medium text-slate-900">{s.title}</p>
          <p className="text-slate-600">{formatSessionTime(s.startsAt, s.endsAt, timeZone, label)}{s.jp ? ` · ${s.jp} JP` : ''}</p>
          {s.meetingUrl ? <a href={s.meetingUrl} className="text-xs text-brand-700 underline" rel="noopener noreferrer" target="_blank">Tautan pertemuan daring</a> : null}
          {reportBasePath && s.mode === 'DARING' ? <a href={`${reportBasePath}/${s.id}/laporan`} className="ml-3 text-xs text-brand-700 underline">Kehadiran dari laporan Zoom/Meet</a> : null}
          {actions ? <div className="mt-2">{actions(s.id)}</div> : null}
        </li>
      ))}
    </ol>
  )
}
