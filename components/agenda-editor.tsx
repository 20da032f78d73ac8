import { deleteSessionAction } from '@/lib/actions/delete-session'
import { formatCalendarDate } from '@/lib/format/date-time'
import { deliveryModeLabel, sessionKindLabel } from '@/lib/i18n/id'
import type { AgendaSession } from '@/lib/server/sessions/list-agenda-sessions'
import { formatClock, fromIsoDate, utcToLocal } from '@/lib/server/sessions/local-time'
import { InlineActionForm } from './inline-action-form'
import { SessionForm, type SessionDraft } from './session-form'
import { Badge, EmptyState } from './ui'

type Props = {
  cohortId: string
  sessions: AgendaSession[]
  modules: { id: string; title: string }[]
  timeZone: string
  zoneLabel: string
  dates: { min: string; max: string }
}

const toDraft = (s: AgendaSession, timeZone: string): SessionDraft => {
  const start = utcToLocal(s.startsAt, timeZone)
  const end = utcToLocal(s.endsAt, timeZone)
  return {
    title: s.title, kind: s.kind, moduleId: s.moduleId ?? '', jp: s.jp, mode: s.mode, meetingUrl: s.meetingUrl ?? '',
    date: start.date, startTime: formatClock(start.minutes), endTime: formatClock(end.minutes),
  }
}

/** A cohort's agenda day by day in the venue's local time, each session editable in place. */
export function AgendaEditor({ cohortId, sessions, modules, timeZone, zoneLabel, dates }: Props) {
  if (!sessions.length) return <EmptyState>Agenda belum disusun.</EmptyState>
  const days = new Map<string, { session: AgendaSession; draft: SessionDraft }[]>()
  for (const session of sessions) {
    const draft = toDraft(session, timeZone)
    days.set(draft.date, [...(days.get(draft.date) ?? []), { session, draft }])
  }
  return (
    <div className="space-y-4">
      {[...days].map(([date, items], index) => (
        <section key={date} aria-label={`Hari ${index + 1}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <h3 className="border-b border-slate-100 bg-slate-50 px-4 py-2 text-sm font-semibold text-slate-800">
            Hari {index + 1} · {formatCalendarDate(fromIsoDate(date), 'EEEE, d MMMM yyyy')}
          </h3>
          <ol className="divide-y divide-slate-100">
            {items.map(({ session: s, draft }) => (
              <li key={s.id} className="px-4 py-3 text-sm" data-testid="agenda-session" data-session-id={s.id}>
                <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
                  <p className="w-32 shrink-0 font-medium tabular-nums text-slate-900" data-testid="session-time">
                    {draft.startTime.replace(':', '.')}–{draft.endTime.replace(':', '.')} {zoneLabel}
                  </p>
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-slate-900">{s.title}</p>
                    <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
                      <Badge>{sessionKindLabel[s.kind]}</Badge>
                      {s.jp ? <span>{s.jp} JP</span> : null}
                      <Badge tone={s.mode === 'DARING' ? 'blue' : 'slate'}>{deliveryModeLabel[s.mode]}</Badge>
                      {s.mode === 'DARING' && !s.meetingUrl ? <Badge tone="amber">Tautan belum diisi</Badge> : null}
                      {s.meetingUrl ? <a href={s.meetingUrl} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">Tautan pertemuan</a> : null}
                      {s.markCount ? <span>{s.markCount} catatan kehadiran</span> : null}
                      {s.mode === 'DARING' ? <a href={`/admin/kelas/${cohortId}/sesi/${s.id}/laporan`} className="text-brand-700 underline">Kehadiran dari laporan Zoom/Meet</a> : null}
                    </p>
                  </div>
                  {s.markCount ? (
                    <span className="text-xs text-slate-500">Tidak dapat dihapus (sudah ada kehadiran)</span>
                  ) : (
                    <InlineActionForm action={deleteSessionAction} fields={{ sessionId: s.id }} tone="danger" label={`Hapus sesi ${s.title}`} confirmMessage={`Hapus sesi "${s.title}"?`}>
                      Hapus
                    </InlineActionForm>
                  )}
                </div>
                <details className="mt-2 sm:ml-36">
                  <summary className="cursor-pointer text-xs font-medium text-brand-700">Ubah / pindahkan sesi</summary>
                  <div className="mt-2 rounded-md bg-slate-50 p-3">
                    <SessionForm cohortId={cohortId} sessionId={s.id} draft={draft} modules={modules} zoneLabel={zoneLabel} dates={dates} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
