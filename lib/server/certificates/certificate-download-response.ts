import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { certificateFileName } from '@/lib/certificates/certificate-view'
import { getActor } from '@/lib/server/auth/session'
import { attachmentDisposition } from '@/lib/server/http/content-disposition'
import { appErrorResponse, textResponse } from '@/lib/server/http/route-responses'
import { getSiteOrigin } from '@/lib/server/site-url'
import { renderCertificatePdf } from './certificate-pdf'
import { certificateZipStream } from './certificate-zip-stream'
import { getCertificateBatchOrThrow, getCertificateForDownloadOrThrow, type BatchFilter } from './get-certificate-downloads'
import { mergeCertificatePdfs } from './merge-certificate-pdfs'

// The answers of the download routes under /api/sertifikat: 401 signed out, the domain's errors as
// their status with the Indonesian message, files never cached. Batches say how many certificates
// they hold in X-Certificate-Count, for the page's progress.

const NO_STORE = 'private, no-store'

async function answer(make: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await getActor()
  if (!actor) return textResponse('Silakan masuk terlebih dahulu.', 401)
  try {
    return await make(actor)
  } catch (e) {
    const response = appErrorResponse(e)
    if (response) return response
    throw e
  }
}

export const certificatePdfResponse = (certificateId: string) => answer(async (actor) => {
  const view = await getCertificateForDownloadOrThrow(actor, certificateId)
  const body = await renderCertificatePdf(view, { origin: (await getSiteOrigin()).origin })
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': attachmentDisposition(certificateFileName(view)), 'Cache-Control': NO_STORE },
  })
})

export const certificateZipResponse = (filter: BatchFilter) => answer(async (actor) => {
  const { label, views } = await getCertificateBatchOrThrow(actor, filter, 'zip')
  return new Response(certificateZipStream(views, (await getSiteOrigin()).origin), {
    headers: {
      'Content-Type': 'application/zip', 'Content-Disposition': attachmentDisposition(`sertifikat-${label}.zip`),
      'Cache-Control': NO_STORE, 'X-Certificate-Count': String(views.length),
    },
  })
})

export const certificatePrintResponse = (filter: BatchFilter) => answer(async (actor) => {
  const { label, views } = await getCertificateBatchOrThrow(actor, filter, 'print')
  const body = await mergeCertificatePdfs(views, (await getSiteOrigin()).origin)
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf', 'Content-Disposition': attachmentDisposition(`cetak-sertifikat-${label}.pdf`),
      'Cache-Control': NO_STORE, 'X-Certificate-Count': String(views.length),
    },
  })
})

/** ?provinsi=32, or the whole wave when absent. */
export const provinceParam = (request: Request) => new URL(request.url).searchParams.get('provinsi')
