// The lines of the participant import's streamed answer (POST /api/peserta/impor with
// `Accept: application/x-ndjson`), shared by the route handler and the upload form.
import type { ImportProgress, ParticipantImportPreview } from '@/lib/server/participants/import/preview-participant-import'

export const IMPORT_STREAM_TYPE = 'application/x-ndjson'

export type ImportStreamLine =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'done'; preview: ParticipantImportPreview }
  | { type: 'error'; status: number; message: string; fieldErrors?: Record<string, string[]> }

/** The complete lines received so far (a partial last line waits for the next read). */
export function completeStreamLines(text: string): ImportStreamLine[] {
  const end = text.lastIndexOf('\n')
  if (end < 0) return []
  return text.slice(0, end).split('\n').filter(Boolean).map((line) => JSON.parse(line) as ImportStreamLine)
}

/** "Memeriksa baris 3.000 dari 10.000…": what the upload form shows for a progress line. */
export function describeProgress({ stage, done, total }: ImportProgress): { label: string; percent: number } {
  const percent = total ? Math.round((done / total) * 100) : 0
  // Not formatNumber: that module brings date-fns, and this one runs in the upload form's bundle.
  const n = (value: number) => value.toLocaleString('id-ID')
  if (stage === 'reading') return { label: 'Membaca berkas…', percent: 0 }
  if (stage === 'checking') return { label: `Memeriksa baris ${n(done)} dari ${n(total)}…`, percent }
  return { label: `Menyimpan hasil pemeriksaan (${n(done)} dari ${n(total)} baris)…`, percent }
}
