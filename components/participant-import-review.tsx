import Link from 'next/link'
import type { ImportRowStatus } from '@/generated/prisma/enums'
import { formatDateTimeInZone, formatNumber } from '@/lib/format/date-time'
import type { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { Pagination } from './pagination'
import { ParticipantImportConfirm } from './participant-import-confirm'
import { Badge, EmptyState, Stat, StatGrid, Table, Td } from './ui'

type Review = Awaited<ReturnType<typeof getParticipantImport>>

export const importStatusLabel: Record<ImportRowStatus, { label: string; tone: 'green' | 'blue' | 'slate' | 'amber' | 'red' }> = {
  NEW: { label: 'Baru', tone: 'green' },
  UPDATE: { label: 'Diperbarui', tone: 'blue' },
  UNCHANGED: { label: 'Tidak berubah', tone: 'slate' },
  DUPLICATE: { label: 'Duplikat', tone: 'amber' },
  ERROR: { label: 'Salah', tone: 'red' },
}

const ORDER: ImportRowStatus[] = ['ERROR', 'DUPLICATE', 'NEW', 'UPDATE', 'UNCHANGED']

/** Step 2: the checked file — counts per status, each row with its messages, then the confirmation. */
export function ParticipantImportReview({ review, basePath, status }: { review: Review; basePath: string; status?: ImportRowStatus }) {
  const { batch, rows, page, pages } = review
  const summary = batch.summary ?? { total: 0, NEW: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 }
  const here = `${basePath}/impor/${batch.id}`
  const href = (s: ImportRowStatus | undefined, p = 1) => `${here}?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`
  const toWrite = summary.NEW + summary.UPDATE
  const invalid = summary.ERROR + summary.DUPLICATE
  return (
    <div className="space-y-6">
      <StatGrid>
        <Stat label="Baris" value={formatNumber(summary.total)} hint={batch.fileName} />
        <Stat label="Akan disimpan" value={formatNumber(toWrite)} hint={`${formatNumber(summary.NEW)} baru, ${formatNumber(summary.UPDATE)} diperbarui`} />
        <Stat label="Bermasalah" value={formatNumber(invalid)} hint={`${formatNumber(summary.ERROR)} salah, ${formatNumber(summary.DUPLICATE)} duplikat`} />
        <Stat label="Tidak berubah" value={formatNumber(summary.UNCHANGED)} hint="sudah tersimpan sama persis" />
      </StatGrid>

      {batch.status === 'COMMITTED' ? (
        <p role="status" data-testid="import-done" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Impor ke {batch.cohortName} sudah disimpan{batch.committedAt ? ` (${formatDateTimeInZone(batch.committedAt, batch.timeZone, batch.timeZoneLabel)})` : ''}.{' '}
          <Link href={basePath} className="font-medium underline">Lihat daftar peserta</Link>
        </p>
      ) : toWrite ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="mb-3 text-sm text-slate-700">Kelas tujuan: <strong>{batch.cohortName}</strong>. Semua baris disimpan sekaligus atau tidak sama sekali.</p>
          <ParticipantImportConfirm batchId={batch.id} returnTo={here} toWrite={toWrite} invalid={invalid} />
        </div>
      ) : (
        <p data-testid="import-nothing" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          Tidak ada peserta baru atau perubahan dalam berkas ini{summary.UNCHANGED ? ': semua baris sudah tersimpan sama persis' : ''}. Tidak ada yang perlu disimpan.
        </p>
      )}

      <nav aria-label="Saring baris" className="flex flex-wrap gap-2 text-sm">
        <Link href={href(undefined)} aria-current={!status ? 'page' : undefined} className={`rounded-full border px-3 py-1 ${!status ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}>Semua ({formatNumber(summary.total)})</Link>
        {ORDER.filter((s) => summary[s]).map((s) => (
          <Link key={s} href={href(s)} aria-current={status === s ? 'page' : undefined} className={`rounded-full border px-3 py-1 ${status === s ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}>
            {importStatusLabel[s].label} ({formatNumber(summary[s])})
          </Link>
        ))}
      </nav>

      {rows.length ? (
        <Table head={['Baris', 'Status', 'Nama', 'NIK', 'Nomor HP', 'Kabupaten/Kota', 'Keterangan']} caption="Hasil pemeriksaan per baris">
          {rows.map((r) => (
            <tr key={r.rowNumber} data-testid="import-row" data-status={r.status}>
              <Td className="tabular-nums">{r.rowNumber}</Td>
              <Td><Badge tone={importStatusLabel[r.status].tone}>{importStatusLabel[r.status].label}</Badge></Td>
              <Td className="font-medium">{r.name}</Td>
              <Td className="tabular-nums whitespace-nowrap">{r.nikMasked}</Td>
              <Td className="tabular-nums whitespace-nowrap">{r.phone}</Td>
              <Td>{r.regency}</Td>
              <Td className="min-w-64 text-xs">
                {r.messages.map((m) => <p key={m} className={r.status === 'ERROR' ? 'text-red-800' : 'text-amber-900'}>{m}</p>)}
                {r.changes.map((c) => <p key={c} className="text-slate-600">{c}</p>)}
              </Td>
            </tr>
          ))}
        </Table>
      ) : <EmptyState>Tidak ada baris dengan status ini.</EmptyState>}
      <Pagination page={page} pageCount={pages} href={(p) => href(status, p)} />
    </div>
  )
}
