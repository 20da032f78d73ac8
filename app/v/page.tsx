import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { normaliseVerificationCode } from '@/lib/certificates/verification-code'

export const metadata: Metadata = { title: 'Verifikasi sertifikat' }

// A plain GET form: typed codes are read back in any case, with spaces or dashes, and sent to the
// short address the certificate's QR code opens. Works without JavaScript.
export default async function VerificationForm({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { kode } = await searchParams
  const typed = typeof kode === 'string' ? kode : undefined
  const code = typed === undefined ? null : normaliseVerificationCode(typed)
  if (code) redirect(`/v/${code}`)
  const problem = typed === undefined ? null : 'Kode verifikasi terdiri dari 12 huruf dan angka, seperti yang tercetak di bawah kode QR sertifikat (contoh: K7HM-4RTX-9CHW).'
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-lg font-semibold">Periksa keaslian sertifikat</h1>
      <p className="mb-4 text-sm text-slate-600">Masukkan kode verifikasi yang tercetak pada sertifikat, atau pindai kode QR-nya.</p>
      <form method="get" action="/v" className="flex flex-col gap-3">
        <label htmlFor="kode" className="text-sm font-medium">Kode verifikasi</label>
        <input
          id="kode" name="kode" defaultValue={typed ?? ''} required maxLength={60} autoComplete="off" autoCapitalize="characters" spellCheck={false}
          aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'kode-error' : undefined}
          className="rounded-md border border-slate-300 px-3 py-2 font-mono text-lg tracking-wider uppercase"
        />
        {problem ? <p id="kode-error" role="alert" className="text-sm text-red-700">{problem}</p> : null}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white">Periksa</button>
      </form>
    </div>
  )
}
