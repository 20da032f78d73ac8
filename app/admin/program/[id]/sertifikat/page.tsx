import type { Metadata } from 'next'
import { CertificateDesignForm, type SavedImage } from '@/components/certificate-design-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader } from '@/components/ui'
import type { DesignImage } from '@/lib/certificates/certificate-view'
import { requirePermission } from '@/lib/server/auth/session'
import { getCertificateDesignOrThrow } from '@/lib/server/certificates/get-certificate-design'
import { loadOr404 } from '@/lib/server/page-guards'

export const metadata: Metadata = { title: 'Desain sertifikat' }

const meta = (image: DesignImage | null): SavedImage => (image ? { type: image.type, bytes: image.data.length } : null)

export default async function CertificateDesignPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission('update:program:any')
  const { id } = await params
  const design = await loadOr404(getCertificateDesignOrThrow(actor, id))
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${design.program.id}`, label: design.program.name }]} current="Desain sertifikat" />
      <PageHeader
        title="Desain sertifikat"
        description={`Nomor, kata-kata, warna, logo, latar dan tanda tangan sertifikat ${design.program.name}. Perubahan berlaku untuk sertifikat yang diterbitkan sesudah disimpan.`}
      />
      <CertificateDesignForm programId={design.program.id} programYear={design.program.year} otherPatterns={design.otherPatterns} text={design.text} images={{ logo: meta(design.images.logo), background: meta(design.images.background), signature: meta(design.images.signature) }} />
    </>
  )
}
