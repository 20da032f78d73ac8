import type { ScopeCounts } from '@/lib/server/dashboard/get-scope-counts'
import { formatNumber, formatPercent } from '@/lib/format/date-time'
import { Stat, StatGrid } from './ui'

/** The headline figures every staff dashboard shows, each within the viewer's scope. */
export function ScopeStats({ counts }: { counts: ScopeCounts }) {
  return (
    <StatGrid>
      <Stat label="Kelas" value={formatNumber(counts.cohorts)} hint={`${formatNumber(counts.sessions)} sesi`} />
      <Stat label="Peserta aktif" value={formatNumber(counts.activeEnrolments)} hint={counts.participants != null ? `${formatNumber(counts.participants)} peserta terdaftar` : undefined} />
      {counts.trainers != null ? <Stat label="Pelatih Ahli" value={formatNumber(counts.trainers)} /> : null}
      <Stat label="Kehadiran" value={formatPercent(counts.attendanceShare)} hint={`${formatNumber(counts.marks)} catatan presensi`} />
    </StatGrid>
  )
}
