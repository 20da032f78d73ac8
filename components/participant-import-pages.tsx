import Link from 'next/link'
import type { ImportRowStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/lib/auth/actor'
import { accessFor } from '@/lib/auth/permissions'
import { loadOr404 } from '@/lib/server/page-guards'
import { formatDateTimeInZone, formatNumber } from '@/lib/format/date-time'
import { EXPIRED_MESSAGE } from '@/lib/server/participants/import/expire-stale-import-previews'
import { getParticipantImport } from '@/lib/server/participants/import/get-participant-import'
import { listRecentImports } from '@/lib/server/participants/import/list-recent-imports'
import { listRegistrationCohorts } from '@/lib/server/participants/list-registration-cohorts'
import { ParticipantImportReview } from './participant-import-review'
import { ParticipantImportUpload } from './participant-import-upload'
import { Breadcrumbs } from './breadcrumbs'
import { PageHeader, Section } from './ui'

// The import pages of Operator Provinsi (/provinsi/peserta/impor) and Admin Pusat (/admin/peserta/impor):
// the same steps, each within the actor's scope.

/** Expired previews are cancelled ones with the expiry message (cancel-participant-import.ts). */
const recentStatusLabel = (b: { status: string; error: string | null }) =>
  b.status === 'COMMITTED' ? 'disimpan' : b.status === 'PREVIEW' ? 'menunggu konfirmasi' : b.error === EXPIRED_MESSAGE ? 'kedaluwarsa' : 'dibatalkan'

export async function ParticipantImportStart({ actor, basePath }: { actor: Actor; basePath: string }) {
  const [cohorts, recent] = await Promise.all([listRegistrationCohorts(actor), listRecentImports(actor)])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={[{ href: basePath, label: 'Peserta' }]} current="Impor dari Excel" />
      <PageHeader title="Impor peserta dari Excel" description="Unggah daftar peserta yang sudah Anda kelola di Excel atau CSV. Setiap baris diperiksa: NIK, nomor HP, wilayah resmi, dan duplikat." />
      <ParticipantImportUpload basePath={basePath} cohorts={cohorts.map((c) => ({ id: c.id, label: c.label, quota: c.quota, taken: c.taken }))} />
      {recent.length ? (
        <Section title="Unggahan terakhir Anda">
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="recent-imports">
            {recent.map((b) => (
              <li key={b.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
                <Link href={`${basePath}/impor/${b.id}`} className="font-medium text-brand-700 hover:underline">{b.fileName}</Link>
                <span className="text-xs text-slate-600">
                  {b.cohortName} · {formatNumber(b.summary?.total ?? 0)} baris · {recentStatusLabel(b)} · {formatDateTimeInZone(b.createdAt, b.timeZone, b.timeZoneLabel)}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  )
}

const STATUSES = new Set(['NEW', 'UPDATE', 'UNCHANGED', 'DUPLICATE', 'ERROR', 'OVER_QUOTA'])

export async function ParticipantImportResult({ actor, basePath, batchId, query }: { actor: Actor; basePath: string; batchId: string; query: { status?: string; page?: string; dipindahkan?: string } }) {
  const status = query.status && STATUSES.has(query.status) ? (query.status as ImportRowStatus) : undefined
  const review = await loadOr404(getParticipantImport(actor, { batchId, status, page: query.page ?? '1' }))
  return (
    <>
      <Breadcrumbs trail={[{ href: basePath, label: 'Peserta' }, { href: `${basePath}/impor`, label: 'Impor dari Excel' }]} current={review.batch.fileName} />
      <PageHeader title="Hasil pemeriksaan impor" description={`${review.batch.fileName} → ${review.batch.cohortName}`} />
      <ParticipantImportReview review={review} basePath={basePath} status={status} canRaiseQuota={accessFor(actor.role, 'update', 'quota') === 'any'} moved={!!query.dipindahkan} />
    </>
  )
}
