import type { Metadata } from 'next'
import { TrainerImport } from '@/components/trainer-import'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader } from '@/components/ui'
import { requirePermission } from '@/lib/server/auth/session'

export const metadata: Metadata = { title: 'Impor pelatih' }

export default async function TrainerImportPage() {
  await requirePermission('create:trainer:any')
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/pelatih', label: 'Pelatih Ahli' }]} current="Impor pelatih" />
      <PageHeader
        title="Impor pelatih dari Excel"
        description={<>Unggah berkas .xlsx (maksimal 2 MB, 2.000 baris) dengan kolom Nama, Email, No HP, Provinsi Asal, Instansi, Keahlian. Pelatih dengan e-mail yang sudah terdaftar akan diperbarui. Tidak ada yang disimpan sebelum Anda menekan “Simpan impor”.</>}
      />
      <a href="/api/admin/pelatih/template" className="mb-4 inline-block text-sm font-semibold text-brand-700 underline" download>Unduh templat Excel</a>
      <TrainerImport />
    </>
  )
}
