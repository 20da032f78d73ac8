import type { Metadata } from 'next'
import Link from 'next/link'
import { WaveRatesByProvince } from '@/components/attendance/attendance-rates'
import { waveRecapExportHref } from '@/components/attendance/cohort-recap-page'
import { CloneWaveForm } from '@/components/clone-wave-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader, SavedNotice, Section } from '@/components/ui'
import { WaveCohortTable } from '@/components/wave-cohort-table'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getProgramOrThrow } from '@/lib/server/programs/get-program'
import { getWaveOrThrow } from '@/lib/server/waves/get-wave'
import { getWaveAttendanceRatesOrThrow } from '@/lib/server/attendance/list-attendance-rates'

export const metadata: Metadata = { title: 'Gelombang' }

export default async function WavePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dibuat?: string; disalin?: string }> }) {
  const actor = await requirePermission('update:wave:any')
  const [{ id }, { dibuat, disalin }] = await Promise.all([params, searchParams])
  const wave = await loadOr404(getWaveOrThrow(actor, id))
  const [program, rates] = await Promise.all([loadOr404(getProgramOrThrow(actor, wave.program.id)), getWaveAttendanceRatesOrThrow(actor, wave.id)])
  const nextNumber = Math.max(0, ...program.waves.map((w) => w.number)) + 1
  const sessionTotal = wave.cohorts.reduce((sum, c) => sum + c.sessionCount, 0)
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${wave.program.id}`, label: wave.program.name }]} current={`Gelombang ${wave.number}`} />
      <PageHeader
        title={`Gelombang ${wave.number}`}
        description={`${wave.program.name} · ${formatDateRange(wave.startDate, wave.endDate)} · ${deliveryModeLabel[wave.mode]} · ${wave.cohorts.length} kelas, ${formatNumber(sessionTotal)} sesi`}
      />
      {dibuat || disalin ? (
        <SavedNotice>
          Gelombang {wave.number} {disalin ? 'disalin' : 'dibuat'} dengan {formatNumber(wave.cohorts.length)} kelas dan {formatNumber(sessionTotal)} sesi. Langkah berikutnya: penugasan pelatih.
        </SavedNotice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Link href={`/admin/gelombang/${wave.id}/penugasan`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Penugasan pelatih</Link>
        <Link href={`/admin/gelombang/${wave.id}/kuota`} className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">Kuota provinsi</Link>
        <Link href={`/admin/gelombang/${wave.id}/sertifikat`} className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">Sertifikat</Link>
        <a href={`/api/peserta/ekspor?waveId=${wave.id}`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50" download>Ekspor peserta ke Excel</a>
      </div>
      <Section title="Kelas">
        <WaveCohortTable cohorts={wave.cohorts} />
      </Section>
      <Section title="Kehadiran per provinsi" action={<a href={waveRecapExportHref(wave.id)} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-50">Ekspor ke Excel</a>}>
        <WaveRatesByProvince rates={rates} cohortHref={(cohortId) => `/admin/kelas/${cohortId}/presensi`} />
      </Section>
      <Section title="Salin gelombang ke tanggal baru">
        <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <CloneWaveForm waveId={wave.id} nextNumber={nextNumber} />
        </div>
      </Section>
    </>
  )
}
