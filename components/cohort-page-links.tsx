import Link from 'next/link'

const primary = 'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800'
const secondary = 'rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50'

/** The class page's way to its recap, scores and certificates, and down to its roster (officers' pages). */
export function CohortPageLinks({ cohortHref }: { cohortHref: string }) {
  return (
    <div className="mb-2 flex flex-wrap gap-2">
      <Link href={`${cohortHref}/presensi`} className={primary}>Rekap presensi</Link>
      <Link href={`${cohortHref}/nilai`} className={secondary}>Nilai pre/post-test</Link>
      <Link href={`${cohortHref}/sertifikat`} className={secondary}>Sertifikat</Link>
      <a href="#peserta" className={secondary}>Daftar peserta</a>
    </div>
  )
}
