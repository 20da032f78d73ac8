import Link from 'next/link'
import { connection } from 'next/server'
import { appName, appTagline } from '@/lib/i18n/id'

// Public landing page: no database, no session — also the floor in bench/http.ts. Rendered per
// request all the same: its scripts need this response's CSP nonce (decision 018).
export default async function LandingPage() {
  await connection()
  return (
    <main className="min-h-dvh bg-brand-800 text-white">
      <div className="mx-auto flex max-w-3xl flex-col gap-8 px-5 py-16">
        <div>
          <p className="text-sm font-medium uppercase tracking-wider text-brand-100">Perpustakaan Nasional RI</p>
          <h1 className="mt-2 text-4xl font-bold tracking-tight">{appName}</h1>
          <p className="mt-3 text-lg text-brand-100">{appTagline}</p>
        </div>
        <ul className="grid gap-3 text-sm text-brand-50 sm:grid-cols-3">
          <li className="rounded-lg bg-white/10 p-4"><strong className="block text-white">Admin Pusat</strong>Jadwal gelombang, kelas di seluruh provinsi, dan penugasan Pelatih Ahli.</li>
          <li className="rounded-lg bg-white/10 p-4"><strong className="block text-white">Operator Provinsi</strong>Pendaftaran peserta perpustakaan desa/kelurahan dan TBM.</li>
          <li className="rounded-lg bg-white/10 p-4"><strong className="block text-white">Pelatih & Peserta</strong>Presensi, nilai, dan sertifikat dari ponsel.</li>
        </ul>
        <div className="flex flex-wrap gap-3">
          <Link href="/masuk" className="rounded-md bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50">Masuk</Link>
        </div>
      </div>
    </main>
  )
}
