'use client'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react'
import { initialActionState, type ActionState } from '@/lib/actions/action-state-types'
import { moveSelectedEnrolmentsAction } from '@/lib/actions/move-selected-enrolments'
import { withdrawSelectedEnrolmentsAction } from '@/lib/actions/withdraw-selected-enrolments'
import { saveDownload } from '@/lib/participants/download-response'
import { BulkDialog, type BulkDialogHandle } from './bulk-dialog'

export type BulkFilter = { q?: string; kelas?: string; kabupaten?: string; lembaga?: string; status?: string }
export type MoveTarget = { id: string; label: string; placesLeft: number }

const number = new Intl.NumberFormat('id-ID')
type Message = { tone: 'error' | 'success'; text: string }

/**
 * Selection and bulk actions of the participant list (issue 12 point 12, decision 037). The rows
 * (`children`, server-rendered) carry a checkbox with `data-bulk-id`; the phone list and the table
 * both hold one per participant, kept in step. "All matching" sends the filter, not ids: the server
 * evaluates it again under the actor's scope and refuses above `maxBulk`. The bar stays at the
 * bottom of the screen while anything is selected.
 */
export function ParticipantBulkSelection({ total, pageIds, filter, moveTargets, maxBulk, children }: {
  total: number; pageIds: string[]; filter: BulkFilter; moveTargets: MoveTarget[]; maxBulk: number; children: ReactNode
}) {
  const router = useRouter()
  const rows = useRef<HTMLDivElement>(null)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [allMatching, setAllMatching] = useState(false)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const withdrawDialog = useRef<BulkDialogHandle>(null)
  const moveDialog = useRef<BulkDialogHandle>(null)
  const cardsDialog = useRef<BulkDialogHandle>(null)

  // Paging keeps the selection (a soft navigation): the new page's boxes show what is already selected.
  const pageKey = pageIds.join(',')
  useEffect(() => {
    for (const box of rows.current?.querySelectorAll<HTMLInputElement>('input[data-bulk-id]') ?? []) box.checked = allMatching || selected.has(box.dataset.bulkId!)
  }, [pageKey, selected, allMatching])

  const count = allMatching ? total : selected.size
  const pageAllSelected = pageIds.length > 0 && pageIds.every((id) => selected.has(id))
  const label = `${number.format(count)} peserta`

  function tick(ids: Set<string>) {
    for (const box of rows.current?.querySelectorAll<HTMLInputElement>('input[data-bulk-id]') ?? []) box.checked = ids.has(box.dataset.bulkId!)
    setSelected(ids)
  }
  function onRowChange(event: ChangeEvent<HTMLDivElement>) {
    const box = event.target as unknown as HTMLInputElement
    const id = box.dataset?.bulkId
    if (!id) return
    const next = new Set(selected)
    if (box.checked) next.add(id)
    else next.delete(id)
    setAllMatching(false)
    tick(next)
  }
  function selectPage(on: boolean) {
    setAllMatching(false)
    tick(on ? new Set([...selected, ...pageIds]) : new Set([...selected].filter((id) => !pageIds.includes(id))))
  }
  function clear() {
    setAllMatching(false)
    tick(new Set())
  }

  function body(extra: Record<string, string> = {}): FormData {
    const form = new FormData()
    for (const [key, value] of Object.entries(filter)) if (value) form.append(key, value)
    if (allMatching) form.append('semua', '1')
    else for (const id of selected) form.append('peserta', id)
    for (const [key, value] of Object.entries(extra)) form.append(key, value)
    return form
  }

  async function runAction(action: (state: ActionState, form: FormData) => Promise<ActionState>, fields: FormData, dialog: BulkDialogHandle | null) {
    setPending(true)
    setDialogError(null)
    try {
      const extra = Object.fromEntries([...fields].filter(([, v]) => typeof v === 'string')) as Record<string, string>
      const state = await action(initialActionState, body(extra))
      if (state.status === 'success') {
        dialog?.close()
        setMessage({ tone: 'success', text: state.message ?? 'Selesai.' })
        clear()
        router.refresh()
      } else {
        const fieldText = Object.values(state.fieldErrors ?? {}).flat().filter(Boolean).join(' ')
        setDialogError([state.message, fieldText].filter(Boolean).join(' '))
      }
    } catch {
      setDialogError('Permintaan gagal. Periksa koneksi lalu coba lagi.')
    } finally {
      setPending(false)
    }
  }

  async function download(url: string, fallback: string, extra: Record<string, string>, done: (name: string) => string, dialog?: BulkDialogHandle | null) {
    setPending(true)
    setDialogError(null)
    setMessage(null)
    try {
      const response = await fetch(url, { method: 'POST', body: body(extra) })
      if (!response.ok) {
        const text = (await response.text()) || 'Berkas gagal dibuat. Coba lagi.'
        if (dialog) setDialogError(text)
        else setMessage({ tone: 'error', text })
        return
      }
      const name = await saveDownload(response, fallback)
      dialog?.close()
      setMessage({ tone: 'success', text: done(name) })
    } catch {
      setMessage({ tone: 'error', text: 'Berkas gagal dibuat. Periksa koneksi lalu coba lagi.' })
    } finally {
      setPending(false)
    }
  }

  const quick = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50'
  const barButton = 'rounded-md px-3 py-2 text-sm font-semibold disabled:opacity-60'
  return (
    <div data-testid="participant-bulk">
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" role="group" aria-label="Pilih peserta">
        <label className="inline-flex items-center gap-2 font-medium text-slate-700">
          <input type="checkbox" className="h-5 w-5" checked={pageAllSelected || allMatching} onChange={(e) => selectPage(e.target.checked)} />
          Pilih semua di halaman ini ({number.format(pageIds.length)})
        </label>
        {pageAllSelected && !allMatching && total > pageIds.length ? (
          total > maxBulk
            ? <span className="text-slate-600" data-testid="bulk-cap-note">{number.format(total)} peserta sesuai filter: lebih dari {number.format(maxBulk)}, persempit filter untuk memilih semuanya.</span>
            : <button type="button" className={quick} onClick={() => setAllMatching(true)}>Pilih semua {number.format(total)} peserta yang sesuai filter</button>
        ) : null}
        {allMatching ? <span className="text-slate-700">Semua {number.format(total)} peserta yang sesuai filter dipilih.</span> : null}
      </div>
      <div ref={rows} onChange={onRowChange}>{children}</div>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} data-testid="bulk-message"
          className={`mt-3 rounded-md px-3 py-2 text-sm ${message.tone === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
          {message.text}
        </p>
      ) : null}
      {count > 0 ? (
        <div className="sticky bottom-0 z-10 -mx-4 mt-3 border-t border-slate-200 bg-white px-4 py-2 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] sm:mx-0 sm:rounded-t-lg sm:border-x" data-testid="bulk-bar">
          <div className="flex flex-wrap items-center gap-2">
            <p className="mr-auto text-sm font-semibold text-slate-900" aria-live="polite" data-testid="bulk-count">{number.format(count)} dipilih</p>
            <button type="button" onClick={clear} className="text-sm text-brand-700 underline">Batal pilih</button>
          </div>
          <div className="mt-2 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
            <button type="button" disabled={pending} onClick={() => { setDialogError(null); moveDialog.current?.open() }} className={`${barButton} bg-brand-700 text-white hover:bg-brand-800`}>Pindahkan kelas</button>
            <button type="button" disabled={pending} onClick={() => { setDialogError(null); withdrawDialog.current?.open() }} className={`${barButton} border border-red-300 bg-white text-red-700 hover:bg-red-50`}>Undurkan</button>
            <button type="button" disabled={pending} onClick={() => { setDialogError(null); cardsDialog.current?.open() }} className={`${barButton} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>Cetak kartu</button>
            <button type="button" disabled={pending}
              onClick={() => download('/api/peserta/pilihan/ekspor', 'peserta-bimtek.xlsx', {}, (name) => `Ekspor ${label} tersimpan sebagai ${name}.`)}
              className={`${barButton} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>Ekspor Excel</button>
          </div>
        </div>
      ) : null}
      <BulkDialog ref={withdrawDialog} title={`Undurkan ${label}?`} confirmLabel={`Ya, undurkan ${label}`} tone="danger" pending={pending} error={dialogError} testId="bulk-withdraw"
        onConfirm={(form) => runAction(withdrawSelectedEnrolmentsAction, form, withdrawDialog.current)}>
        <p>Pendaftaran berstatus Terdaftar dari {label} yang dipilih diundurkan{filter.kelas ? ' dari kelas yang disaring' : ''}; tempat mereka kembali kosong. Yang sudah mundur dilewati.</p>
        <label className="block font-medium text-slate-700">
          Alasan pengunduran diri
          <textarea name="reason" required minLength={5} maxLength={500} rows={3} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
      </BulkDialog>
      <BulkDialog ref={moveDialog} title={`Pindahkan ${label}`} confirmLabel={`Pindahkan ${label}`} pending={pending} error={dialogError} testId="bulk-move"
        onConfirm={(form) => runAction(moveSelectedEnrolmentsAction, form, moveDialog.current)}>
        <p>Pendaftaran mereka di program kelas tujuan dipindahkan bersama-sama, atau tidak sama sekali bila kuota tidak cukup.</p>
        <label className="block font-medium text-slate-700">
          Kelas tujuan
          <select name="cohortId" required defaultValue="" className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
            <option value="" disabled>Pilih kelas…</option>
            {moveTargets.filter((c) => c.id !== filter.kelas).map((c) => <option key={c.id} value={c.id}>{c.label} — sisa {number.format(c.placesLeft)} tempat</option>)}
          </select>
        </label>
        <p className="text-xs text-slate-500">Hanya kelas yang masih menerima pendaftaran.</p>
      </BulkDialog>
      <BulkDialog ref={cardsDialog} title={filter.kelas ? `Cetak kartu ${label}?` : 'Saring menurut kelas dulu'} pending={pending} error={dialogError} testId="bulk-cards"
        confirmLabel={filter.kelas ? `Ya, cetak ${label}` : undefined}
        onConfirm={() => download('/api/peserta/pilihan/kartu', 'kartu-peserta.pdf', { ganti: '1' },
          (name) => `Kartu tersimpan sebagai ${name}. Kode di dalamnya tidak ditampilkan lagi: simpan dan cetak berkas ini.`, cardsDialog.current)}>
        {filter.kelas ? (
          <>
            <p>Setiap kartu memuat kode akses <strong>baru</strong> dan kode QR tautan masuk. Kode dan tautan lama peserta terpilih <strong>langsung tidak berlaku</strong>.</p>
            <p>Bagikan kartu baru kepada mereka.</p>
          </>
        ) : <p>Kartu memuat nama kelas dan tanggalnya, jadi dicetak per kelas. Pilih kelas pada filter, tekan Cari, lalu pilih pesertanya.</p>}
      </BulkDialog>
    </div>
  )
}
