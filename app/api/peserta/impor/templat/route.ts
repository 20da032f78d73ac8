import { getActor } from '@/lib/server/auth/session'
import { hasPermission } from '@/lib/auth/permissions'
import { buildParticipantTemplate } from '@/lib/server/participants/import/build-participant-template'

/** The Excel template of the participant import. */
export async function GET() {
  const actor = await getActor()
  if (!actor) return new Response('Silakan masuk terlebih dahulu.', { status: 401 })
  if (!hasPermission(actor.role, 'create:import:province') && !hasPermission(actor.role, 'create:import:any')) return new Response('Tidak berwenang.', { status: 403 })
  return new Response(new Uint8Array(await buildParticipantTemplate()), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="templat-impor-peserta.xlsx"',
      'Cache-Control': 'private, no-store',
    },
  })
}
