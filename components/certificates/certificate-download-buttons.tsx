import { CertificateDownloadButton } from './certificate-download-button'

/** The ZIP and the print file of one batch of certificates (a cohort's, or a province's of a wave). */
export function CertificateDownloadButtons({ base, query = '', compact = false }: { base: string; query?: string; compact?: boolean }) {
  return (
    <>
      <CertificateDownloadButton href={`${base}/zip${query}`} kind="zip" label={compact ? 'ZIP' : 'Unduh semua (ZIP)'} />
      <CertificateDownloadButton href={`${base}/cetak${query}`} kind="print" label={compact ? 'PDF cetak' : 'Unduh untuk cetak (satu PDF)'} />
    </>
  )
}
