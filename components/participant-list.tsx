import Link from 'next/link'
import type { Actor } from '@/lib/auth/actor'
import { formatNumber } from '@/lib/format/date-time'
import { enrolmentStatusLabel, institutionTypeLabel } from '@/lib/i18n/id'
import { listParticipants, type ParticipantListRow } from '@/lib/server/participants/list-participants'
import { listRegencyOptions } from '@/lib/server/participants/list-region-options'
import { listCohortFilterOptions, listRegistrationCohorts } from '@/lib/server/participants/list-registration-cohorts'
import { MAX_BULK_PARTICIPANTS } from '@/lib/server/participants/bulk/participant-selection'
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, parsePageSize } from '@/lib/participants/list-page-size'
import { inputClass } from './field-styles'
import { ParticipantBulkSelection } from './participant-bulk/participant-bulk-selection'
import { Pagination } from './pagination'
import { Badge, EmptyState, Table, Td } from './ui'

export type ParticipantSearchParams = { q?: string; kelas?: string; kabupaten?: string; lembaga?: string; status?: string; halaman?: string; tampil?: string }

export const enrolmentStatusTone = { REGISTERED: 'blue', WITHDRAWN: 'amber', PASSED: 'green', FAILED: 'red' } as const

function Enrolments({ row }: { row: ParticipantListRow }) {
  if (!row.enrolments.length) return <span className="text-slate-500">–</span>
  return (
    <ul className="space-y-1">
      {row.enrolments.map((e) => (
        <li key={e.id} className="text-xs text-slate-600">
          <Badge tone={enrolmentStatusTone[e.status]}>{enrolmentStatusLabel[e.status]}</Badge> {e.cohort.name} · Gel. {e.cohort.wave.number}
        </li>
      ))}
    </ul>
  )
}

/** A row's checkbox for the bulk actions; the phone list and the table each hold one, kept in step by ParticipantBulkSelection. */
function SelectBox({ id, name }: { id: string; name: string }) {
  return <input type="checkbox" data-bulk-id={id} aria-label={`Pilih ${name}`} className="mt-0.5 h-5 w-5 shrink-0" />
}

/** Search, filters and one page of participants, for operators (their province) and Admin Pusat (national). */
export async function ParticipantList({ actor, basePath, params }: { actor: Actor; basePath: string; params: ParticipantSearchParams }) {
  const { q = '', kelas = '', kabupaten = '', lembaga = '', status = '', halaman } = params
  const perPage = parsePageSize(params.tampil)
  const provinceCodes = actor.provinceCode ? [actor.provinceCode] : undefined
  const [{ participants, total, page, pageCount }, cohorts, regencies] = await Promise.all([
    listParticipants(actor, { q, cohortId: kelas, regencyCode: kabupaten, institutionType: lembaga, status, page: Number(halaman) || 1, perPage }),
    listCohortFilterOptions(actor),
    listRegencyOptions(provinceCodes),
  ])
  // The move's targets: classes taking registrations, those of the filtered class's program and province when there is one.
  const filteredCohort = cohorts.find((c) => c.id === kelas)
  const moveTargets = (await listRegistrationCohorts(actor, filteredCohort ? { programId: filteredCohort.programId, provinceCode: filteredCohort.provinceCode } : {}))
    .map((c) => ({ id: c.id, label: c.label, placesLeft: c.placesLeft }))
  const filters = { ...(q && { q }), ...(kelas && { kelas }), ...(kabupaten && { kabupaten }), ...(lembaga && { lembaga }), ...(status && { status }) }
  const pageHref = (n: number) => `${basePath}?${new URLSearchParams({ ...filters, ...(perPage !== DEFAULT_PAGE_SIZE && { tampil: String(perPage) }), halaman: String(n) })}`
  const filtered = Object.keys(filters).length > 0
  return (
    <>
      <p className="mb-3 text-sm text-slate-600">{formatNumber(total)} peserta{filtered ? ' sesuai pencarian' : ''}.</p>
      <form method="get" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-[1.5fr_1fr_1fr_1fr_1fr_auto_auto] lg:items-end">
        <label className="block text-sm font-medium text-slate-700">
          Cari nama, nomor HP, atau 4 digit akhir NIK
          <input name="q" defaultValue={q} className={inputClass} type="search" />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Kelas
          <select name="kelas" defaultValue={kelas} className={`${inputClass} bg-white`}>
            <option value="">Semua kelas</option>
            {cohorts.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Kabupaten/kota
          <select name="kabupaten" defaultValue={kabupaten} className={`${inputClass} bg-white`}>
            <option value="">Semua</option>
            {regencies.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Jenis lembaga
          <select name="lembaga" defaultValue={lembaga} className={`${inputClass} bg-white`}>
            <option value="">Semua</option>
            {Object.entries(institutionTypeLabel).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Status
          <select name="status" defaultValue={status} className={`${inputClass} bg-white`}>
            <option value="">Semua</option>
            {Object.entries(enrolmentStatusLabel).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Per halaman
          <select name="tampil" defaultValue={String(perPage)} className={`${inputClass} bg-white`}>
            {PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-2 font-semibold text-slate-700 hover:bg-slate-100">Cari</button>
      </form>
      {participants.length ? (
        <ParticipantBulkSelection key={JSON.stringify(filters)} total={total} pageIds={participants.map((p) => p.id)} filter={filters} moveTargets={moveTargets} maxBulk={MAX_BULK_PARTICIPANTS}>
          <ul className="space-y-2 md:hidden" aria-label="Daftar peserta">
            {participants.map((p) => (
              <li key={p.id} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
                <SelectBox id={p.id} name={p.name} />
                <div className="min-w-0">
                  <Link href={`${basePath}/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link>
                  <p className="text-slate-600">{p.regency.name} · {p.phone}</p>
                  <p className="text-xs text-slate-500">{institutionTypeLabel[p.institutionType]} · {p.institutionName}</p>
                  <div className="mt-1"><Enrolments row={p} /></div>
                </div>
              </li>
            ))}
          </ul>
          <div className="hidden md:block">
            <Table head={['Pilih', 'Nama', 'NIK', 'Kabupaten/kota', 'Lembaga', 'Kelas']} caption="Daftar peserta">
              {participants.map((p) => (
                <tr key={p.id}>
                  <Td className="w-10"><SelectBox id={p.id} name={p.name} /></Td>
                  <Td>
                    <Link href={`${basePath}/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.name}</Link>
                    <span className="block text-xs text-slate-500">{p.phone}</span>
                  </Td>
                  <Td className="whitespace-nowrap font-mono text-xs">{p.nikMasked}</Td>
                  <Td>{p.regency.name}</Td>
                  <Td><span className="block">{p.institutionName}</span><span className="text-xs text-slate-500">{institutionTypeLabel[p.institutionType]}</span></Td>
                  <Td><Enrolments row={p} /></Td>
                </tr>
              ))}
            </Table>
          </div>
          <Pagination page={page} pageCount={pageCount} href={pageHref} />
        </ParticipantBulkSelection>
      ) : <EmptyState>Tidak ada peserta yang sesuai.</EmptyState>}
    </>
  )
}
