import { renderAttendanceSheetPdf } from '@/lib/server/attendance/attendance-sheet-pdf'
import { getAttendanceSheetOrThrow } from '@/lib/server/attendance/get-attendance-sheet'
import { AppError } from '@/lib/server/errors'
import { fileResponse, fileSlug } from '@/lib/server/http/file-response'

/**
 * GET /api/presensi/[sessionId]/daftar-hadir[?isi=1] → the session's daftar hadir as an A4 PDF:
 * blank (to sign before marking) or filled with the marks (isi=1). The session's trainers, officers
 * in scope and Admin Pusat; another's session is 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params
  const isi = new URL(request.url).searchParams.get('isi')
  return fileResponse(async (actor) => {
    if (isi !== null && isi !== '0' && isi !== '1') throw new AppError('VALIDATION', 'Parameter isi harus 0 atau 1.')
    const filled = isi === '1'
    const sheet = await getAttendanceSheetOrThrow(actor, sessionId, { filled })
    const body = await renderAttendanceSheetPdf(sheet)
    const day = sheet.session.startsAt.toISOString().slice(0, 10)
    return { fileName: `daftar-hadir-${filled ? 'terisi' : 'kosong'}-${fileSlug(sheet.cohort.name) || 'kelas'}-${day}.pdf`, body }
  }, 'application/pdf')
}
