import Link from 'next/link'
import type { ImportRowStatus } from '@/generated/prisma/enums'
import { formatDateTimeInZone, formatNumber } from '@/lib/format/date-time'
import type { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { cancelParticipantImportAction } from '@/lib/actions/cancel-participant-import'
import { InlineActionForm } from './inline-action-form'
import { Pagination } from './pagination'
import { ParticipantImportConfirm } from './participant-import-confirm'
import { MoveImportForm, RaiseQuotaForm } from './participant-import-quota-choices'
import { Badge, EmptyState, Stat, StatGrid } from './ui'

type Review = Awaited<ReturnType<typeof getParticipantImport>>

export const importStatusLabel: Record<ImportRowStatus, { label: string; tone: 'green' | 'blue' | 'slate' | 'amber' | 'red' }> = {
  NEW: { label: 'Baru', tone: 'green' },
  UPDATE: { label: 'Diperbarui', tone: 'blue' },
  UNCHANGED: { label: 'Tidak berubah', tone: 'slate' },
  DUPLICATE: { label: 'Duplikat', tone: 'amber' },
  ERROR: { label: 'Salah', tone: 'red' },
  OVER_QUOTA: { label: 'Tidak muat kuota', tone: 'amber' },
}

const ORDER: ImportRowStatus[] = ['ERROR', 'DUPLICATE', 'OVER_QUOTA', 'NEW', 'UPDATE', 'UNCHANGED']

/** The second figure once the preview has ended: what was saved, or what would have been. */
const WRITE_LABEL: Partial<Record<Review['batch']['status'], string>> = { COMMITTED: 'Disimpan', CANCELLED: 'Tidak jadi disimpan' }

type OutcomeProps = { review: Review; basePath: string; here: string; toWrite: number; invalid: number; unchanged: number; canRaiseQuota: boolean }

/** "baris 41–202" or "baris 41": the rows that do not fit, in file order. */
const rowRange = (from: number | null, to: number | null) => (from === null ? '' : to === null || to === from ? `baris ${from}` : `baris ${from}–${to}`)

/**
 * The places left against the rows to enrol (issue 12), and when the file does not fit, what the
 * officer can do: save the rows that fit (the confirm form below), move the preview to another
 * cohort of the province, or — Admin Pusat — raise the quota that binds.
 */
function ImportCapacity({ review, here, canRaiseQuota }: { review: Review; here: string; canRaiseQuota: boolean }) {
  const c = review.capacity
  if (!c) return null
  const cohortLeft = Math.max(0, c.quota - c.taken)
  const provinceLeft = c.provinceQuota === null ? null : Math.max(0, c.provinceQuota - c.provinceTaken)
  const provinceBinds = provinceLeft !== null && provinceLeft < cohortLeft
  const figures = (
    <ul className="mt-1 space-y-0.5">
      <li>{c.cohortName}: sisa <strong>{formatNumber(cohortLeft)}</strong> tempat (kuota {formatNumber(c.quota)}, terisi {formatNumber(c.taken)}).</li>
      {c.provinceQuota !== null ? (
        <li>Kuota {c.provinceName} di gelombang {c.waveNumber}: sisa <strong>{formatNumber(provinceLeft!)}</strong> (kuota {formatNumber(c.provinceQuota)}, terisi {formatNumber(c.provinceTaken)}).</li>
      ) : null}
      <li>Berkas ini akan mendaftarkan <strong>{formatNumber(c.toEnrol)}</strong> peserta ke kelas ini.</li>
    </ul>
  )
  if (!c.overQuota) {
    return <div data-testid="import-capacity" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700"><p className="font-medium">Kuota cukup.</p>{figures}</div>
  }
  return (
    <section data-testid="import-capacity" aria-labelledby="capacity-title" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <div>
        <h2 id="capacity-title" className="text-base font-semibold">Kuota tidak cukup untuk semua baris</h2>
        {figures}
        <p className="mt-1">
          <strong>{formatNumber(c.overQuota)}</strong> peserta tidak muat ({rowRange(c.firstOverRow, c.lastOverRow)}, urut baris berkas
          {provinceBinds ? '; yang membatasi adalah kuota provinsi' : ''}).{' '}
          <Link href={`${here}?status=OVER_QUOTA`} className="font-medium underline">Lihat baris yang tidak muat</Link>
        </p>
      </div>
      <ol className="list-decimal space-y-3 pl-5">
        <li>
          <strong>Simpan yang muat</strong>: {formatNumber(Math.max(0, c.toEnrol - c.overQuota))} peserta pertama sesuai urutan berkas didaftarkan; sisanya tidak disimpan dan tetap tercantum di sini sebagai &quot;Tidak muat kuota&quot;. Tombolnya ada di bawah.
        </li>
        <li>
          <strong>Pilih kelas lain</strong> di {c.provinceName}:
          {review.cohortChoices.length ? (
            <div className="mt-2 rounded-md border border-amber-200 bg-white p-3 text-slate-800">
              <MoveImportForm batchId={review.batch.id} returnTo={here} choices={review.cohortChoices} toEnrol={c.toEnrol} />
            </div>
          ) : <span> tidak ada kelas lain yang masih memiliki tempat.</span>}
        </li>
        {canRaiseQuota ? (
          <li>
            <strong>Naikkan kuota</strong>{provinceBinds ? ' provinsi (dan kelas bila perlu)' : ' kelas'}:
            <div className="mt-2 rounded-md border border-amber-200 bg-white p-3 text-slate-800">
              <RaiseQuotaForm
                cohortId={review.batch.cohortId} quota={c.quota} suggestedQuota={Math.max(c.quota, c.taken + c.toEnrol)}
                provinceQuota={c.provinceQuota} suggestedProvinceQuota={c.provinceQuota === null ? null : Math.max(c.provinceQuota, c.provinceTaken + c.toEnrol)}
                provinceName={c.provinceName} waveNumber={c.waveNumber}
              />
            </div>
          </li>
        ) : <li>Atau minta Admin Pusat menaikkan kuota, lalu buka kembali halaman ini.</li>}
      </ol>
    </section>
  )
}

/** Saved, cancelled (by hand or expired: its rows are gone), or waiting: confirm it or cancel it. */
function ImportOutcome({ review, basePath, here, toWrite, invalid, unchanged, canRaiseQuota }: OutcomeProps) {
  const { batch } = review
  if (batch.status === 'COMMITTED') {
    const over = batch.summary?.OVER_QUOTA ?? 0
    return (
      <p role="status" data-testid="import-done" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        Impor ke {batch.cohortName} sudah disimpan{batch.committedAt ? ` (${formatDateTimeInZone(batch.committedAt, batch.timeZone, batch.timeZoneLabel)})` : ''}.
        {over ? ` ${formatNumber(over)} baris tidak muat kuota dan tidak disimpan (lihat "Tidak muat kuota").` : ''}{' '}
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
  const overQuota = review.capacity?.overQuota ?? 0
  return (
    <div className="space-y-4">
      <ImportCapacity review={review} here={here} canRaiseQuota={canRaiseQuota} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <p className="mb-3 text-sm text-slate-700">
          Kelas tujuan: <strong>{batch.cohortName}</strong>. {overQuota ? 'Baris yang muat disimpan sekaligus atau tidak sama sekali.' : 'Semua baris disimpan sekaligus atau tidak sama sekali.'}
        </p>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <ParticipantImportConfirm batchId={batch.id} returnTo={here} toWrite={toWrite} invalid={invalid} overQuota={Math.min(overQuota, toWrite)} />
          {cancel}
        </div>
      </div>
    </div>
  )
}

/** Step 2: the checked file — counts per status, each row with its messages, then the confirmation. */
type ReviewProps = { review: Review; basePath: string; status?: ImportRowStatus; canRaiseQuota: boolean; moved?: boolean }

export function ParticipantImportReview({ review, basePath, status, canRaiseQuota, moved }: ReviewProps) {
  const { batch, rows, page, pages } = review
  const summary = batch.summary ?? { total: 0, NEW: 0, UPDATE: 0, UNCHANGED: 0, DUPLICATE: 0, ERROR: 0 }
  const here = `${basePath}/impor/${batch.id}`
  const href = (s: ImportRowStatus | undefined, p = 1) => `${here}?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`
  const toWrite = summary.NEW + summary.UPDATE
  const invalid = summary.ERROR + summary.DUPLICATE
  // Rows that do not fit: counted against the places left now (preview), or as they were left out (saved).
  const overQuota = review.capacity ? Math.min(review.capacity.overQuota, toWrite) : summary.OVER_QUOTA ?? 0
  const counts: Record<ImportRowStatus, number> = { ...summary, OVER_QUOTA: overQuota }
  const willWrite = batch.status === 'PREVIEW' ? toWrite - overQuota : toWrite
  return (
    <div className="space-y-6">
      {moved ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Pratinjau dipindahkan ke {batch.cohortName}. Periksa kembali hasilnya.</p> : null}
      <StatGrid>
        <Stat label="Baris" value={formatNumber(summary.total)} hint={batch.fileName} />
        <Stat
          label={WRITE_LABEL[batch.status] ?? 'Akan disimpan'} value={formatNumber(willWrite)}
          hint={`${formatNumber(summary.NEW)} baru, ${formatNumber(summary.UPDATE)} diperbarui${overQuota ? `; ${formatNumber(overQuota)} tidak muat kuota` : ''}`}
        />
        <Stat label="Bermasalah" value={formatNumber(invalid)} hint={`${formatNumber(summary.ERROR)} salah, ${formatNumber(summary.DUPLICATE)} duplikat`} />
        <Stat label="Tidak berubah" value={formatNumber(summary.UNCHANGED)} hint="sudah tersimpan sama persis" />
      </StatGrid>

      <ImportOutcome review={review} basePath={basePath} here={here} toWrite={toWrite} invalid={invalid} unchanged={summary.UNCHANGED} canRaiseQuota={canRaiseQuota} />

      {batch.status === 'CANCELLED' ? null : (
        <>
          <nav aria-label="Saring baris" className="flex flex-wrap gap-2 text-sm">
            <Link href={href(undefined)} aria-current={!status ? 'page' : undefined} className={`rounded-full border px-3 py-1 ${!status ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}>Semua ({formatNumber(summary.total)})</Link>
            {ORDER.filter((s) => counts[s] || status === s).map((s) => (
              <Link key={s} href={href(s)} aria-current={status === s ? 'page' : undefined} className={`rounded-full border px-3 py-1 ${status === s ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white'}`}>
                {importStatusLabel[s].label} ({formatNumber(counts[s])})
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
                  <span className="flex flex-wrap items-start gap-1">
                    <Badge tone={importStatusLabel[r.status].tone}>{importStatusLabel[r.status].label}</Badge>
                    {r.overQuota && r.status !== 'OVER_QUOTA' ? <Badge tone="amber">Tidak muat kuota</Badge> : null}
                  </span>
                  <span className="col-span-2 font-medium wrap-anywhere lg:col-span-1">{r.name || '—'}</span>
                  <span className="col-span-2 tabular-nums text-slate-700 wrap-anywhere lg:col-span-1" data-testid="import-row-nik">
                    {r.nikIsTyped ? <><span className="text-red-800">{r.nik}</span> <span className="text-xs text-slate-500">(seperti diketik)</span></> : r.nik || '—'}
                  </span>
                  <span className="col-span-2 tabular-nums text-slate-700 lg:col-span-1">{r.phone}</span>
                  <span className="col-span-2 text-slate-700 lg:col-span-1">{r.regency}</span>
                  <span className="col-span-2 text-xs lg:col-span-1">
                    {r.messages.map((m) => <span key={m} className={`block ${r.status === 'ERROR' ? 'text-red-800' : 'text-amber-900'}`}>{m}</span>)}
                    {r.warnings.map((w) => <span key={w} data-testid="import-row-warning" className="block text-amber-900">⚠ {w}</span>)}
                    {r.adjusted.map((a) => (
                      <span key={a.label} data-testid="import-row-adjusted" className="block text-slate-700">
                        <Badge tone="blue">disesuaikan</Badge> {a.label}: &quot;{a.from}&quot; → {a.to}
                      </span>
                    ))}
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
