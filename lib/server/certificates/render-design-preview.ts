import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { DESIGN_IMAGES } from '@/lib/certificates/design-image'
import type { CertificateDesignView } from '@/lib/certificates/certificate-view'
import { renderCertificatePdf } from './certificate-pdf'
import { parseDesignForm } from './design-input'
import { getCertificateDesignOrThrow } from './get-certificate-design'
import { sampleCertificateView } from './sample-certificate'

// The design editor's live preview: the form's current values (not saved) on a sample certificate
// for "Nama Peserta Contoh", numbered as the pattern numbers the first one, rendered and signed exactly
// as issued certificates are. Images the form does not replace are the saved ones.

export async function renderDesignPreview(actor: Actor, programId: string, formData: FormData, { origin }: { origin: string }): Promise<Buffer> {
  const saved = await getCertificateDesignOrThrow(actor, programId)
  formData.set('programId', saved.program.id)
  const { text, images } = await parseDesignForm(formData)
  const design: CertificateDesignView = { heading: text.heading, bodyText: text.bodyText, accentColor: text.accentColor, logo: null, background: null, signature: null }
  for (const field of DESIGN_IMAGES) {
    const change = images[field]
    design[field] = change.kind === 'replace' ? { data: change.data, type: change.type } : change.kind === 'keep' ? saved.images[field] : null
  }
  const wave = saved.program.firstWave
  const view = sampleCertificateView({
    programName: saved.program.name,
    totalJp: saved.program.totalJp,
    waveNumber: wave?.number, startDate: wave?.startDate, endDate: wave?.endDate,
    ...text,
    design,
  })
  return renderCertificatePdf(view, { origin })
}
