import { CertificateDownloadButton } from './certificate-download-button'

/** The ZIP and the print file of one batch of certificates (a cohort's, or a province's of a wave). */
export function CertificateDownloadButtons({ base, query = '', subject = '' }: { base: string; query?: string; subject?: string }) {
  return (
    <>
      <CertificateDownloadButton href={`${base}/zip${query}`} kind="zip" label={`Unduh semua${subject} (ZIP)`} />
      <CertificateDownloadButton href={`${base}/cetak${query}`} kind="print" label={`Unduh untuk cetak${subject} (satu PDF)`} />
    </>
  )
}
