'use client'
import { useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { updateCertificateDesignAction } from '@/lib/actions/update-certificate-design'
import { initialActionState } from '@/lib/actions/action-state-types'
import { DESIGN_IMAGES, DESIGN_IMAGE_LABELS, MAX_DESIGN_IMAGE_BYTES, MAX_DESIGN_IMAGE_LABEL, type DesignImageField } from '@/lib/certificates/design-image'
import { clashingNumberPattern, formatCertificateNumber, numberClashMessage, numberPatternProblem, NUMBER_TOKENS, type OtherNumberPattern } from '@/lib/certificates/numbering'
import { Field, FormMessage, SubmitButton, inputClass } from './form-fields'

type DesignText = {
  numberPattern: string; heading: string; bodyText: string; accentColor: string
  issuePlace: string; issuingOffice: string; signatoryName: string; signatoryTitle: string
}
export type SavedImage = { type: string; bytes: number } | null

const PREVIEW_DELAY_MS = 700
const IMAGE_HINTS: Record<DesignImageField, string> = {
  logo: 'Di atas judul, tinggi ±2 cm.',
  background: 'Memenuhi seluruh halaman A4 mendatar (297 × 210 mm); bingkai bawaan tidak dipakai.',
  signature: 'Di atas nama penanda tangan; PNG berlatar transparan paling rapi.',
}

function exampleNumber(pattern: string): string | null {
  if (numberPatternProblem(pattern)) return null
  const now = new Date()
  return formatCertificateNumber(pattern, { seq: 1, provinceCode: '32', provinceName: 'Jawa Barat', month: now.getMonth() + 1, year: now.getFullYear() })
}

function oversizedImage(form: HTMLFormElement): string | null {
  for (const field of DESIGN_IMAGES) {
    const file = (form.elements.namedItem(field) as HTMLInputElement | null)?.files?.[0]
    if (file && file.size > MAX_DESIGN_IMAGE_BYTES) return `${DESIGN_IMAGE_LABELS[field]} terlalu besar (maksimal ${MAX_DESIGN_IMAGE_LABEL}).`
  }
  return null
}

/** The certificate design of one program, with a live preview of a sample certificate as it is typed. */
type Props = { programId: string; programYear: number; otherPatterns: OtherNumberPattern[]; text: DesignText; images: Record<DesignImageField, SavedImage> }

export function CertificateDesignForm({ programId, programYear, otherPatterns, text, images }: Props) {
  const [state, action, pending] = useActionState(updateCertificateDesignAction, initialActionState)
  const formRef = useRef<HTMLFormElement>(null)
  const [pattern, setPattern] = useState(text.numberPattern)
  const [preview, setPreview] = useState<{ url: string | null; version: number; status: 'loading' | 'ready' | 'error'; message?: string }>({ url: null, version: 0, status: 'loading' })
  const [clientError, setClientError] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const request = useRef<AbortController | null>(null)

  const refresh = useCallback(async () => {
    const form = formRef.current
    if (!form) return
    const tooLarge = oversizedImage(form)
    setClientError(tooLarge)
    if (tooLarge) { setPreview((p) => ({ ...p, status: 'error', message: tooLarge })); return }
    request.current?.abort()
    const controller = new AbortController()
    request.current = controller
    setPreview((p) => ({ ...p, status: 'loading' }))
    try {
      const response = await fetch(`/api/admin/program/${programId}/sertifikat/contoh`, { method: 'POST', body: new FormData(form), signal: controller.signal })
      if (response.ok) {
        const url = URL.createObjectURL(await response.blob())
        setPreview((p) => {
          if (p.url) URL.revokeObjectURL(p.url)
          return { url, version: p.version + 1, status: 'ready' }
        })
        return
      }
      const isJson = response.headers.get('content-type')?.includes('json')
      const body = isJson ? ((await response.json()) as { message?: string; fieldErrors?: Record<string, string[]> }) : { message: await response.text() }
      const details = Object.values(body.fieldErrors ?? {}).flat().join(' ')
      setPreview((p) => ({ ...p, status: 'error', message: `Pratinjau belum bisa diperbarui. ${details || body.message || ''}`.trim() }))
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setPreview((p) => ({ ...p, status: 'error', message: 'Pratinjau gagal dimuat. Periksa koneksi lalu coba lagi.' }))
    }
  }, [programId])

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void refresh(), PREVIEW_DELAY_MS)
  }, [refresh])

  useEffect(() => {
    void refresh()
    return () => { if (timer.current) clearTimeout(timer.current); request.current?.abort() }
  }, [refresh])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const tooLarge = oversizedImage(event.currentTarget)
    setClientError(tooLarge)
    if (tooLarge) event.preventDefault()
  }

  const example = exampleNumber(pattern)
  const clash = clashingNumberPattern(pattern, programYear, otherPatterns)
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <form ref={formRef} action={action} onSubmit={onSubmit} onInput={schedule} onChange={schedule} className="space-y-4" noValidate>
        <input type="hidden" name="programId" value={programId} />
        <Field name="numberPattern" label="Pola nomor" state={state} defaultValue={text.numberPattern} required onInput={(e) => setPattern(e.currentTarget.value)}
          hint={<>Penanda: {NUMBER_TOKENS.map((t) => `{${t}}`).join(' ')}. {example ? <>Contoh nomor pertama: <strong data-testid="example-number" className="font-mono text-slate-800">{example}</strong></> : <span className="text-amber-700">{numberPatternProblem(pattern)}</span>}
            {clash ? <span role="alert" data-testid="number-clash" className="mt-1 block text-amber-800">{numberClashMessage(clash)}</span> : null}</>} />
        <Field name="heading" label="Judul" state={state} defaultValue={text.heading} required maxLength={60} />
        <label className="block text-sm font-medium text-slate-700">
          Kalimat pengantar
          <textarea name="bodyText" defaultValue={state.status === 'error' ? state.values?.bodyText ?? text.bodyText : text.bodyText} rows={2} maxLength={200} className={inputClass} aria-invalid={state.fieldErrors?.bodyText ? true : undefined} />
          <span className="mt-1 block text-xs font-normal text-slate-500">Dicetak sebelum nama program, misalnya “telah mengikuti Bimbingan Teknis”.</span>
          {state.fieldErrors?.bodyText ? <span className="mt-1 block text-xs font-normal text-red-700">{state.fieldErrors.bodyText.join(' ')}</span> : null}
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="accentColor" label="Warna aksen" state={state} defaultValue={text.accentColor} required pattern="#[0-9a-fA-F]{6}" hint="Format #rrggbb, misalnya #1e3a8a." />
          <Field name="issuePlace" label="Tempat terbit" state={state} defaultValue={text.issuePlace} required maxLength={80} />
        </div>
        <Field name="issuingOffice" label="Instansi penerbit" state={state} defaultValue={text.issuingOffice} required maxLength={160} />
        <Field name="signatoryTitle" label="Jabatan penanda tangan" state={state} defaultValue={text.signatoryTitle} required maxLength={160} />
        <Field name="signatoryName" label="Nama penanda tangan" state={state} defaultValue={text.signatoryName} maxLength={120} />
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-800">Gambar (PNG atau JPEG, maksimal {MAX_DESIGN_IMAGE_LABEL} per gambar)</legend>
          {DESIGN_IMAGES.map((field) => {
            const saved = images[field]
            const errors = state.fieldErrors?.[field]
            return (
              <div key={field} className="text-sm">
                <label className="block font-medium text-slate-700">
                  {DESIGN_IMAGE_LABELS[field]}
                  <input type="file" name={field} accept="image/png,image/jpeg" aria-invalid={errors ? true : undefined} className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5" />
                </label>
                <span className="mt-1 block text-xs text-slate-500">
                  {IMAGE_HINTS[field]} {saved ? `Tersimpan: ${saved.type === 'image/png' ? 'PNG' : 'JPEG'}, ${Math.ceil(saved.bytes / 1024)} KB.` : 'Belum ada.'}
                </span>
                {saved ? (
                  <label className="mt-1 inline-flex items-center gap-2 text-xs text-slate-700">
                    <input type="checkbox" name={`${field}Remove`} /> Hapus {DESIGN_IMAGE_LABELS[field].toLowerCase()}
                  </label>
                ) : null}
                {errors ? <span className="mt-1 block text-xs text-red-700">{errors.join(' ')}</span> : null}
              </div>
            )
          })}
        </fieldset>
        {clientError ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{clientError}</p> : null}
        <FormMessage state={state} />
        <SubmitButton pending={pending}>Simpan desain</SubmitButton>
      </form>
      <section aria-label="Pratinjau sertifikat" className="space-y-2">
        <div className="flex items-center justify-between gap-3 text-sm">
          <h2 className="font-semibold text-slate-800">Pratinjau (contoh, belum disimpan)</h2>
          <span data-testid="preview-status" data-status={preview.status} data-version={preview.version} className="text-slate-500">
            {preview.status === 'loading' ? 'Memperbarui…' : preview.status === 'ready' ? 'Sesuai isian saat ini' : ''}
          </span>
        </div>
        {preview.status === 'error' && preview.message ? <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{preview.message}</p> : null}
        {preview.url ? (
          <>
            {/* Chromium's viewer: no thumbnail pane, the page fitted to the width. */}
            <iframe title="Pratinjau sertifikat" src={`${preview.url}#navpanes=0&view=FitH`} className="aspect-[297/230] w-full rounded-md border border-slate-300 bg-white" />
            <a href={preview.url} target="_blank" rel="noopener" className="text-sm text-brand-700 hover:underline">Buka pratinjau di tab baru</a>
          </>
        ) : <div className="aspect-[297/210] w-full animate-pulse rounded-md border border-slate-200 bg-slate-50" />}
      </section>
    </div>
  )
}
