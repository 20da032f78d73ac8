import Link from 'next/link'
import type { Actor } from '@/lib/auth/actor'
import { institutionTypeLabel, nikIssuedElsewhereText } from '@/lib/i18n/id'
import { loadOr404 } from '@/lib/server/page-guards'
import { getParticipantRecordOrThrow } from '@/lib/server/participants/get-participant-record'
import { ParticipantDetail } from './participant-detail'
import { ParticipantExportLink } from './participant-export-link'
import { ParticipantList, type ParticipantSearchParams } from './participant-list'
import { Breadcrumbs } from './breadcrumbs'
import { PageHeader } from './ui'

// The participant pages of Operator Provinsi (/provinsi/peserta) and Admin Pusat (/admin/peserta):
// the same content, each within the actor's scope. The routes check the permission.

export function ParticipantsIndex({ actor, basePath, scope, params }: { actor: Actor; basePath: string; scope: string; params: ParticipantSearchParams }) {
  return (
    <>
      <PageHeader title="Peserta" description={`${scope}: cari, saring, dan buka untuk mengubah data, mengundurkan, atau memindahkan kelas; centang beberapa untuk memproses sekaligus.`} />
      <div className="mb-4 flex flex-wrap gap-2">
        <Link href={`${basePath}/baru`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">Daftarkan peserta</Link>
        <Link href={`${basePath}/impor`} className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">Impor dari Excel</Link>
        <ParticipantExportLink cohortId={params.kelas} />
      </div>
      <ParticipantList actor={actor} basePath={basePath} params={params} />
    </>
  )
}

export async function ParticipantRecordPage({ actor, basePath, id, saved }: { actor: Actor; basePath: string; id: string; saved: boolean }) {
  const participant = await loadOr404(getParticipantRecordOrThrow(actor, id))
  return (
    <>
      <Breadcrumbs trail={[{ href: basePath, label: 'Peserta' }]} current={participant.name} />
      <PageHeader
        title={participant.name}
        description={`NIK ${participant.nikMasked} · ${participant.regency.name}${participant.village ? ` · ${participant.village.name}` : ''} · ${institutionTypeLabel[participant.institutionType]}`}
      />
      {saved ? <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">Peserta didaftarkan.</p> : null}
      {participant.nikIssuedProvince ? (
        <p data-testid="nik-warning" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <strong>Peringatan NIK:</strong> {nikIssuedElsewhereText(participant.nikIssuedProvince.name, participant.province.name)}
        </p>
      ) : null}
      <ParticipantDetail actor={actor} participant={participant} />
    </>
  )
}
