import type { Metadata } from 'next'
import Link from 'next/link'
import { CertificateBatches } from '@/components/certificates/certificate-batches'
import { IssuePreviewView } from '@/components/certificates/issue-preview'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PageHeader, Section } from '@/components/ui'
import { inputClass } from '@/components/field-styles'
import { formatDateRange } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { listCertificateBatches } from '@/lib/server/certificates/count-valid-certificates'
import { previewCertificateIssue } from '@/lib/server/certificates/preview-certificate-issue'
import { loadOr404 } from '@/lib/server/page-guards'
import { getWaveOrThrow } from '@/lib/server/waves/get-wave'

export const metadata: Metadata = { title: 'Sertifikat gelombang' }

type SearchParams = Promise<{ provinsi?: string | string[]; pratinjau?: string | string[] }>

/** Issue for a whole wave or one province's cohorts of it, after a preview (`?pratinjau=1&provinsi=32`). */
export default async function WaveCertificatesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const actor = await requirePermission('issue:certificate:any')
  const { id } = await params
  const query = await searchParams
  const wave = await loadOr404(getWaveOrThrow(actor, id))
  const provinces = [...new Map(wave.cohorts.map((c) => [c.province.code, c.province.name])).entries()]
  const chosen = typeof query.provinsi === 'string' && provinces.some(([code]) => code === query.provinsi) ? query.provinsi : ''
  const preview = query.pratinjau === '1'
    ? await loadOr404(previewCertificateIssue(actor, { kind: 'wave', waveId: wave.id, provinceCode: chosen || null }))
    : null
  const batches = await listCertificateBatches(actor, wave.id)
  const base = `/admin/gelombang/${wave.id}/sertifikat`
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }, { href: `/admin/program/${wave.program.id}`, label: wave.program.name }, { href: `/admin/gelombang/${wave.id}`, label: `Gelombang ${wave.number}` }]} current="Sertifikat" />
      <PageHeader title={`Sertifikat Gelombang ${wave.number}`} description={`${wave.program.name} · ${formatDateRange(wave.startDate, wave.endDate)} · ${wave.cohorts.length} kelas`} />
      <form method="get" action={base} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <input type="hidden" name="pratinjau" value="1" />
        <label className="block text-sm font-medium text-slate-700">
          Terbitkan untuk
          <select name="provinsi" defaultValue={chosen} className={inputClass}>
            <option value="">Seluruh gelombang ({provinces.length} provinsi)</option>
            {provinces.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Pratinjau penerbitan</button>
      </form>
      {preview ? <IssuePreviewView preview={preview} target={{ waveId: wave.id, provinceCode: chosen }} cancelHref={base} /> : null}
      <CertificateBatches batches={batches} title="Sertifikat berlaku per provinsi" showWave={false} />
      <Section title="Kelas">
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {wave.cohorts.map((c) => (
            <li key={c.id}><Link href={`/admin/kelas/${c.id}/sertifikat`} className="text-brand-700 hover:underline">{c.name}</Link> <span className="text-slate-500">· {c.province.name}</span></li>
          ))}
        </ul>
      </Section>
    </>
  )
}
