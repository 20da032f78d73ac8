import { connection } from 'next/server'

// A code that names no certificate: a real 404, said plainly to whoever typed or scanned it.
export default async function CertificateNotFound() {
  await connection()
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm">
      <p className="text-sm font-semibold text-red-700">404</p>
      <h1 className="mt-2 text-lg font-semibold">Sertifikat tidak ditemukan</h1>
      <p className="mt-2 text-sm text-slate-600">Tidak ada sertifikat dengan kode ini. Periksa kembali kode yang tercetak di bawah kode QR sertifikat.</p>
    </div>
  )
}
