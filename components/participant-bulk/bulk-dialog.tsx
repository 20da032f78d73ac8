'use client'
import { useId, useImperativeHandle, useRef, type FormEvent, type ReactNode, type Ref } from 'react'

export type BulkDialogHandle = { open: () => void; close: () => void }

/**
 * A modal <dialog> holding the fields of one bulk action (a reason, a target class) and its confirm
 * button, which states the count. Like ConfirmDialog: focus on the first field or "Batal", Esc cancels.
 */
export function BulkDialog({ ref, title, children, confirmLabel, onConfirm, error, pending, tone = 'brand', testId }: {
  ref: Ref<BulkDialogHandle>; title: string; children: ReactNode; confirmLabel?: string; onConfirm?: (form: FormData) => void
  error?: string | null; pending?: boolean; tone?: 'danger' | 'brand'; testId?: string
}) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  useImperativeHandle(ref, () => ({
    open: () => {
      dialog.current?.showModal()
      const field = dialog.current?.querySelector<HTMLElement>('textarea, select')
      ;(field ?? cancel.current)?.focus()
    },
    close: () => dialog.current?.close(),
  }), [])
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onConfirm?.(new FormData(event.currentTarget))
  }
  const confirmTone = tone === 'danger' ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-700 hover:bg-brand-800'
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-title`} data-testid={testId}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/50">
      <form onSubmit={submit} className="space-y-3 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">{title}</h2>
        <div className="space-y-3 text-sm text-slate-700">{children}</div>
        {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <button ref={cancel} type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">
            {confirmLabel ? 'Batal' : 'Tutup'}
          </button>
          {confirmLabel ? (
            <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-semibold text-white disabled:opacity-60 ${confirmTone}`}>
              {pending ? 'Memproses…' : confirmLabel}
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  )
}
