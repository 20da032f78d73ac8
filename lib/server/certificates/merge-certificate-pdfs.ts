import 'server-only'
import { PDFDocument } from 'pdf-lib'
import type { CertificateView } from '@/lib/certificates/certificate-view'
import { renderUnsignedCertificatePdf } from './certificate-pdf'

// One PDF of a batch for printing (decision 030): each certificate rendered as it is downloaded but
// unsigned, its pages copied into one document with pdf-lib. A signature could not survive the copy
// (it covers its own file's bytes): copied along, each page's signature field made readers report
// the print file as signed and invalid. Paper is checked on the verification page through the QR code.

export async function mergeCertificatePdfs(views: CertificateView[], origin: string): Promise<Uint8Array> {
  const merged = await PDFDocument.create()
  merged.setTitle('Sertifikat Bimtek TPBIS')
  merged.setCreator('Bimtek TPBIS')
  for (const view of views) {
    const source = await PDFDocument.load(await renderUnsignedCertificatePdf(view, { origin }))
    const pages = await merged.copyPages(source, source.getPageIndices())
    for (const page of pages) merged.addPage(page)
  }
  return merged.save()
}
