import type { Metadata } from 'next'
import { ParticipantRegister } from '@/components/participant-register'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Daftarkan peserta' }

export default async function RegisterParticipantPage() {
  const actor = await requirePermission('create:participant:any')
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/peserta', label: 'Peserta' }]} current="Daftarkan peserta" />
      <PageHeader title="Daftarkan peserta" description="Peserta didaftarkan langsung ke satu kelas. NIK disimpan terenkripsi dan hanya ditampilkan tersamar." />
      <ParticipantRegister actor={actor} />
    </>
  )
}
