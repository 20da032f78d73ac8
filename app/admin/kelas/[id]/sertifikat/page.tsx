import type { Metadata } from 'next'
import { CohortCertificatesPage } from '@/components/certificates/cohort-certificates-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Sertifikat kelas' }

export default async function AdminCohortCertificatesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ pratinjau?: string | string[] }> }) {
  const actor = await requirePermission('read:certificate:any')
  const { id } = await params
  const { pratinjau } = await searchParams
  return (
    <CohortCertificatesPage
      actor={actor} cohortId={id} basePath={`/admin/kelas/${id}/sertifikat`} trail={[{ href: '/admin/program', label: 'Program' }]} cohortHref={`/admin/kelas/${id}`} showPreview={pratinjau === '1'} scoresHref={`/admin/kelas/${id}/nilai`}
    />
  )
}
