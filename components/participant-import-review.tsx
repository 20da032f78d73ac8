import Link from 'next/link'
import type { ImportRowStatus } from '@/generated/prisma/enums'
import { formatDateTimeInZone, formatNumber } from '@/lib/format/date-time'
import type { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { cancelParticipantImportAction } from '@/lib/actions/cancel-participant-import'
import { InlineActionForm } from './inline-action-form'
import { Pagination } from './pagination'
import { ParticipantImportConfirm } from './participant-import-confirm'
import { Badge, EmptyState, Stat, StatGrid } from './ui'

type Review = Awaited<ReturnType<typeof getParticipantImport>>

export const importStatusLabel: Record<ImportRowStatus, { label: string; tone: 'green' | 'blue' | 'slate' | 'amber' | 'red' }> = {
  NEW: { label: 'Baru', tone: 'green' },
  UPDATE: { label: 'Diperbarui', tone: 'blue' },
  UNCHANGED: { label: 'Tidak berubah', tone: 'slate' },
  DUPLICATE: { label: 'Duplikat', tone: 'amber' },
  ERROR: { label: 'Salah', tone: 'red' },
}

const ORDER: ImportRowStatus[] = ['ERROR', 'DUPLICATE', 'NEW', 'UPDATE', 'UNCHANGED']

/** The second figure once the preview has ended: what was saved, or what would have been. */
const WRITE_LABEL: Partial<Record<Review['batch']['status'], string>> = { COMMITTED: 'Disimpan', CANCELLED: 'Tidak jadi disimpan' }

type OutcomeProps = { batch: Review['batch']; basePath: string; here: string; toWrite: number; invalid: number; unchanged: number }

/** Saved, cancelled (by hand or expired: its rows are gone), or waiting: confirm it or cancel it. */
function ImportOutcome({ batch, basePath, here, toWrite, invalid, unchanged }: OutcomeProps) {
  if (batch.status === 'COMMITTED') {
    return (
      <p role="status" data-testid="import-done" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        Impor ke {batch.cohortName} sudah disimpan{batch.committedAt ? ` (${formatDateTimeInZone(batch.committedAt, batch.timeZone, batch.timeZoneLabel)})` : ''}.{' '}
        <Link href={basePath} className="font-medium underline">Lihat daftar peserta</Link>
      </p>
    )
  }
  if (batch.status === 'CANCELLED') {
    return (
      <p role="status" data-testid="import-cancelled" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
        Impor ini dibatalkan; tidak ada peserta yang disimpan dari berkas ini.{batch.error ? ` ${batch.error}` : ''}{' '}
        <Link href={`${basePath}/impor`} className="font-medium underline">Unggah berkas</Link>
      </p>
    )
  }
  const cancel = (
    <InlineActionForm action={cancelParticipantImportAction} fields={{ batchId: batch.id, returnTo: here }} tone="danger" confirmMessage="Batalkan impor ini? Tidak ada peserta yang disimpan dan hasil pemeriksaannya dihapus.">
      Batalkan impor
    </InlineActionForm>
  )
  if (!toWrite) {
    return (
      <div data-testid="import-nothing" className="flex flex-wrap items-start justify-between gap-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
        <p>Tidak ada peserta baru atau perubahan dalam berkas ini{unchanged ? ': semua baris sudah tersimpan sama persis' : ''}. Tidak ada yang perlu disimpan.</p>
        {cancel}
      </div>
    )
  }
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="mb-3 text-sm text-slate-700">Kelas tujuan: <strong>{batch.cohortName}</strong>. Semua baris disimpan sekaligus atau tidak sama sekali.</p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <ParticipantImportConfirm batchId={batch.id} returnTo={here} toWrite={toWrite} invalid={invalid} />
        {cancel}
      </div>
    </div>
  )
}

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
        <Stat label={WRITE_LABEL[batch.status] ?? 'Akan disimpan'} value={formatNumber(toWrite)} hint={`${formatNumber(summary.NEW)} baru, ${formatNumber(summary.UPDATE)} diperbarui`} />
        <Stat label="Bermasalah" value={formatNumber(invalid)} hint={`${formatNumber(summary.ERROR)} salah, ${formatNumber(summary.DUPLICATE)} duplikat`} />
        <Stat label="Tidak berubah" value={formatNumber(summary.UNCHANGED)} hint="sudah tersimpan sama persis" />
      </StatGrid>

      <ImportOutcome batch={batch} basePath={basePath} here={here} toWrite={toWrite} invalid={invalid} unchanged={summary.UNCHANGED} />

      {batch.status === 'CANCELLED' ? null : (
        <>
          <nav aria-label="Saring baris" className="flex flex-wrap gap-2 text-sm">
            <Link href={href(undefined)} aria-current={!status ? 'page' : undefined} className={`rounded-full border px-3 py-1 ${!status ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}>Semua ({formatNumber(summary.total)})</Link>
            {ORDER.filter((s) => summary[s]).map((s) => (
              <Link key={s} href={href(s)} aria-current={status === s ? 'page' : undefined} className={`rounded-full border px-3 py-1 ${status === s ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}>
                {importStatusLabel[s].label} ({formatNumber(summary[s])})
              </Link>
            ))}
          </nav>

          {rows.length ? (
            // A list rather than a table: on a phone the reason a row failed must be readable without scrolling sideways.
            <ol aria-label="Hasil pemeriksaan per baris" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
              <li aria-hidden className="hidden bg-slate-50 px-4 py-2 text-xs font-medium text-slate-600 lg:grid lg:grid-cols-[3.5rem_7rem_minmax(0,1.2fr)_9rem_9rem_minmax(0,1fr)_minmax(0,1.6fr)] lg:gap-3">
                <span>Baris</span><span>Status</span><span>Nama</span><span>NIK</span><span>Nomor HP</span><span>Kabupaten/Kota</span><span>Keterangan</span>
              </li>
              {rows.map((r) => (
                <li key={r.rowNumber} data-testid="import-row" data-status={r.status} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 px-4 py-2 lg:grid-cols-[3.5rem_7rem_minmax(0,1.2fr)_9rem_9rem_minmax(0,1fr)_minmax(0,1.6fr)]">
                  <span className="tabular-nums text-slate-500"><span className="lg:hidden">Baris </span>{r.rowNumber}</span>
                  <span><Badge tone={importStatusLabel[r.status].tone}>{importStatusLabel[r.status].label}</Badge></span>
                  <span className="col-span-2 font-medium wrap-anywhere lg:col-span-1">{r.name || '—'}</span>
                  <span className="col-span-2 tabular-nums text-slate-700 lg:col-span-1">{r.nikMasked}</span>
                  <span className="col-span-2 tabular-nums text-slate-700 lg:col-span-1">{r.phone}</span>
                  <span className="col-span-2 text-slate-700 lg:col-span-1">{r.regency}</span>
                  <span className="col-span-2 text-xs lg:col-span-1">
                    {r.messages.map((m) => <span key={m} className={`block ${r.status === 'ERROR' ? 'text-red-800' : 'text-amber-900'}`}>{m}</span>)}
                    {r.changes.map((c) => <span key={c} className="block text-slate-600">{c}</span>)}
                  </span>
                </li>
              ))}
            </ol>
          ) : <EmptyState>Tidak ada baris dengan status ini.</EmptyState>}
          <Pagination page={page} pageCount={pages} href={(p) => href(status, p)} />
        </>
      )}
    </div>
  )
}
