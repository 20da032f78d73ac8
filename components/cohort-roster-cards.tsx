'use client'
import { useRouter } from 'next/navigation'
import { useCallback, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react'
import { ConfirmDialog, type ConfirmDialogHandle } from './confirm-dialog'

type Access = 'NO_CODE' | 'NEVER_SIGNED_IN' | 'SIGNED_IN'
type Pick = 'NO_CODE' | 'NEVER' | 'ALL' | 'NONE'

const picks: Record<Pick, (access: Access) => boolean> = {
  NO_CODE: (a) => a === 'NO_CODE',
  NEVER: (a) => a !== 'SIGNED_IN',
  ALL: () => true,
  NONE: () => false,
}

/**
 * Participant cards for the participants ticked in the class roster (issue 12 point 11): the roster
 * (`children`, server-rendered, a checkbox per active participant) sits inside this form. Those
 * without a code start ticked; "Belum pernah masuk" ticks everyone who never signed in, to replace
 * a lost sheet without voiding the codes that are in use. Replacing a code asks first. Without
 * JavaScript the plain form post still downloads the PDF (and the server refuses an unconfirmed
 * replacement, saying why); with it, a refusal is shown here and the roster refreshes.
 */
export function CohortRosterCards({ cohortId, counts, children }: {
  cohortId: string; counts: { active: number; withoutCode: number; neverSignedIn: number }; children: ReactNode
}) {
  const router = useRouter()
  const form = useRef<HTMLFormElement>(null)
  const confirm = useRef<ConfirmDialogHandle>(null)
  const [selection, setSelection] = useState({ count: counts.withoutCode, replacing: 0 })
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)

  const boxes = () => [...(form.current?.querySelectorAll<HTMLInputElement>('input[name="peserta"]') ?? [])]
  const recount = useCallback(() => {
    const ticked = boxes().filter((b) => b.checked)
    setSelection({ count: ticked.length, replacing: ticked.filter((b) => b.dataset.access !== 'NO_CODE').length })
  }, [])

  function pick(which: Pick) {
    for (const box of boxes()) box.checked = picks[which](box.dataset.access as Access)
    recount()
  }

  function askFirst(event: MouseEvent<HTMLButtonElement>) {
    if (!selection.replacing) return
    event.preventDefault()
    confirm.current?.open()
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const target = event.currentTarget
    // The submitter carries "ganti=1" when it is the dialog's confirm button.
    const body = new FormData(target, (event.nativeEvent as SubmitEvent).submitter)
    setPending(true)
    setMessage(null)
    try {
      const response = await fetch(target.action, { method: 'POST', body })
      if (!response.ok) {
        setMessage({ tone: 'error', text: (await response.text()) || 'Kartu gagal dibuat. Coba lagi.' })
        return
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kartu-peserta.pdf'
      const url = URL.createObjectURL(await response.blob())
      const link = Object.assign(document.createElement('a'), { href: url, download: name })
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setMessage({ tone: 'success', text: `Kartu tersimpan sebagai ${name}. Kode di dalamnya tidak ditampilkan lagi: simpan dan cetak berkas ini.` })
      pick('NONE')
      router.refresh()
    } catch {
      setMessage({ tone: 'error', text: 'Kartu gagal dibuat. Periksa koneksi lalu coba lagi.' })
    } finally {
      setPending(false)
    }
  }

  const quick = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50'
  return (
    <form ref={form} action="/api/peserta/kartu" method="post" onSubmit={submit} onChange={recount} className="space-y-3" data-testid="participant-cards">
      <input type="hidden" name="cohortId" value={cohortId} />
      <p className="text-sm text-slate-600">
        Centang peserta lalu cetak kartunya: berisi kode akses pribadi dan kode QR tautan masuk, 8 kartu per halaman A4. Kode tersimpan
        tersandi, jadi setiap kartu memuat kode <strong>baru</strong>; kode lama peserta yang dicentang tidak berlaku lagi.
      </p>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Pilih peserta untuk kartu">
        <span className="text-sm text-slate-700">Pilih:</span>
        <button type="button" className={quick} onClick={() => pick('NO_CODE')}>Belum punya kode ({counts.withoutCode})</button>
        <button type="button" className={quick} onClick={() => pick('NEVER')}>Belum pernah masuk ({counts.neverSignedIn})</button>
        <button type="button" className={quick} onClick={() => pick('ALL')}>Semua aktif ({counts.active})</button>
        <button type="button" className={quick} onClick={() => pick('NONE')}>Kosongkan</button>
      </div>
      {children}
      {/* Kept in view while scrolling a class of 60 on a phone: what is ticked and the button. */}
      <div className="sticky bottom-0 z-10 -mx-1 space-y-2 border-t border-slate-200 bg-slate-50/95 px-1 py-2">
        <p className="text-sm text-slate-800" aria-live="polite" data-testid="cards-selection">
          {selection.count} peserta dipilih
          {selection.replacing ? `; ${selection.replacing} di antaranya sudah punya kode, yang tidak berlaku lagi setelah dicetak.` : '.'}
        </p>
        {message ? (
          <p role={message.tone === 'error' ? 'alert' : 'status'} className={`rounded-md px-3 py-2 text-sm ${message.tone === 'error' ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
            {message.text}
          </p>
        ) : null}
        <button type="submit" onClick={askFirst} disabled={pending || selection.count === 0} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? 'Membuat kartu…' : selection.count === 0 ? 'Pilih peserta untuk dicetak kartunya' : `Cetak ${selection.count} kartu peserta (PDF)`}
        </button>
      </div>
      <ConfirmDialog ref={confirm} title="Ganti kode akses peserta terpilih?" confirmLabel={`Ya, cetak ${selection.count} kartu`} name="ganti">
        <p>
          {selection.replacing} dari {selection.count} peserta yang dipilih sudah memiliki kode akses. Kode dan tautan masuk lama mereka{' '}
          <strong>langsung tidak berlaku</strong> setelah kartu baru dicetak.
        </p>
        <p>Bagikan kartu baru kepada mereka.</p>
      </ConfirmDialog>
    </form>
  )
}
