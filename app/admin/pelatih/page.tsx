import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/pagination'
import { Badge, EmptyState, PageHeader, Table, Td } from '@/components/ui'
import { inputClass } from '@/components/field-styles'
import { formatNumber } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { listProvinces } from '@/lib/server/waves/list-provinces'
import { listTrainers } from '@/lib/server/trainers/list-trainers'

export const metadata: Metadata = { title: 'Pelatih Ahli' }

type SearchParams = Promise<{ q?: string; provinsi?: string; halaman?: string }>

export default async function TrainersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission('read:trainer:any')
  const { q = '', provinsi = '', halaman } = await searchParams
  const [{ trainers, total, page, pageCount }, provinces] = await Promise.all([
    listTrainers(actor, { q, provinceCode: provinsi, page: Number(halaman) || 1 }),
    listProvinces(),
  ])
  const pageHref = (n: number) => `/admin/pelatih?${new URLSearchParams({ ...(q && { q }), ...(provinsi && { provinsi }), halaman: String(n) })}`
  return (
    <>
      <PageHeader title="Pelatih Ahli" description={`${formatNumber(total)} pelatih${q || provinsi ? ' sesuai pencarian' : ''}.`} />
      <div className="mb-4 flex flex-wrap gap-2">
        <Link href="/admin/pelatih/baru" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Tambah pelatih</Link>
        <Link href="/admin/pelatih/impor" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">Impor dari Excel</Link>
      </div>
      <form method="get" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-[1fr_16rem_auto] sm:items-end" role="search">
        <label className="block text-sm font-medium text-slate-700">
          Cari nama, e-mail, atau instansi
          <input name="q" defaultValue={q} className={inputClass} type="search" />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Provinsi asal
          <select name="provinsi" defaultValue={provinsi} className={`${inputClass} bg-white`}>
            <option value="">Semua provinsi</option>
            {provinces.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-slate-50 px-4 py-2 font-semibold text-slate-700 hover:bg-slate-100">Cari</button>
      </form>
      {trainers.length ? (
        <>
          <ul className="space-y-2 md:hidden" aria-label="Daftar pelatih">
            {trainers.map((t) => (
              <li key={t.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
                <div className="flex items-start justify-between gap-2">
                  <Link href={`/admin/pelatih/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.name}</Link>
                  {t.active ? null : <Badge tone="amber">Nonaktif</Badge>}
                </div>
                <p className="text-slate-600">{t.homeProvince.name} · {formatNumber(t._count.assignments)} kelas</p>
                {t.institution ? <p className="text-xs text-slate-500">{t.institution}</p> : null}
              </li>
            ))}
          </ul>
          <div className="hidden md:block">
            <Table head={['Nama', 'Provinsi asal', 'Instansi', 'Keahlian', 'Kelas']} caption="Daftar pelatih">
              {trainers.map((t) => (
                <tr key={t.id}>
                  <Td>
                    <Link href={`/admin/pelatih/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.name}</Link>
                    {t.active ? null : <> <Badge tone="amber">Nonaktif</Badge></>}
                    <span className="block text-xs text-slate-500">{t.email}</span>
                  </Td>
                  <Td className="whitespace-nowrap">{t.homeProvince.name}</Td>
                  <Td>{t.institution ?? '–'}</Td>
                  <Td className="text-xs text-slate-600">{t.expertise.join(', ') || '–'}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(t._count.assignments)}</Td>
                </tr>
              ))}
            </Table>
          </div>
          <Pagination page={page} pageCount={pageCount} href={pageHref} />
        </>
      ) : <EmptyState>Tidak ada pelatih yang sesuai.</EmptyState>}
    </>
  )
}
