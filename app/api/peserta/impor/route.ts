import { NextResponse } from 'next/server'
import { getActor } from '@/lib/server/auth/session'
import { isAppError } from '@/lib/server/errors'
import { previewParticipantImport } from '@/lib/server/participants/import/preview-participant-import'
import { MAX_FILE_BYTES } from '@/lib/server/participants/import/read-participant-file'

// The upload of the participant import: a route handler, since server actions accept 1 MB bodies and
// the import allows 5 MB files. It checks every row and stores the preview (import_batch), then
// answers its id; the preview page reads it from PostgreSQL, so any instance can show and confirm it.
export async function POST(request: Request) {
  const actor = await getActor()
  if (!actor) return NextResponse.json({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' }, { status: 401 })
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
    return NextResponse.json({ message: 'Ukuran berkas maksimal 5 MB. Bagi menjadi beberapa berkas.' }, { status: 413 })
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return NextResponse.json({ message: 'Unggahan tidak terbaca. Coba lagi.' }, { status: 400 })
  }
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ message: 'Pilih berkas Excel (.xlsx) atau CSV.' }, { status: 400 })
  try {
    const preview = await previewParticipantImport(actor, { cohortId: form.get('cohortId'), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    return NextResponse.json(preview)
  } catch (e) {
    if (isAppError(e)) {
      const status = e.code === 'FORBIDDEN' ? 403 : e.code === 'NOT_FOUND' ? 404 : 400
      return NextResponse.json({ message: e.message, fieldErrors: e.fieldErrors }, { status })
    }
    throw e
  }
}
