import Link from 'next/link'

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-5 py-20 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Akses ditolak</h1>
      <p className="mt-3 text-slate-600">Anda tidak memiliki izin untuk membuka halaman ini. Jika menurut Anda ini keliru, hubungi Admin Pusat.</p>
      <Link href="/beranda" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white">Kembali ke dasbor</Link>
    </main>
  )
}
