import type { Metadata } from 'next'
import Link from 'next/link'
import { Badge, EmptyState, PageHeader, Section, Stat, StatGrid } from '@/components/ui'
import { formatDateRange, formatNumber, formatSessionTime } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { getTrainerSchedule } from '@/lib/server/dashboard/get-trainer-schedule'

export const metadata: Metadata = { title: 'Dasbor Pelatih Ahli' }

export default async function TrainerDashboard() {
  const actor = await requirePermission('read:dashboard:assigned')
  const { assignments, sessions, sessionsAreUpcoming } = await cachedRead(`dashboard:${scopeKey(actor)}`, () => getTrainerSchedule(actor))
  const participantTotal = assignments.reduce((s, a) => s + a.cohort._count.enrolments, 0)
  return (
    <>
      <PageHeader title={`Selamat datang, ${actor.name}`} description="Kelas yang Anda ampu dan jadwal sesi, dalam waktu setempat lokasi kelas." />
      <Link href="/pelatih/presensi" className="mb-6 flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 py-3 text-base font-semibold text-white shadow-sm sm:inline-flex">
        Presensi hari ini
      </Link>
      <StatGrid>
        <Stat label="Kelas ditugaskan" value={formatNumber(assignments.length)} />
        <Stat label="Sebagai pelatih utama" value={formatNumber(assignments.filter((a) => a.role === 'LEAD').length)} />
        <Stat label="Peserta di kelas Anda" value={formatNumber(participantTotal)} />
      </StatGrid>
      <Section title="Kelas Anda">
        {assignments.length ? (
          <ul className="grid gap-3 md:grid-cols-2" aria-label="Kelas yang ditugaskan">
            {assignments.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`/pelatih/kelas/${a.cohort.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{a.cohort.name}</Link>
                  <Badge tone={a.role === 'LEAD' ? 'blue' : 'slate'}>{a.role === 'LEAD' ? 'Pelatih utama' : 'Pendamping'}</Badge>
                </div>
                <p className="text-slate-600">{a.cohort.wave.program.name} · Gelombang {a.cohort.wave.number}</p>
                <p className="mt-1 text-slate-600">{formatDateRange(a.cohort.startDate, a.cohort.endDate)} · {a.cohort.venue}, {a.cohort.city}</p>
                <p className="mt-1 text-xs text-slate-500">{a.cohort.province.name} ({a.cohort.province.timeZoneLabel}) · {formatNumber(a.cohort._count.enrolments)} peserta</p>
                <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
                  <Link href={`/pelatih/kelas/${a.cohort.id}`} className="text-brand-700 hover:underline">Daftar peserta</Link>
                  <Link href={`/pelatih/kelas/${a.cohort.id}/presensi`} className="text-brand-700 hover:underline">Rekap presensi</Link>
                  <Link href={`/pelatih/kelas/${a.cohort.id}/nilai`} className="text-brand-700 hover:underline">Isi nilai</Link>
                </div>
              </li>
            ))}
          </ul>
        ) : <EmptyState>Anda belum ditugaskan ke kelas mana pun.</EmptyState>}
      </Section>
      <Section title={sessionsAreUpcoming ? 'Sesi berikutnya' : 'Sesi terakhir'}>
        {sessions.length ? (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {sessions.map((s) => (
              <li key={s.id} className="px-4 py-3">
                <p className="font-medium">{s.title}</p>
                <p className="text-sm text-slate-600">{formatSessionTime(s.startsAt, s.endsAt, s.cohort.province.timeZone, s.cohort.province.timeZoneLabel)}</p>
                <p className="text-xs text-slate-500">{s.cohort.name}{s.jp ? ` · ${s.jp} JP` : ''}</p>
              </li>
            ))}
          </ul>
        ) : <EmptyState>Belum ada sesi.</EmptyState>}
      </Section>
    </>
  )
}
