import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { Actor } from '@/lib/auth/actor'
import type { MatchHow } from '@/lib/attendance/meeting-report'
import { formatDateTimeInZone, formatNumber, formatSessionTime, formatTimeInZone } from '@/lib/format/date-time'
import { attendanceStatusLabel, markMethodLabel } from '@/lib/i18n/id'
import { getAttendanceReport, listAttendanceReports } from '@/lib/server/attendance/meeting-report/get-attendance-report'
import type { ReportSession } from '@/lib/server/attendance/meeting-report/report-session'
import { loadOr404 } from '@/lib/server/page-guards'
import { Breadcrumbs, type Crumb } from '../breadcrumbs'
import { Badge, EmptyState, PageHeader, Section, Stat, StatGrid, Table, Td } from '../ui'
import { ConfirmAttendanceReport, LinkAttendanceName } from './attendance-report-actions'
import { AttendanceReportUpload } from './attendance-report-upload'

// The meeting-report pages of a trainer (/pelatih/presensi/[sessionId]/laporan) and of the officers
// (/provinsi/kelas/[id]/sesi/[sessionId]/laporan, /admin/kelas/…): the same steps, each within the
// actor's scope. `cohortId` is the cohort named in the officer's address: another cohort's session is 404.

/** trail: the pages above the session's class (or above the session, for a trainer); cohortHref: the class page, when there is one. */
type PageProps = { actor: Actor; sessionId: string; basePath: string; trail: Crumb[]; cohortHref?: string; cohortId?: string }

const REPORTS_LABEL = 'Laporan rapat daring'
const trailTo = (trail: Crumb[], cohortHref: string | undefined, cohortName: string) => cohortHref ? [...trail, { href: cohortHref, label: cohortName }] : trail

const SOURCE_LABEL: Record<string, string> = { ZOOM: 'Zoom', MEET: 'Google Meet' }
const HOW_LABEL: Record<MatchHow, string> = { LINK: 'tautan', EMAIL: 'e-mail', PHONE: 'nomor HP', NAME: 'nama' }
const STATUS_LABEL = { PREVIEW: 'menunggu konfirmasi', COMMITTED: 'dikonfirmasi', CANCELLED: 'dibatalkan' } as const

function sessionLine(session: ReportSession) {
  return `${session.title} · ${formatSessionTime(session.startsAt, session.endsAt, session.timeZone, session.timeZoneLabel)} · ${session.cohortName}`
}

function Notice({ tone = 'amber', children, testId }: { tone?: 'amber' | 'green' | 'slate'; children: React.ReactNode; testId?: string }) {
  const tones = { amber: 'bg-amber-50 text-amber-900', green: 'bg-green-50 text-green-900', slate: 'bg-slate-100 text-slate-800' }
  return <p data-testid={testId} className={`mb-4 rounded-md px-3 py-2 text-sm ${tones[tone]}`}>{children}</p>
}

