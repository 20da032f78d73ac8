import type { Metadata } from 'next'
import { MarkCorrectionPage } from '@/components/attendance/mark-correction-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Koreksi kehadiran' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** ?sesi=<sessionId>&peserta=<enrolmentId> of the cohort [id], within the operator's province. */
export default async function ProvinceMarkCorrectionPage({ params, searchParams }: Props) {
  const actor = await requirePermission('update:attendance:province')
  const [{ id }, query] = await Promise.all([params, searchParams])
  return <MarkCorrectionPage actor={actor} cohortId={id} sessionId={query.sesi} enrolmentId={query.peserta} trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} cohortHref={`/provinsi/kelas/${id}`} />
}
