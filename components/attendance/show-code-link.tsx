import Link from 'next/link'

/** "Tampilkan kode": the trainer's way from a session's roster to its rotating self check-in code. */
export function ShowCodeLink({ sessionId, className = '' }: { sessionId: string; className?: string }) {
  return (
    <Link
      href={`/pelatih/presensi/${sessionId}/kode`}
      prefetch={false}
      className={`inline-flex min-h-11 items-center gap-2 rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3zM14 14h3v3h-3zM18 18h3v3h-3z" />
      </svg>
      Tampilkan kode
    </Link>
  )
}
