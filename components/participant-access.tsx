'use client'
import { useActionState, useRef, type MouseEvent } from 'react'
import { issueAccessCodeAction, type IssuedAccessState } from '@/lib/actions/issue-access-code'
import { ConfirmDialog, type ConfirmDialogHandle } from './confirm-dialog'

/**
 * The participant's sign-in without e-mail: a new personal access code, shown once, with the signed
 * sign-in link and a WhatsApp message the officer sends from their own phone. Replacing a code asks
 * first: the old one stops working at once (without JavaScript the server refuses the replacement
 * unconfirmed, and says why).
 */
export function ParticipantAccess({ participantId, hasAccount }: { participantId: string; hasAccount: boolean }) {
  const [state, action, pending] = useActionState<IssuedAccessState, FormData>(issueAccessCodeAction, { status: 'idle' })
  const confirm = useRef<ConfirmDialogHandle>(null)
  // A code was just made here: the participant has one now, whatever the page said when it loaded.
  const replaces = hasAccount || state.status === 'success'
  function askFirst(event: MouseEvent<HTMLButtonElement>) {
    if (!replaces) return
    event.preventDefault()
    confirm.current?.open()
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {hasAccount
          ? 'Peserta sudah memiliki kode akses. Kode tersimpan tersandi dan tidak dapat dilihat lagi; buat kode baru bila peserta lupa. Kode dan tautan lama langsung tidak berlaku.'
          : 'Peserta belum memiliki kode akses. Buat kode, lalu kirimkan lewat WhatsApp atau cetak kartu peserta.'}
      </p>
      {state.status === 'success' ? (
        <div className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm" data-testid="issued-access">
          <p>Kode akses baru: <strong className="font-mono text-lg tracking-wider" data-testid="issued-code">{state.accessCode}</strong></p>
          <p className="text-xs text-slate-600">Catat atau kirim sekarang: kode ini tidak ditampilkan lagi.</p>
          <label className="block text-xs font-medium text-slate-700">
            Tautan masuk (berlaku 90 hari)
            <input readOnly value={state.signInUrl} data-testid="sign-in-link" className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <a href={state.whatsAppUrl} target="_blank" rel="noopener noreferrer" data-testid="whatsapp-link" className="inline-block rounded-md bg-green-700 px-3 py-1.5 font-semibold text-white hover:bg-green-800">
            Kirim lewat WhatsApp ke {state.phone}
          </a>
        </div>
      ) : null}
      {state.status === 'error' ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p> : null}
      <form action={action}>
        <input type="hidden" name="participantId" value={participantId} />
        <button type="submit" onClick={askFirst} disabled={pending} className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60">
          {pending ? 'Membuat…' : replaces ? 'Buat kode akses baru' : 'Buat kode akses'}
        </button>
        <ConfirmDialog ref={confirm} title="Ganti kode akses peserta ini?" confirmLabel="Ya, buat kode baru" name="ganti">
          <p>Kode akses dan tautan masuk yang sudah diberikan kepada peserta ini <strong>langsung tidak berlaku</strong>, dan sesi masuknya berakhir.</p>
          <p>Kirim kode baru kepada peserta setelah ini.</p>
        </ConfirmDialog>
      </form>
    </div>
  )
}
