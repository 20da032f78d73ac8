import Link from 'next/link'
import { deliveryModeLabel } from '@/lib/i18n/id'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import type { listWaveSummaries } from '@/lib/server/dashboard/list-wave-summaries'

type WaveSummary = Awaited<ReturnType<typeof listWaveSummaries>>[number]

const th = 'px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600'
const wide = 'hidden md:table-cell'

// The national dashboard's waves. On a phone each row is two cells (the wave with its program, dates
// and mode; its figures), so nothing scrolls sideways; from md up every figure has its column.
export function WaveSummaryTable({ waves }: { waves: WaveSummary[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="wave-summaries">
        <caption className="sr-only">Daftar gelombang</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={`${th} ${wide}`}>Program</th>
            <th scope="col" className={th}>Gelombang</th>
            <th scope="col" className={`${th} ${wide}`}>Tanggal</th>
            <th scope="col" className={`${th} ${wide}`}>Moda</th>
            <th scope="col" className={`${th} ${wide}`}>Provinsi</th>
            <th scope="col" className={`${th} ${wide}`}>Kelas</th>
            <th scope="col" className={`${th} ${wide}`}>Peserta</th>
            <th scope="col" className={`${th} md:hidden`}>Jumlah</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {waves.map((w) => (
            <tr key={w.id}>
              <td className={`px-3 py-2 align-top ${wide}`}>{w.program.name}</td>
              <td className="px-3 py-2 align-top">
                <Link href={`/admin/gelombang/${w.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">Gelombang {w.number}</Link>
                <span className="block text-xs text-slate-600 md:hidden">{w.program.name}</span>
                <span className="block text-xs text-slate-600 md:hidden">{formatDateRange(w.startDate, w.endDate)} · {deliveryModeLabel[w.mode]}</span>
              </td>
              <td className={`px-3 py-2 align-top whitespace-nowrap ${wide}`}>{formatDateRange(w.startDate, w.endDate)}</td>
              <td className={`px-3 py-2 align-top ${wide}`}>{deliveryModeLabel[w.mode]}</td>
              <td className={`px-3 py-2 align-top tabular-nums ${wide}`}>{w.provinceCount}</td>
              <td className={`px-3 py-2 align-top tabular-nums ${wide}`}>{w.cohortCount}</td>
              <td className={`px-3 py-2 align-top tabular-nums ${wide}`}>{formatNumber(w.participantCount)}</td>
              <td className="px-3 py-2 align-top text-xs text-slate-700 tabular-nums md:hidden">
                <span className="block whitespace-nowrap">{w.provinceCount} provinsi</span>
                <span className="block whitespace-nowrap">{w.cohortCount} kelas</span>
                <span className="block whitespace-nowrap">{formatNumber(w.participantCount)} peserta</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
