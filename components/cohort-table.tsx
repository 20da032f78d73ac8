import Link from 'next/link'
import type { CohortSummary } from '@/lib/server/dashboard/list-cohort-summaries'
import { cohortStatusLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { Badge, EmptyState, Table, Td } from './ui'

const statusTone = { DRAFT: 'slate', OPEN: 'blue', RUNNING: 'amber', COMPLETED: 'green', CANCELLED: 'red' } as const

/** `linkTo` builds each cohort's detail link, when the viewer has one. */
export function CohortTable({ cohorts, showProvince = true, linkTo }: { cohorts: CohortSummary[]; showProvince?: boolean; linkTo?: (id: string) => string }) {
  if (!cohorts.length) return <EmptyState>Belum ada kelas.</EmptyState>
  const head = ['Kelas', 'Gelombang', 'Tanggal', ...(showProvince ? ['Provinsi'] : []), 'Tempat', 'Peserta', 'Pelatih', 'Status']
  return (
    <Table head={head} caption="Daftar kelas">
      {cohorts.map((c) => (
        <tr key={c.id}>
          <Td className="font-medium">{linkTo ? <Link href={linkTo(c.id)} className="text-brand-700 underline-offset-2 hover:underline">{c.name}</Link> : c.name}</Td>
          <Td>{c.wave.number}</Td>
          <Td className="whitespace-nowrap">{formatDateRange(c.startDate, c.endDate)}</Td>
          {showProvince ? <Td>{c.province.name} <span className="text-xs text-slate-500">({c.province.timeZoneLabel})</span></Td> : null}
          <Td>{c.venue}<span className="block text-xs text-slate-500">{c.city}</span></Td>
          <Td className="tabular-nums">{formatNumber(c.participantCount)} / {formatNumber(c.quota)}</Td>
          <Td className="tabular-nums">{c.trainerCount}</Td>
          <Td><Badge tone={statusTone[c.status]}>{cohortStatusLabel[c.status]}</Badge></Td>
        </tr>
      ))}
    </Table>
  )
}
