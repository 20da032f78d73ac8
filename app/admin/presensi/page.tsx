import type { Metadata } from 'next'
import { WaveRatesList } from '@/components/attendance/attendance-rates'
import { waveRecapExportHref } from '@/components/attendance/cohort-recap-page'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'
import { cachedRead, scopeKey } from '@/lib/server/cache/read-cache'
import { listWaveAttendanceRates } from '@/lib/server/attendance/list-attendance-rates'

export const metadata: Metadata = { title: 'Rekap presensi nasional' }

export default async function NationalAttendancePage() {
  const actor = await requirePermission('read:attendance:any')
  // National figures from every mark: shared by the instance's officers for 30 s (lib/server/cache/read-cache.ts).
  const waves = await cachedRead(`attendance-rates:${scopeKey(actor)}`, () => listWaveAttendanceRates(actor))
  return (
    <>
      <PageHeader title="Rekap presensi" description="Tingkat kehadiran per gelombang dan per kelas di seluruh provinsi. Buka gelombang untuk rekap per provinsi." />
      <WaveRatesList waves={waves} cohortHref={(id) => `/admin/kelas/${id}/presensi`} waveExportHref={waveRecapExportHref} waveHref={(id) => `/admin/gelombang/${id}`} />
    </>
  )
}
