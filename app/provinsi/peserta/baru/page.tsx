import type { Metadata } from 'next'
import Link from 'next/link'
import { ParticipantRegister } from '@/components/participant-register'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Daftarkan peserta' }

export default async function RegisterParticipantPage() {
  const actor = await requirePermission('create:participant:province')
  return (
    <>
      <Link href="/provinsi/peserta" className="text-sm text-brand-700 hover:underline">← Peserta</Link>
      <PageHeader title="Daftarkan peserta" description="Peserta didaftarkan langsung ke satu kelas. NIK disimpan terenkripsi dan hanya ditampilkan tersamar." />
      <ParticipantRegister actor={actor} />
    </>
  )
}
