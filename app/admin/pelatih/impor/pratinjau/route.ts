import { NextResponse } from 'next/server'
import { hasPermission } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { isAppError } from '@/lib/server/errors'
import { previewTrainerImport } from '@/lib/server/trainers/import/preview-trainer-import'
import { MAX_FILE_BYTES } from '@/lib/server/trainers/import/read-trainer-workbook'

// The upload of the trainer import. A route handler rather than a server action: server actions
// accept 1 MB bodies and the import allows 2 MB files. It only reads and answers the preview (JSON).
export async function POST(request: Request) {
  const actor = await getActor()
  if (!actor) return NextResponse.json({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' }, { status: 401 })
  if (!hasPermission(actor.role, 'create:trainer:any')) return NextResponse.json({ message: 'Anda tidak berwenang mengimpor pelatih.' }, { status: 403 })
  // Multipart overhead aside, refuse large bodies before reading them.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
    return NextResponse.json({ message: 'Ukuran berkas maksimal 2 MB.' }, { status: 413 })
  }
  let file: FormDataEntryValue | null
  try {
    file = (await request.formData()).get('file')
  } catch {
    return NextResponse.json({ message: 'Unggahan tidak terbaca. Coba lagi.' }, { status: 400 })
  }
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ message: 'Pilih berkas Excel (.xlsx).' }, { status: 400 })
  try {
    const preview = await previewTrainerImport(actor, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    return NextResponse.json(preview)
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ message: e.message }, { status: e.code === 'FORBIDDEN' ? 403 : 400 })
    throw e
  }
}
