'use client'
import { useActionState, useState, type FormEvent } from 'react'
import { confirmTrainerImportAction } from '@/lib/actions/confirm-trainer-import'
import { initialActionState } from '@/lib/actions/action-state-types'
import type { TrainerImportPreview } from '@/lib/server/trainers/import/preview-trainer-import'
import { FormMessage, SubmitButton, inputClass } from './form-fields'
import { Badge, Table, Td } from './ui'

const STATUS = {
  NEW: { label: 'Baru', tone: 'green' },
  UPDATE: { label: 'Diperbarui', tone: 'blue' },
  UNCHANGED: { label: 'Tidak berubah', tone: 'slate' },
  ERROR: { label: 'Salah', tone: 'red' },
} as const
// Error rows are all shown; of the others only the first ones, to keep the page light.
const MAX_OTHER_ROWS = 100

/** Upload → per-row preview → confirm. The preview comes from a route handler; the confirmation is a server action. */
export function TrainerImport() {
  const [preview, setPreview] = useState<TrainerImportPreview | null>(null)
  const [uploadError, setUploadError] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const [state, confirm, confirming] = useActionState(confirmTrainerImportAction, initialActionState)
  const [confirmedToken, setConfirmedToken] = useState<string | null>(null)

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setUploading(true)
    setUploadError(null)
    setPreview(null)
    try {
      const response = await fetch('/api/admin/pelatih/impor', { method: 'POST', body: new FormData(event.currentTarget) })
      const body = await response.json().catch(() => ({ message: 'Server tidak dapat membaca berkas. Coba lagi.' }))
      if (response.ok) setPreview(body as TrainerImportPreview)
      else setUploadError(body.message ?? 'Berkas tidak dapat dibaca.')
    } catch {
      setUploadError('Koneksi terputus. Coba unggah lagi.')
    } finally {
      setUploading(false)
    }
  }

  const done = state.status === 'success' && confirmedToken === preview?.token
  const errors = preview?.rows.filter((r) => r.status === 'ERROR') ?? []
  const others = preview?.rows.filter((r) => r.status !== 'ERROR') ?? []
  const shown = [...errors, ...others.slice(0, MAX_OTHER_ROWS)]

  return (
    <div className="space-y-4">
      <form onSubmit={upload} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <label className="block text-sm font-medium text-slate-700">
          Berkas Excel (.xlsx)
          <input name="file" type="file" required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={`${inputClass} bg-white`} />
        </label>
        {uploadError ? <p role="status" data-testid="import-error" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{uploadError}</p> : null}
        <button type="submit" disabled={uploading} className="mt-3 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {uploading ? 'Membaca berkas…' : 'Unggah dan periksa'}
        </button>
      </form>

      {preview ? (
        <section aria-label="Pratinjau impor" data-testid="import-preview" className="space-y-3">
          <h2 className="text-lg font-semibold text-slate-900">Pratinjau: {preview.fileName}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            <li><Badge tone="green">Baru: {preview.summary.NEW}</Badge></li>
            <li><Badge tone="blue">Diperbarui: {preview.summary.UPDATE}</Badge></li>
            <li><Badge>Tidak berubah: {preview.summary.UNCHANGED}</Badge></li>
            <li><Badge tone="red">Salah: {preview.summary.ERROR}</Badge></li>
          </ul>
          {preview.summary.ERROR ? (
            <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">Perbaiki {preview.summary.ERROR} baris yang salah di berkas, lalu unggah ulang. Belum ada data yang disimpan.</p>
          ) : !preview.token ? (
            <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">Semua baris sama dengan data yang tersimpan. Tidak ada yang perlu diimpor.</p>
          ) : done ? null : (
            <form action={confirm} onSubmit={() => setConfirmedToken(preview.token)} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name="token" value={preview.token} />
              <SubmitButton pending={confirming}>Simpan impor ({preview.summary.NEW + preview.summary.UPDATE} pelatih)</SubmitButton>
            </form>
          )}
          {confirmedToken === preview.token ? <FormMessage state={state} /> : null}
          <Table head={['Baris', 'Hasil', 'Nama', 'Email', 'Provinsi', 'Keterangan']} caption="Hasil pemeriksaan per baris">
            {shown.map((r) => (
              <tr key={r.rowNumber} data-testid="import-row">
                <Td className="tabular-nums">{r.rowNumber}</Td>
                <Td><Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge></Td>
                <Td>{r.name || '–'}</Td>
                <Td className="break-all">{r.email || '–'}</Td>
                <Td>{r.provinceName ?? '–'}</Td>
                <Td className="min-w-48 text-xs">
                  {r.messages.length ? <span className="text-red-700">{r.messages.join(' ')}</span> : r.changes.length ? `Berubah: ${r.changes.join(', ')}` : null}
                </Td>
              </tr>
            ))}
          </Table>
          {others.length > MAX_OTHER_ROWS ? <p className="text-xs text-slate-500">{others.length - MAX_OTHER_ROWS} baris lain tanpa kesalahan tidak ditampilkan.</p> : null}
        </section>
      ) : null}
    </div>
  )
}
