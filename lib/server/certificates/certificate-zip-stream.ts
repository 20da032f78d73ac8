import 'server-only'
import { ZipFile } from 'yazl'
import type { Readable } from 'node:stream'
import { certificateFileName, type CertificateView } from '@/lib/certificates/certificate-view'
import { renderCertificatePdf } from './certificate-pdf'

// A ZIP of certificates made while it is sent (decision 030): yazl writes each entry as soon as it is
// added, and the next certificate is rendered only when the reader has taken what came before (the
// web stream's pull), so memory holds about one PDF whatever the batch size. PDFs are already
// compressed: entries are stored, which also puts each entry's size in its local header (the page's
// progress counts entries by walking those headers, components/certificates/zip-progress.ts).

export function certificateZipStream(views: CertificateView[], origin: string): ReadableStream<Uint8Array> {
  const zip = new ZipFile()
  const names = new Set<string>()
  let next = 0
  let failed = false
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip.outputStream.on('data', (chunk: Buffer) => { if (!failed) controller.enqueue(new Uint8Array(chunk)) })
      zip.outputStream.on('end', () => { if (!failed) controller.close() })
      zip.outputStream.on('error', (e) => { failed = true; controller.error(e) })
    },
    async pull() {
      if (next >= views.length) return
      const view = views[next++]
      const pdf = await renderCertificatePdf(view, { origin })
      zip.addBuffer(pdf, uniqueName(certificateFileName(view), names), { compress: false, mtime: view.issuedAt })
      if (next === views.length) zip.end()
      // Let the entry's bytes reach the queue before the stream decides whether to ask for more.
      await new Promise((resolve) => setImmediate(resolve))
    },
    cancel() {
      failed = true
      next = views.length
      ;(zip.outputStream as Readable).destroy()
    },
  }, { highWaterMark: 1 })
}

/** Two holders with the same name and number cannot happen, but a ZIP must never hold two entries of one name. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name
  for (let i = 2; taken.has(candidate); i++) candidate = name.replace(/\.pdf$/, ` (${i}).pdf`)
  taken.add(candidate)
  return candidate
}
