import { requirePermission } from '@/lib/server/auth/session'
import { buildTrainerTemplate } from '@/lib/server/trainers/import/build-trainer-template'
import { listProvinces } from '@/lib/server/waves/list-provinces'

/** The Excel template for the trainer import. */
export async function GET() {
  await requirePermission('create:trainer:any')
  const provinces = await listProvinces()
  const body = await buildTrainerTemplate(provinces.map((p) => `${p.code} — ${p.name}`))
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="templat-impor-pelatih.xlsx"',
      'Cache-Control': 'private, no-store',
    },
  })
}
