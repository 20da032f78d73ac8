import type { Metadata } from 'next'
import { CohortCertificatesPage } from '@/components/certificates/cohort-certificates-page'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Sertifikat kelas' }

// Read-only for operators, unless the role map gives them `issue:certificate:province` (decision 027).
export default async function ProvinceCohortCertificatesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ pratinjau?: string | string[] }> }) {
  const actor = await requirePermission('read:certificate:province')
  const { id } = await params
  const { pratinjau } = await searchParams
  return (
    <CohortCertificatesPage
      actor={actor} cohortId={id} basePath={`/provinsi/kelas/${id}/sertifikat`} trail={[{ href: '/provinsi/kelas', label: 'Kelas' }]} cohortHref={`/provinsi/kelas/${id}`} showPreview={pratinjau === '1'} scoresHref={`/provinsi/kelas/${id}/nilai`}
    />
  )
}
