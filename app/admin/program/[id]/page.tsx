import type { Metadata } from 'next'
import Link from 'next/link'
import { CurriculumEditor } from '@/components/curriculum-editor'
import { ProgramForm } from '@/components/program-form'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { EmptyState, PageHeader, SavedNotice, Section, Table, Td } from '@/components/ui'
import { deliveryModeLabel, programKindLabel } from '@/lib/i18n/id'
import { formatDateRange } from '@/lib/format/date-time'
import { requirePermission } from '@/lib/server/auth/session'
import { loadOr404 } from '@/lib/server/page-guards'
import { getProgramOrThrow } from '@/lib/server/programs/get-program'

export const metadata: Metadata = { title: 'Program' }

export default async function ProgramPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ dibuat?: string }> }) {
  const actor = await requirePermission('update:program:any')
  const [{ id }, { dibuat }] = await Promise.all([params, searchParams])
  const program = await loadOr404(getProgramOrThrow(actor, id))
  return (
    <>
      <Breadcrumbs trail={[{ href: '/admin/program', label: 'Program' }]} current={program.name} />
      <PageHeader title={program.name} description={`${programKindLabel[program.kind]} · ${program.year}`} />
      {dibuat ? <SavedNotice>Program dibuat. Susun kurikulumnya, lalu buat gelombang pertamanya.</SavedNotice> : null}
      {/* The waves first: what an admin opens a program for most days (issue 12 point 14). */}
      <Section
        title="Gelombang"
        action={<Link href={`/admin/program/${program.id}/gelombang/baru`} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800">Gelombang baru</Link>}
      >
        {program.waves.length ? (
          <Table head={['Gelombang', 'Tanggal', 'Moda', 'Kelas']} caption="Gelombang program">
            {program.waves.map((w) => (
              <tr key={w.id}>
                <Td className="font-medium"><Link href={`/admin/gelombang/${w.id}`} className="text-brand-700 underline-offset-2 hover:underline">Gelombang {w.number}</Link></Td>
                <Td className="whitespace-nowrap">{formatDateRange(w.startDate, w.endDate)}</Td>
                <Td>{deliveryModeLabel[w.mode]}</Td>
                <Td className="tabular-nums">{w.cohortCount}</Td>
              </tr>
            ))}
          </Table>
        ) : <EmptyState>Belum ada gelombang.</EmptyState>}
      </Section>
      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section title="Kurikulum">
          <CurriculumEditor programId={program.id} modules={program.modules} totalJp={program.totalJp} />
        </Section>
        <Section
          title="Data program dan syarat sertifikat"
          action={<Link href={`/admin/program/${program.id}/sertifikat`} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold whitespace-nowrap text-brand-700 hover:bg-brand-50">Desain sertifikat</Link>}
        >
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <ProgramForm program={program} />
          </div>
        </Section>
      </div>
    </>
  )
}
