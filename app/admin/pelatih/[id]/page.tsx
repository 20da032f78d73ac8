import type { Metadata } from 'next'
import Link from 'next/link'
import { TrainerForm } from '@/components/trainer-form'
import { UnavailabilityForm } from '@/components/unavailability-form'
import { UnavailabilityList } from '@/components/unavailability-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Badge, EmptyState, PageHeader, SavedNotice, Section, Table, Td } from '@/components/ui'
import { formatDateRange, formatNumber } from '@/lib/format/date-time'
import { assignmentRoleLabel } from '@/lib/i18n/id'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getTrainerOrThrow } from '@/lib/server/trainers/get-trainer'
import { listProvinces } from '@/lib/server/waves/list-provinces'
import { listTrainerUnavailability } from '@/lib/server/trainers/list-trainer-unavailability'

export const metadata: Metadata = { title: 'Pelatih Ahli' }

export default async function TrainerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const actor = await requirePermission('read:trainer:any')
  const [{ id }, { disimpan }] = await Promise.all([params, searchParams])
  const [trainer, unavailability, provinces] = await Promise.all([
    loadOr404(getTrainerOrThrow(actor, id)),
    listTrainerUnavailability(actor, id),
    listProvinces(),
  ])
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/pelatih', label: 'Pelatih Ahli' }]} current={trainer.name} />
      <PageHeader
        title={trainer.name}
        description={<>{trainer.homeProvince.name}{trainer.institution ? ` · ${trainer.institution}` : ''} · {formatNumber(trainer.assignments.length)} kelas {trainer.active ? null : <Badge tone="amber">Nonaktif</Badge>}</>}
      />
      {disimpan ? <SavedNotice>Pelatih disimpan.</SavedNotice> : null}
      <div className="grid gap-x-8 lg:grid-cols-2">
        <div>
          <Section title="Penugasan">
            {trainer.assignments.length ? (
              <Table head={['Kelas', 'Tanggal', 'Peran']} caption="Penugasan pelatih">
                {trainer.assignments.map((a) => (
                  <tr key={a.id}>
                    <Td>
                      <Link href={`/admin/gelombang/${a.cohort.wave.id}/penugasan`} className="font-medium text-brand-700 hover:underline">{a.cohort.name}</Link>
                      <span className="block text-xs text-slate-500">{a.cohort.wave.program.name} · Gelombang {a.cohort.wave.number} · {a.cohort.city}</span>
                    </Td>
                    <Td className="whitespace-nowrap">{formatDateRange(a.cohort.startDate, a.cohort.endDate)}</Td>
                    <Td><Badge tone={a.role === 'LEAD' ? 'blue' : 'slate'}>{assignmentRoleLabel[a.role]}</Badge></Td>
                  </tr>
                ))}
              </Table>
            ) : <EmptyState>Belum ditugaskan ke kelas mana pun.</EmptyState>}
          </Section>
          <Section title="Tanggal tidak tersedia">
            <UnavailabilityList items={unavailability} />
            <details className="mt-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <summary className="cursor-pointer text-sm font-semibold text-brand-700">Catat tanggal tidak tersedia</summary>
              <div className="mt-3"><UnavailabilityForm trainerId={trainer.id} /></div>
            </details>
          </Section>
        </div>
        <Section title="Profil">
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <TrainerForm trainer={trainer} provinces={provinces} />
          </div>
        </Section>
      </div>
    </>
  )
}
