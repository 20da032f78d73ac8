import Link from 'next/link'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import type { WaveCohortRow } from '@/lib/server/waves/get-wave'
import { CohortStatusBadge } from './cohort-status-badge'
import { EmptyState, Table, Td } from './ui'

/** A wave's cohorts, one per province: where, when, how many places, and how far planned. */
export function WaveCohortTable({ cohorts }: { cohorts: WaveCohortRow[] }) {
  if (!cohorts.length) return <EmptyState>Gelombang ini belum memiliki kelas.</EmptyState>
  return (
    <Table head={['Provinsi', 'Tanggal', 'Tempat', 'Kuota', 'Sesi', 'Pelatih', 'Status']} caption="Kelas dalam gelombang">
      {cohorts.map((c) => (
        <tr key={c.id} data-testid="wave-cohort-row">
          <Td className="font-medium">
            <Link href={`/admin/kelas/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline">{c.province.name}</Link>
            <span className="block text-xs font-normal text-slate-500">{c.name} · {c.province.timeZoneLabel}</span>
          </Td>
          <Td className="whitespace-nowrap">{formatDateRange(c.startDate, c.endDate)}</Td>
          <Td>{c.venue}<span className="block text-xs text-slate-500">{c.city}</span></Td>
          <Td className="tabular-nums whitespace-nowrap">{formatNumber(c.participantCount)} / {formatNumber(c.quota)}</Td>
          <Td className="tabular-nums">{c.sessionCount}</Td>
          <Td className="tabular-nums">{c.trainerCount}</Td>
          <Td><CohortStatusBadge status={c.status} /></Td>
        </tr>
      ))}
    </Table>
  )
}
