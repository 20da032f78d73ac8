// Attendance rates (Hadir + Terlambat over the expected participant-sessions so far) per province of a
// wave, and per wave. Server components; tables scroll sideways on a phone.
import Link from 'next/link'
import type { StatusCounts } from '@/lib/attendance/recap'
import { formatDateRange, formatNumber, formatPercent } from '@/lib/format/date-time'
import type { WaveAttendanceRates } from '@/lib/server/attendance/list-attendance-rates'
import { EmptyState, Table, Td } from '../ui'

type Figures = { participants: number; expected: number; counts: StatusCounts; attended: number; unmarked: number; rate: number | null }

const HEAD = ['Peserta', 'Seharusnya', 'Hadir', 'Terlambat', 'Izin', 'Sakit', 'Alpa', 'Belum dicatat', 'Tingkat kehadiran']

function FigureCells({ f, strong = false }: { f: Figures; strong?: boolean }) {
  const n = 'tabular-nums text-right'
  return (
    <>
      <Td className={n}>{formatNumber(f.participants)}</Td>
      <Td className={n}>{formatNumber(f.expected)}</Td>
      <Td className={n}>{formatNumber(f.counts.HADIR)}</Td>
      <Td className={n}>{formatNumber(f.counts.TERLAMBAT)}</Td>
      <Td className={n}>{formatNumber(f.counts.IZIN)}</Td>
      <Td className={n}>{formatNumber(f.counts.SAKIT)}</Td>
      <Td className={n}>{formatNumber(f.counts.ALPA)}</Td>
      <Td className={n}>{formatNumber(f.unmarked)}</Td>
      <Td className={`${n} ${strong ? 'font-semibold' : 'font-medium'}`}>{formatPercent(f.rate)}</Td>
    </>
  )
}

export const RATE_NOTE = 'Tingkat kehadiran = catatan Hadir dan Terlambat dibagi jumlah peserta (tidak termasuk yang mundur) × sesi yang sudah dimulai.'

/** One wave: a row per cohort grouped by province, and the wave's total. */
export function WaveRatesByProvince({ rates, cohortHref }: { rates: WaveAttendanceRates; cohortHref: (cohortId: string) => string }) {
  if (!rates.provinces.length) return <EmptyState>Belum ada kelas di gelombang ini.</EmptyState>
  return (
    <>
      <Table head={['Provinsi / kelas', ...HEAD]} caption="Kehadiran per provinsi">
        {rates.provinces.map((p) => p.cohorts.map((c, i) => (
          <tr key={c.cohortId}>
            <Td className="whitespace-nowrap">
              {i === 0 ? <span className="block font-medium text-slate-900">{p.provinceName}</span> : null}
              <Link href={cohortHref(c.cohortId)} className="text-xs text-brand-700 underline-offset-2 hover:underline">{c.cohortName}</Link>
            </Td>
            <FigureCells f={c} />
          </tr>
        )))}
        <tr className="bg-slate-50">
          <Td className="font-semibold">Seluruh gelombang</Td>
          <FigureCells f={rates.total} strong />
        </tr>
      </Table>
      <p className="mt-2 text-xs text-slate-500">{RATE_NOTE}</p>
    </>
  )
}

type WaveRate = Figures & { wave: { id: string; number: number; startDate: Date; endDate: Date; programName: string }; cohorts: (Figures & { cohortId: string; cohortName: string; provinceName: string })[] }

/** Every wave in scope with its rate; its cohorts beneath. */
export function WaveRatesList({ waves, cohortHref, waveExportHref, waveHref }: {
  waves: WaveRate[]
  cohortHref: (cohortId: string) => string
  waveExportHref: (waveId: string) => string
  waveHref?: (waveId: string) => string
}) {
  if (!waves.length) return <EmptyState>Belum ada kelas.</EmptyState>
  return (
    <div className="space-y-6">
      {waves.map((w) => (
        <section key={w.wave.id} aria-label={`${w.wave.programName} gelombang ${w.wave.number}`}>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold text-slate-900">
              {waveHref ? <Link href={waveHref(w.wave.id)} className="text-brand-700 hover:underline">{w.wave.programName} · Gelombang {w.wave.number}</Link> : <>{w.wave.programName} · Gelombang {w.wave.number}</>}
              <span className="ml-2 text-sm font-normal text-slate-600">{formatDateRange(w.wave.startDate, w.wave.endDate)}</span>
            </h3>
            <span className="flex items-center gap-3 text-sm">
              <span>Kehadiran <strong className="tabular-nums">{formatPercent(w.rate)}</strong></span>
              <a href={waveExportHref(w.wave.id)} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-700 hover:bg-slate-50">Ekspor ke Excel</a>
            </span>
          </div>
          <Table head={['Kelas', ...HEAD]} caption={`Kehadiran gelombang ${w.wave.number}`}>
            {w.cohorts.map((c) => (
              <tr key={c.cohortId}>
                <Td className="whitespace-nowrap">
                  <Link href={cohortHref(c.cohortId)} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.cohortName}</Link>
                  <span className="block text-xs text-slate-500">{c.provinceName}</span>
                </Td>
                <FigureCells f={c} />
              </tr>
            ))}
          </Table>
        </section>
      ))}
      <p className="text-xs text-slate-500">{RATE_NOTE}</p>
    </div>
  )
}
