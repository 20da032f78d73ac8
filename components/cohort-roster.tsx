// A cohort's participant roster (issue 12 point 13): the same table for Admin Pusat, the province's
// operator and the cohort's trainers. Server component; officers get a checkbox per active
// participant (the cards form around it is `CohortRosterCards`) and a link to each participant.
import Link from 'next/link'
import { formatNumber, formatShortDateTimeInZone } from '@/lib/format/date-time'
import { enrolmentStatusLabel, institutionTypeLabel } from '@/lib/i18n/id'
import type { CohortRoster, RosterRow } from '@/lib/server/cohorts/get-cohort-roster'
import { enrolmentStatusTone } from './participant-list'
import { Badge, EmptyState } from './ui'

type Zone = { timeZone: string; timeZoneLabel: string }

function SignInStatus({ row, zone }: { row: RosterRow; zone: Zone }) {
  if (row.access === 'NO_CODE') return <span className="text-amber-800">Belum punya kode akses</span>
  if (row.access === 'NEVER_SIGNED_IN') return <span className="text-slate-700">Punya kode, belum pernah masuk</span>
  return <span className="text-green-800">Masuk terakhir {formatShortDateTimeInZone(row.lastSignInAt!, zone.timeZone, zone.timeZoneLabel)}</span>
}

function Place({ row }: { row: RosterRow }) {
  return <>{row.villageName ? `${row.villageName}, ${row.districtName} · ` : ''}{row.regencyName}</>
}

/** The counts above the table: who is in the class and who still needs a code or a first sign-in. */
export function RosterSummary({ roster }: { roster: CohortRoster }) {
  const { active, withdrawn, withoutCode, neverSignedIn } = roster.counts
  return (
    <p className="text-sm text-slate-700" data-testid="roster-summary">
      {formatNumber(active)} peserta aktif{withdrawn ? ` (dan ${formatNumber(withdrawn)} mengundurkan diri)` : ''} ·{' '}
      {formatNumber(withoutCode)} belum punya kode akses · {formatNumber(neverSignedIn)} belum pernah masuk aplikasi.
    </p>
  )
}

/**
 * On a phone each row is one cell of name, institution and place beside one of status and sign-in
 * (nothing to scroll sideways); from `md` up they get their own columns.
 */
export function CohortRosterTable({ roster, zone, linkTo, selectable = false }: {
  roster: CohortRoster; zone: Zone; linkTo?: (participantId: string) => string; selectable?: boolean
}) {
  if (!roster.rows.length) return <EmptyState>Belum ada peserta di kelas ini.</EmptyState>
  const th = 'px-3 py-2 text-left font-medium whitespace-nowrap text-slate-600'
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="cohort-roster">
        <caption className="sr-only">Daftar peserta kelas</caption>
        <thead className="bg-slate-50">
          <tr>
            {selectable ? <th scope="col" className={`${th} w-10`}><span className="sr-only">Pilih untuk kartu</span></th> : null}
            <th scope="col" className={th}>Peserta</th>
            <th scope="col" className={`${th} hidden md:table-cell`}>Lembaga</th>
            <th scope="col" className={`${th} hidden md:table-cell`}>Desa/kelurahan</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={`${th} hidden md:table-cell`}>Masuk aplikasi</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {roster.rows.map((row) => (
            <tr key={row.enrolmentId} data-testid="cohort-roster-row" data-access={row.access} className={row.status === 'WITHDRAWN' ? 'bg-slate-50 text-slate-500' : undefined}>
              {selectable ? (
                <td className="px-3 py-2 align-top">
                  {row.status === 'WITHDRAWN' ? null : (
                    <input
                      type="checkbox" name="peserta" value={row.participantId} defaultChecked={row.access === 'NO_CODE'}
                      data-access={row.access} aria-label={`Pilih ${row.name}`} className="mt-0.5 size-5 rounded border-slate-300"
                    />
                  )}
                </td>
              ) : null}
              <td className="px-3 py-2 align-top">
                {linkTo ? <Link href={linkTo(row.participantId)} className="font-medium text-brand-700 hover:underline">{row.name}</Link> : <span className="font-medium text-slate-900">{row.name}</span>}
                <span className="block text-xs text-slate-600 md:hidden">{institutionTypeLabel[row.institutionType]} · {row.institutionName}</span>
                <span className="block text-xs text-slate-600 md:hidden"><Place row={row} /></span>
              </td>
              <td className="hidden px-3 py-2 align-top md:table-cell">
                <span className="block">{row.institutionName}</span>
                <span className="text-xs text-slate-600">{institutionTypeLabel[row.institutionType]}</span>
              </td>
              <td className="hidden px-3 py-2 align-top md:table-cell">
                {row.villageName ? <span className="block">{row.villageName}</span> : <span className="block text-slate-500">–</span>}
                <span className="text-xs text-slate-600">{row.districtName ? `Kec. ${row.districtName}, ` : ''}{row.regencyName}</span>
              </td>
              <td className="px-3 py-2 align-top">
                <Badge tone={enrolmentStatusTone[row.status]}>{enrolmentStatusLabel[row.status]}</Badge>
                <span className="mt-1 block text-xs md:hidden"><SignInStatus row={row} zone={zone} /></span>
              </td>
              <td className="hidden px-3 py-2 align-top text-xs md:table-cell"><SignInStatus row={row} zone={zone} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
