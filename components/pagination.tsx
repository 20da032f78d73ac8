import Link from 'next/link'

/** "Sebelumnya · Halaman 2 dari 8 · Berikutnya" for server-rendered lists paged through the address bar. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null
  const link = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50'
  return (
    <nav aria-label="Halaman" className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className={link} rel="prev">← Sebelumnya</Link> : <span />}
      <span className="text-slate-600">Halaman {page} dari {pageCount}</span>
      {page < pageCount ? <Link href={href(page + 1)} className={link} rel="next">Berikutnya →</Link> : <span />}
    </nav>
  )
}
