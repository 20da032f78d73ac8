import { NextResponse } from 'next/server'
import { hasPermission } from '@/lib/auth/permissions'
import { getActor } from '@/lib/server/auth/session'
import { isAppError } from '@/lib/server/errors'
import { previewTrainerImport } from '@/lib/server/trainers/import/preview-trainer-import'
import { MAX_FILE_BYTES } from '@/lib/server/trainers/import/read-trainer-workbook'
import { closingConnection, readFormWithin } from '@/lib/server/uploads/read-limited-body'

// The upload of the trainer import. A route handler rather than a server action: server actions
// take bodies up to 512 KB (next.config.ts) and the import allows 2 MB files. Under /api/, where
// proxy.ts does not run: the proxy would read the whole body before this handler could refuse it.
// It only reads and answers the preview (JSON).
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024 // multipart adds a few hundred bytes

export async function POST(request: Request) {
  // Who and whether first: nothing of the body is read for a stranger or a role that may not import.
  const actor = await getActor()
  if (!actor) return closingConnection(NextResponse.json({ message: 'Sesi Anda telah berakhir. Silakan masuk kembali.' }, { status: 401 }))
  if (!hasPermission(actor.role, 'create:trainer:any')) return closingConnection(NextResponse.json({ message: 'Anda tidak berwenang mengimpor pelatih.' }, { status: 403 }))
  const read = await readFormWithin(request, MAX_BODY_BYTES)
  if (!read.ok) {
    return closingConnection(read.reason === 'too-large'
      ? NextResponse.json({ message: 'Ukuran berkas maksimal 2 MB.' }, { status: 413 })
      : NextResponse.json({ message: 'Unggahan tidak terbaca. Coba lagi.' }, { status: 400 }))
  }
  const file = read.form.get('file')
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ message: 'Pilih berkas Excel (.xlsx).' }, { status: 400 })
  try {
    const preview = await previewTrainerImport(actor, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
    return NextResponse.json(preview)
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ message: e.message }, { status: e.code === 'FORBIDDEN' ? 403 : 400 })
    throw e
  }
}
