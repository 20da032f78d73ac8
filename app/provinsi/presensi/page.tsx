import type { Metadata } from 'next'
import { WaveRatesList } from '@/components/attendance/attendance-rates'
import { waveRecapExportHref } from '@/components/attendance/cohort-recap-page'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { listWaveAttendanceRates } from '@/lib/server/attendance/list-attendance-rates'

export const metadata: Metadata = { title: 'Rekap presensi provinsi' }

export default async function ProvinceAttendancePage() {
  const actor = await requirePermission('read:attendance:province')
  const waves = await cachedRead(`attendance-rates:${scopeKey(actor)}`, () => listWaveAttendanceRates(actor))
  return (
    <>
      <PageHeader title="Rekap presensi" description="Tingkat kehadiran kelas-kelas provinsi Anda per gelombang. Buka kelas untuk melihat rekap per peserta dan mengoreksi catatan." />
      <WaveRatesList waves={waves} cohortHref={(id) => `/provinsi/kelas/${id}/presensi`} waveExportHref={waveRecapExportHref} />
    </>
  )
}
