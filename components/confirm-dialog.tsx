'use client'
import { useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react'

export type ConfirmDialogHandle = { open: () => void; close: () => void }

/**
 * Asks before an action that cannot be undone (issue 12 point 11), as a native modal <dialog>: the
 * page behind stays as it was (nothing typed is lost), focus moves to "Batal" and returns to the
 * button that opened it, Esc cancels, and a screen reader hears the title and the consequence.
 * Place it inside the form it confirms: its confirm button submits that form, with `name=value`.
 */
export function ConfirmDialog({ ref, title, children, confirmLabel, name, value = '1', tone = 'danger' }: {
  ref: Ref<ConfirmDialogHandle>; title: string; children: ReactNode; confirmLabel: string; name: string; value?: string; tone?: 'danger' | 'brand'
}) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  useImperativeHandle(ref, () => ({
    open: () => {
      dialog.current?.showModal()
      cancel.current?.focus()
    },
    close: () => dialog.current?.close(),
  }), [])
  const confirmTone = tone === 'danger' ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-700 hover:bg-brand-800'
  return (
    <dialog
      ref={dialog} role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="space-y-3 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">{title}</h2>
        <div id={`${id}-body`} className="space-y-2 text-sm text-slate-700">{children}</div>
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
          <button ref={cancel} type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-50">
            Batal
          </button>
          <button type="submit" name={name} value={value} onClick={() => dialog.current?.close()} className={`rounded-md px-4 py-2 text-sm font-semibold text-white ${confirmTone}`}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  )
}
