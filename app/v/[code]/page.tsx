import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { groupedCode, normaliseVerificationCode } from '@/lib/certificates/verification-code'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { requestClientAddress } from '@/lib/server/client-address'
import { consumeVerificationLookup, getCertificateVerification } from '@/lib/server/certificates/get-certificate-verification'

export const metadata: Metadata = { title: 'Verifikasi sertifikat' }

const instantDate = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' })

// The QR code's target (decision 031): server-rendered, no client component, a few kilobytes of
// HTML. Counted per address before the lookup; malformed codes are 404 without touching the database.
export default async function VerifyCertificate({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params
  const code = normaliseVerificationCode(safeDecode(raw))
  if (!code) notFound()
  if (code !== raw) redirect(`/v/${code}`)
  const waitMinutes = await consumeVerificationLookup(requestClientAddress(await headers()))
  if (waitMinutes !== null) {
    return (
      <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-6 shadow-sm">
        <h1 className="text-lg font-semibold">Terlalu banyak pemeriksaan</h1>
        <p className="mt-2 text-sm">Alamat Anda sudah memeriksa terlalu banyak sertifikat dalam waktu singkat. Coba lagi dalam {waitMinutes} menit.</p>
      </div>
    )
  }
  const c = await getCertificateVerification(code)
  if (!c) notFound()
  const revoked = c.revokedAt !== null
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="status">
      <h1 id="status" data-testid="verification-status" className={`rounded-md px-3 py-2 text-lg font-semibold ${revoked ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-800'}`}>
        {revoked ? 'Sertifikat DICABUT' : 'Sertifikat SAH'}
      </h1>
      {revoked ? (
        <p className="mt-2 text-sm text-red-800">
          Dicabut pada {instantDate.format(c.revokedAt!)}.{c.replacedByNumber ? <> Digantikan oleh sertifikat nomor <strong>{c.replacedByNumber}</strong>.</> : ' Sertifikat ini tidak berlaku lagi.'}
        </p>
      ) : <p className="mt-2 text-sm text-slate-600">Sertifikat ini diterbitkan oleh {c.issuingOffice} dan masih berlaku.</p>}
      {c.replacesNumber ? <p className="mt-1 text-sm text-slate-600">Menggantikan sertifikat nomor {c.replacesNumber}.</p> : null}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-500">Nomor</dt><dd className="font-medium break-words">{c.number}</dd>
        <dt className="text-slate-500">Nama</dt><dd className="font-medium">{c.holderName}</dd>
        <dt className="text-slate-500">Program</dt><dd>{c.programName}, Gelombang {c.waveNumber}</dd>
        <dt className="text-slate-500">Tanggal</dt><dd>{formatDateRange(c.startDate, c.endDate)}</dd>
        <dt className="text-slate-500">Jumlah JP</dt><dd>{formatNumber(c.totalJp)} JP</dd>
        <dt className="text-slate-500">Penerbit</dt><dd>{c.issuingOffice}</dd>
        <dt className="text-slate-500">Diterbitkan</dt><dd>{c.issuePlace}, {instantDate.format(c.issuedAt)}</dd>
        <dt className="text-slate-500">Kode</dt><dd className="font-mono">{groupedCode(code)}</dd>
      </dl>
    </article>
  )
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return ''
  }
}
