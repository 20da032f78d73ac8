import { eligibilitySummary, type Eligibility } from '@/lib/certificates/eligibility'
import { certificateShareLink, verificationUrl } from '@/lib/certificates/share-message'
import { formatCalendarDate } from '@/lib/format/date-time'

export type ParticipantCertificateView = {
  id: string
  number: string
  verificationCode: string
  issuedAt: Date
  revokedAt: Date | null
  revokedReason: string | null
  replacedByNumber: string | null
}

// The participant's certificate block of one enrolment: before a certificate exists, whether the
// rule is met and why not; then the valid one with its download and a WhatsApp share of the
// verification address; a revoked one as revoked, with its replacement. Plain links: no client JS.
export function ParticipantCertificates({ certificates, eligibility, withdrawn, origin }: {
  certificates: ParticipantCertificateView[]
  eligibility: Eligibility
  withdrawn: boolean
  origin: string
}) {
  return (
    <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="participant-certificate">
      <h3 className="mb-2 font-semibold text-slate-800">Sertifikat</h3>
      {certificates.length === 0 ? (
        <p className={eligibility.eligible ? 'text-green-800' : 'text-slate-700'}>
          {withdrawn ? 'Anda mengundurkan diri dari kelas ini, sehingga tidak ada sertifikat.'
            : eligibility.eligible ? 'Memenuhi syarat sertifikat. Sertifikat akan tampil di sini setelah diterbitkan.' : eligibilitySummary(eligibility)}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {certificates.map((c) => c.revokedAt ? (
            <li key={c.id} className="rounded-md bg-red-50 px-3 py-2 text-red-800">
              Sertifikat nomor <strong>{c.number}</strong> <strong>dicabut</strong> pada {formatCalendarDate(c.revokedAt)}{c.revokedReason ? ` (${c.revokedReason})` : ''}.
              {c.replacedByNumber ? ` Digantikan oleh sertifikat nomor ${c.replacedByNumber}.` : ''}
            </li>
          ) : (
            <li key={c.id}>
              <p>Nomor sertifikat: <strong data-testid="certificate-number">{c.number}</strong></p>
              <p className="text-slate-600">Diterbitkan {formatCalendarDate(c.issuedAt)} · kode verifikasi <span className="font-mono">{c.verificationCode}</span></p>
              <div className="mt-2 flex flex-wrap gap-2">
                <a href={`/api/sertifikat/${c.id}`} download className="rounded-md bg-brand-700 px-3 py-2 font-medium text-white">Unduh sertifikat (PDF)</a>
                <a href={certificateShareLink(c.number, verificationUrl(origin, c.verificationCode))} target="_blank" rel="noopener noreferrer" className="rounded-md border border-green-700 px-3 py-2 font-medium text-green-800">Bagikan lewat WhatsApp</a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