export async function AttendanceReportUploadPage({ actor, sessionId, basePath, trail, cohortHref, cohortId }: PageProps) {
  const { session, reports } = await loadOr404(listAttendanceReports(actor, sessionId))
  if (cohortId && session.cohortId !== cohortId) notFound()
  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={trailTo(trail, cohortHref, session.cohortName)} current={REPORTS_LABEL} />
      <PageHeader title="Kehadiran dari laporan Zoom atau Meet" description={sessionLine(session)} />
      {session.online ? (
        <>
          <AttendanceReportUpload sessionId={session.id} basePath={basePath} session={{ startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), timeZone: session.timeZone }} />
          {reports.length ? (
            <Section title="Unggahan untuk sesi ini">
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="recent-reports">
                {reports.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
                    <Link href={`${basePath}/${r.id}`} className="font-medium break-all text-brand-700 hover:underline">{r.fileName}</Link>
                    <span className="text-xs text-slate-600">{SOURCE_LABEL[r.source] ?? r.source} · {STATUS_LABEL[r.status]} · {formatDateTimeInZone(r.createdAt, session.timeZone, session.timeZoneLabel)}</span>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </>
      ) : (
        <Notice>Sesi ini luring: tidak ada laporan rapat daring. Tandai kehadirannya di daftar hadir sesi.</Notice>
      )}
    </div>
  )
}

export async function AttendanceReportPreviewPage({ actor, sessionId, reportId, basePath, trail, cohortHref, cohortId }: PageProps & { reportId: string }) {
  const view = await loadOr404(getAttendanceReport(actor, sessionId, reportId))
  const { session, match } = view
  if (cohortId && session.cohortId !== cohortId) notFound()
  const zone = (d: string | Date) => formatTimeInZone(new Date(d), session.timeZone, session.timeZoneLabel)
  const toMark = match.matched.filter((m) => m.status)
  const belowShare = match.matched.filter((m) => !m.status)
  const matchedIds = new Set(match.matched.map((m) => m.enrolmentId))
  const open = view.status === 'PREVIEW'
  const result = view.preview.result

  return (
    <>
      <Breadcrumbs trail={[...trailTo(trail, cohortHref, session.cohortName), { href: basePath, label: REPORTS_LABEL }]} current="Pratinjau" />
      <PageHeader title="Pratinjau kehadiran dari laporan" description={<>{view.fileName} ({SOURCE_LABEL[view.source]}) · {sessionLine(session)}</>} />

      {view.alreadyAppliedAt && open ? (
        <Notice testId="already-applied">Berkas yang sama sudah dikonfirmasi untuk sesi ini pada {formatDateTimeInZone(view.alreadyAppliedAt, session.timeZone, session.timeZoneLabel)}. Mengonfirmasinya lagi tidak mengubah tanda yang sudah ada; hanya nama yang baru ditautkan yang ditandai.</Notice>
      ) : null}
      {view.status === 'COMMITTED' ? (
        <Notice tone="green" testId="report-committed">
          Dikonfirmasi {view.committedAt ? formatDateTimeInZone(view.committedAt, session.timeZone, session.timeZoneLabel) : ''}.
          {result ? ` ${result.applied} tanda disimpan${result.duplicate ? `, ${result.duplicate} sudah tercatat sebelumnya` : ''}${result.superseded ? `, ${result.superseded} tidak mengganti tanda yang lebih akhir` : ''}${result.refused ? `, ${result.refused} ditolak` : ''}.` : ''}
        </Notice>
      ) : null}
      {view.status === 'CANCELLED' ? <Notice tone="slate">Laporan ini dibatalkan; tidak ada yang ditandai.</Notice> : null}
      {open && view.window === 'LOCKED' ? (
        <Notice>Presensi sesi ini terkunci sejak {formatDateTimeInZone(view.lockedAt, session.timeZone, session.timeZoneLabel)}. Minta operator provinsi mengonfirmasi laporan ini.</Notice>
      ) : null}

      <StatGrid>
        <Stat label="Akan ditandai" value={formatNumber(toMark.length)} hint={`hadir ≥ ${match.requiredMinutes} menit`} />
        <Stat label="Di bawah batas" value={formatNumber(belowShare.length)} hint="tidak ditandai otomatis" />
        <Stat label="Belum cocok" value={formatNumber(match.unmatched.length)} hint="tautkan dengan tangan" />
        <Stat label="Tidak ada di laporan" value={formatNumber(match.absent.length)} hint="tidak ditandai" />
      </StatGrid>

      <Section title={`Cocok dengan peserta (${match.matched.length})`}>
        {match.matched.length ? (
          <Table head={['Peserta', 'Hasil', 'Bergabung pertama', 'Tanda sekarang']} caption="Nama di laporan yang cocok dengan peserta">
            {match.matched.map((m) => {
              const current = view.currentMarks[m.enrolmentId]
              const joins = m.attendees.reduce((n, a) => n + a.joins, 0)
              return (
                <tr key={m.enrolmentId} data-testid="matched-row">
                  <Td className="min-w-44">
                    <span className="font-medium">{m.participantName}</span>
                    {m.institution ? <span className="block text-xs text-slate-500">{m.institution}</span> : null}
                    <span className="mt-1 block text-xs text-slate-600">Di laporan: &ldquo;{m.attendees.flatMap((a) => a.names).join('”, “')}&rdquo; · cocok lewat {HOW_LABEL[m.how]}{joins > 1 ? ` · ${joins} kali bergabung` : ''}</span>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {m.status ? <Badge tone={m.status === 'HADIR' ? 'green' : 'amber'}>{attendanceStatusLabel[m.status]}</Badge> : <Badge>Di bawah batas</Badge>}
                    <span className="block text-xs text-slate-600">{m.minutes} menit hadir</span>
                  </Td>
                  <Td className="whitespace-nowrap">{zone(m.firstJoin)}</Td>
                  <Td className="min-w-32 text-xs text-slate-600">{current ? `${attendanceStatusLabel[current.status]} (${markMethodLabel[current.method]})` : '–'}</Td>
                </tr>
              )
            })}
          </Table>
        ) : <EmptyState>Belum ada nama yang cocok dengan peserta kelas ini.</EmptyState>}
        <p className="mt-2 text-xs text-slate-500">
          Hadir bila hadir sedikitnya {match.requiredMinutes} menit dari sesi (bergabung ulang dijumlahkan, waktu yang tumpang tindih dihitung sekali); Terlambat bila bergabung pertama setelah batas toleransi.
          Di bawah batas tidak ditandai otomatis: tandai di daftar hadir bila perlu (Izin, Sakit, atau Alpa).
        </p>
      </Section>

      {match.unmatched.length ? (
        <Section title={`Belum cocok (${match.unmatched.length})`}>
          <ul className="space-y-3" data-testid="unmatched">
            {match.unmatched.map((u) => (
              <li key={u.key} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="unmatched-row">
                <p className="font-medium break-words text-slate-900">{u.names.join(' · ')}</p>
                <p className="mb-2 text-xs text-slate-500">{u.minutes} menit hadir · bergabung {zone(u.firstJoin)}{u.emails.length ? ` · ${u.emails.join(', ')}` : ''}</p>
                {open ? (
                  <LinkAttendanceName
                    sessionId={session.id} reportId={view.id} nameKey={u.key} label={u.names[0]}
                    candidates={u.candidates}
                    others={view.participants.filter((p) => !u.candidates.some((c) => c.enrolmentId === p.enrolmentId)).sort((a, b) => Number(matchedIds.has(a.enrolmentId)) - Number(matchedIds.has(b.enrolmentId)) || a.name.localeCompare(b.name, 'id'))}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {match.ignored.length || view.preview.skipped.length ? (
        <Section title="Diabaikan">
          <ul className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="ignored">
            {match.ignored.map((i, n) => <li key={`i${n}`}><span className="font-medium">{i.names.join(' · ')}</span> — {i.reason}</li>)}
            {view.preview.skipped.map((s) => <li key={`s${s.line}`}><span className="font-medium">{s.name}</span> — baris {s.line}: {s.reason}</li>)}
          </ul>
        </Section>
      ) : null}

      {match.absent.length ? (
        <Section title={`Tidak ada di laporan (${match.absent.length})`}>
          <p data-testid="absent" className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-700 shadow-sm">{match.absent.map((a) => a.name).join(', ')}</p>
        </Section>
      ) : null}

      {open && view.window !== 'LOCKED' ? (
        <Section title="Simpan">
          {toMark.length ? null : (
            <p className="mb-3 text-sm text-slate-600">Belum ada peserta yang memenuhi batas hadir. Tautkan nama yang belum cocok terlebih dahulu, atau batalkan laporan ini.</p>
          )}
          <ConfirmAttendanceReport sessionId={session.id} reportId={view.id} toMark={toMark.length} />
        </Section>
      ) : null}
    </>
  )
}
