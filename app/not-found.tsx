import Link from 'next/link'
import { connection } from 'next/server'

// Rendered per request, never prerendered: its scripts need the response's CSP nonce (decision 018).
export default async function NotFound() {
  await connection()
  return (
    <main className="mx-auto max-w-lg px-5 py-20 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-slate-600">Alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <Link href="/beranda" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white">Kembali ke dasbor</Link>
    </main>
  )
}
