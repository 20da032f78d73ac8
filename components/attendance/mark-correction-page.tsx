// An officer's view of one participant's mark of one session: the current mark (who, when, how), the
// correction form, and the mark's history from the audit log with before, after and reason.
import type { Actor } from '@/lib/auth/actor'
import { attendanceStatusLabel, markMethodLabel, roleLabel } from '@/lib/i18n/id'
import { formatDateTimeInZone, formatSessionTime } from '@/lib/format/date-time'
import { getMarkCorrectionOrThrow, type AuditedMark, type MarkHistoryEntry } from '@/lib/server/attendance/get-mark-correction'
import { loadOr404 } from '@/lib/server/page-guards'
import { Breadcrumbs, type Crumb } from '../breadcrumbs'
import { EmptyState, PageHeader, Section } from '../ui'
import { StatusLetter } from './attendance-status-chip'
import { MarkCorrectionForm } from './mark-correction-form'

const actionLabel: Record<string, string> = {
  mark: 'Dicatat', update: 'Diubah', correct: 'Dikoreksi', 'mark-superseded': 'Tanda lebih awal, tidak mengganti',
}

type Props = { actor: Actor; cohortId: string; sessionId: unknown; enrolmentId: unknown; trail: Crumb[]; cohortHref: string }

export async function MarkCorrectionPage({ actor, cohortId, sessionId, enrolmentId, trail, cohortHref }: Props) {
  const recapHref = `${cohortHref}/presensi`
  const { session, enrolment, mark, history } = await loadOr404(getMarkCorrectionOrThrow(actor, { cohortId, sessionId, enrolmentId }))
  const { timeZone, timeZoneLabel } = session.cohort.province
  const at = (d: Date | string) => formatDateTimeInZone(new Date(d), timeZone, timeZoneLabel)
  const describe = (m: AuditedMark | null) => (m ? `${attendanceStatusLabel[m.status] ?? m.status} (${markMethodLabel[m.method] ?? m.method})` : 'belum ada')
  return (
    <>
      <Breadcrumbs trail={[...trail, { href: cohortHref, label: session.cohort.name }, { href: recapHref, label: 'Rekap presensi' }]} current="Koreksi kehadiran" />
      <PageHeader title={`Koreksi kehadiran: ${enrolment.participant.name}`} description={`${session.title} · ${formatSessionTime(session.startsAt, session.endsAt, timeZone, timeZoneLabel)} · ${session.jp} JP`} />
      {enrolment.status === 'WITHDRAWN' ? <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">Peserta ini sudah mengundurkan diri; catatannya tidak dapat diubah.</p> : null}
      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section title="Catatan saat ini">
          <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="current-mark">
            {mark ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
                <dt className="text-slate-500">Status</dt>
                <dd className="flex items-center gap-2 font-medium"><StatusLetter status={mark.status} /> {attendanceStatusLabel[mark.status]}</dd>
                <dt className="text-slate-500">Cara</dt><dd>{markMethodLabel[mark.method]}</dd>
                <dt className="text-slate-500">Oleh</dt><dd>{mark.markedBy ? `${mark.markedBy.name} (${roleLabel[mark.markedBy.role]})` : '—'}</dd>
                <dt className="text-slate-500">Waktu</dt><dd>{at(mark.markedAt)}</dd>
                <dt className="text-slate-500">Catatan</dt><dd className="break-words">{mark.note || '—'}</dd>
              </dl>
            ) : <p className="text-slate-600">Belum ada catatan kehadiran untuk sesi ini. Koreksi akan membuatnya.</p>}
            <p className="mt-3 text-xs text-slate-500">{enrolment.participant.institutionName}</p>
          </div>
        </Section>
        <Section title="Koreksi">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <MarkCorrectionForm sessionId={session.id} enrolmentId={enrolment.id} current={mark ? { status: mark.status, note: mark.note } : null} />
          </div>
        </Section>
      </div>
      <Section title="Riwayat catatan">
        {history.length ? (
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm" aria-label="Riwayat catatan kehadiran" data-testid="mark-history">
            {history.map((h: MarkHistoryEntry) => (
              <li key={h.id} className="px-4 py-3">
                <p className="font-medium text-slate-900">{actionLabel[h.action] ?? h.action} · {at(h.at)}</p>
                <p className="text-slate-700">{describe(h.before)} → {describe(h.after)}</p>
                <p className="text-xs text-slate-500">oleh {h.actorName ?? 'sistem'}{h.actorRole ? ` (${roleLabel[h.actorRole]})` : ''}</p>
                {h.reason ? <p className="mt-1 text-slate-700"><span className="font-medium">Alasan:</span> {h.reason}</p> : null}
              </li>
            ))}
          </ol>
        ) : <EmptyState>Belum ada riwayat untuk catatan ini.</EmptyState>}
      </Section>
    </>
  )
}
