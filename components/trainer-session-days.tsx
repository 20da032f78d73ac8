import type { TrainerAgendaSession } from '@/lib/server/schedule/get-trainer-agenda'
import { dayLabel, localTimeRange } from '@/lib/server/schedule/local-days'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { Badge } from './ui'

/**
 * Sessions under the heading of their local day at the venue; with the hours below it a session reads
 * "Rabu, 22 Mei 2024 — pukul 09.30–11.00 WITA". `anchored` days carry the id the calendar links to.
 */
export function TrainerSessionDays({ days, anchored }: { days: { date: string; sessions: TrainerAgendaSession[] }[]; anchored: (date: string) => boolean }) {
  return (
    <ol className="space-y-4">
      {days.map(({ date, sessions }) => (
        <li key={date} id={anchored(date) ? `hari-${date}` : undefined} className="scroll-mt-4" data-testid={`session-day-${date}`}>
          <h3 className="mb-1 text-sm font-semibold text-slate-800">{dayLabel(date)}</h3>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {sessions.map((s) => (
              <li key={s.id} className="px-4 py-2.5 text-sm">
                <p className="font-medium text-slate-900">
                  {s.title}
                  {s.cohort.status === 'CANCELLED' ? <> <Badge tone="red">Dibatalkan</Badge></> : null}
                  {s.mode === 'DARING' ? <> <Badge tone="blue">{deliveryModeLabel.DARING}</Badge></> : null}
                </p>
                <p className="text-slate-700 tabular-nums">pukul {localTimeRange(s.startsAt, s.endsAt, s.timeZone, s.timeZoneLabel)}{s.jp ? ` · ${s.jp} JP` : ''}</p>
                <p className="text-xs text-slate-500">{s.cohort.name} · {s.cohort.venue}, {s.cohort.city}</p>
                {s.meetingUrl ? <a href={s.meetingUrl} className="text-xs text-brand-700 underline" rel="noopener noreferrer" target="_blank">Tautan pertemuan daring</a> : null}
                {s.mode === 'DARING' ? <a href={`/pelatih/presensi/${s.id}/laporan`} className="ml-3 text-xs text-brand-700 underline">Kehadiran dari laporan Zoom/Meet</a> : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
