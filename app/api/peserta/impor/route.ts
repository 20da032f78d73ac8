import { NextResponse } from 'next/server'
import type { Actor } from '@/lib/auth/actor'
import { can } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { isAppError, type AppError } from '@/lib/server/errors'
import { IMPORT_STREAM_TYPE, type ImportStreamLine } from '@/lib/import-stream'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { MAX_FILE_BYTES } from '@/lib/server/participants/import/read-participant-file'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'

// The upload of the participant import: a route handler, since server actions take bodies up to
// 512 KB (next.config.ts) and the import allows 5 MB files. It checks every row and stores the preview (import_batch), then
// answers its id; the preview page reads it from PostgreSQL, so any instance can show and confirm it.
// Asked with `Accept: application/x-ndjson` (the upload form does), it answers a stream of lines
// instead: where the check stands ({"type":"progress",…}) and then {"type":"done",…} or
// {"type":"error",…}, so a long file shows real progress.

const statusOf = (e: AppError) => (e.code === 'FORBIDDEN' ? 403 : e.code === 'NOT_FOUND' ? 404 : 400)
const UNEXPECTED = 'Berkas tidak dapat diperiksa karena gangguan di server. Coba lagi sebentar lagi.'

// The file, its name and the cohort field: multipart adds a few hundred bytes, 64 KB is ample.
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024

export async function POST(request: Request) {
  // Who and whether first: nothing of the body is read for a stranger or a role that may not import.
  const actor = await getActor()
  if (!actor) return closingConnection(NextResponse.json({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' }, { status: 401 }))
  if (!can(actor.role, 'create', 'import')) return closingConnection(NextResponse.json({ message: 'Anda tidak berwenang mengimpor peserta.' }, { status: 403 }))
  const read = await readFormWithin(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large'
      ? NextResponse.json({ message: 'Ukuran berkas maksimal 5 MB. Bagi menjadi beberapa berkas.' }, { status: 413 })
      : NextResponse.json({ message: 'Unggahan tidak terbaca. Coba lagi.' }, { status: 400 }))
  }
  const { form } = read
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ message: 'Pilih berkas Excel (.xlsx) atau CSV.' }, { status: 400 })
  const input = { cohortId: form.get('cohortId'), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  if (request.headers.get('accept')?.includes(IMPORT_STREAM_TYPE)) return streamPreview(actor, input)
  try {
    return NextResponse.json(await previewParticipantImport(actor, input))
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ message: e.message, fieldErrors: e.fieldErrors }, { status: statusOf(e) })
    throw e
  }
}

function streamPreview(actor: Actor, input: { cohortId: unknown; fileName: string; bytes: Uint8Array }): Response {
  const encoder = new TextEncoder()
  // The officer may reload or lose the connection mid-check: the check goes on and stores its
  // preview (listed under "Unggahan terakhir Anda"); only the lines stop.
  let gone = false
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => {
        if (gone) return
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        } catch {
          gone = true // the stream closed under us: the same as a cancel
        }
      }
      try {
        send({ type: 'done', preview: await previewParticipantImport(actor, input, (progress) => send({ type: 'progress', ...progress })) })
      } catch (e) {
        if (isAppError(e)) send({ type: 'error', status: statusOf(e), message: e.message, fieldErrors: e.fieldErrors })
        else {
          console.error('participant import preview failed', e)
          send({ type: 'error', status: 500, message: UNEXPECTED })
        }
      }
      if (!gone) controller.close()
    },
    cancel() {
      gone = true
    },
  })
  return new Response(stream, {
    headers: {
      'Content-Type': `${IMPORT_STREAM_TYPE}; charset=utf-8`,
      // A proxy in front must neither compress nor buffer the progress lines (nginx reads X-Accel-Buffering).
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  })
}
